#if canImport(Glibc)
import Glibc
#endif

/// Unbuffered writes to standard error and standard output (stdout holds records only).
enum Stderr {
    static func print(_ s: String) {
        var line = s
        if !line.hasSuffix("\n") { line += "\n" }
        var bytes = Array(line.utf8)
        _ = RawOutput.writeAll(fd: 2, &bytes)
    }
}

enum RawOutput {
    /// Writes all bytes to `fd`; false on error (e.g. EPIPE).
    @discardableResult
    static func writeAll(fd: Int32, _ bytes: inout [UInt8]) -> Bool {
        var off = 0
        while off < bytes.count {
            let n = bytes.withUnsafeBytes { raw in write(fd, raw.baseAddress! + off, bytes.count - off) }
            if n < 0 { if errno == EINTR { continue }; return false }
            off += n
        }
        return true
    }
}
