#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines (without the `\n`, `\r\n` tolerated) from a file descriptor in large chunks.
/// Lines of any length are supported; chunk boundaries never change the lines returned.
public struct LineReader {
    let fd: Int32
    let ownsFD: Bool
    var buffer: [UInt8] = []
    var start = 0
    var eof = false
    let chunkSize: Int
    /// 1-based number of the last line returned.
    public private(set) var lineNumber = 0

    public init(fd: Int32, ownsFD: Bool = false, chunkSize: Int = 1 << 20) {
        self.fd = fd; self.ownsFD = ownsFD; self.chunkSize = chunkSize
    }

    /// Opens `path` for reading, or throws naming the path.
    public init(path: String, chunkSize: Int = 1 << 20) throws(InputError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputError("\(path): cannot open (\(String(cString: strerror(errno))))") }
        self.init(fd: fd, ownsFD: true, chunkSize: chunkSize)
    }

    public func close() { if ownsFD { _ = Glibc.close(fd) } }

    /// The next line, or nil at end of input.
    public mutating func next() throws(InputError) -> [UInt8]? {
        while true {
            if let nl = buffer[start...].firstIndex(of: 0x0A) {
                var end = nl
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                start = nl + 1
                lineNumber += 1
                return line
            }
            if eof {
                if start < buffer.count {
                    var line = Array(buffer[start...])
                    if line.last == 0x0D { line.removeLast() }
                    start = buffer.count
                    lineNumber += 1
                    return line
                }
                return nil
            }
            // Compact, then read more.
            if start > 0 { buffer.removeSubrange(0..<start); start = 0 }
            let old = buffer.count
            buffer.reserveCapacity(old + chunkSize)
            buffer.append(contentsOf: repeatElement(0, count: chunkSize))
            let n = buffer.withUnsafeMutableBytes { raw in read(fd, raw.baseAddress! + old, chunkSize) }
            if n < 0 {
                buffer.removeSubrange(old...)
                if errno == EINTR { continue }
                throw InputError("read error: \(String(cString: strerror(errno)))")
            }
            buffer.removeSubrange((old + n)...)
            if n == 0 { eof = true }
        }
    }
}

/// Whole-file reading with a size cap (bigger files are not read at all).
public enum FileBytes {
    public enum Outcome { case bytes([UInt8]), tooLarge(Int), failed(String) }

    public static func read(_ path: String, limit: Int) -> Outcome {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failed("cannot open: \(String(cString: strerror(errno)))") }
        defer { _ = close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failed("cannot stat: \(String(cString: strerror(errno)))") }
        let size = Int(st.st_size)
        if size > limit { return .tooLarge(size) }
        var out = [UInt8](repeating: 0, count: size)
        var got = 0
        while got < size {
            let n = out.withUnsafeMutableBytes { raw in Glibc.read(fd, raw.baseAddress! + got, size - got) }
            if n < 0 { if errno == EINTR { continue }; return .failed("read error: \(String(cString: strerror(errno)))") }
            if n == 0 { break }
            got += n
        }
        if got < size { out.removeSubrange(got...) }
        return .bytes(out)
    }
}
