#if canImport(Glibc)
import Glibc
#endif
import CZlib

/// Reads a gzip file member by member (`.warc.gz` has one member per WARC record), streaming the
/// compressed bytes in chunks and calling `inflateReset` between members: a one-shot inflate stops
/// silently after the first member (ENGINEERING.md §3.4).
///
/// A corrupt or truncated member is reported as `.corrupt` and reading resumes at the next gzip
/// header (`1f 8b 08`) found after it, so one bad record never hides the rest of the file.
public struct GzipMembers {
    /// One member's outcome.
    public enum Member {
        /// The decompressed bytes of a member; `offset` is where it starts in the compressed file.
        case data([UInt8], offset: Int)
        /// A member that could not be decompressed: where it started and why.
        case corrupt(offset: Int, reason: String)
    }

    let fd: Int32
    let path: String
    var buffer: [UInt8] = []
    var start = 0            // first unconsumed byte of `buffer`
    var fileOffset = 0       // file offset of buffer[0]
    var eof = false
    let chunkSize: Int
    /// Members larger than this (decompressed) are reported as corrupt instead of filling memory.
    let maxMemberBytes: Int

    public init(path: String, maxMemberBytes: Int, chunkSize: Int = 1 << 20) throws(InputError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputError("\(path): cannot open (\(String(cString: strerror(errno))))") }
        self.fd = fd; self.path = path; self.maxMemberBytes = maxMemberBytes; self.chunkSize = chunkSize
    }

    /// Continues from a reader that already holds the file's first bytes (used after sniffing).
    init(continuing plain: PlainBytes, maxMemberBytes: Int, chunkSize: Int = 1 << 20) {
        fd = plain.fd; path = plain.path; self.maxMemberBytes = maxMemberBytes; self.chunkSize = chunkSize
        buffer = Array(plain.buffer[plain.start...]); fileOffset = plain.offset; eof = plain.eof
    }

    public func close() { _ = Glibc.close(fd) }

    /// Makes at least `n` unconsumed bytes available when the file has them.
    mutating func fill(_ n: Int) throws(InputError) {
        while buffer.count - start < n, !eof {
            if start > 0 && start >= buffer.count / 2 {
                buffer.removeFirst(start); fileOffset += start; start = 0
            }
            let old = buffer.count
            buffer.reserveCapacity(old + chunkSize)
            var got = 0
            buffer.append(contentsOf: repeatElement(0, count: chunkSize))
            got = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + old, chunkSize) }
            if got < 0 {
                buffer.removeLast(chunkSize)
                throw InputError("\(path): read failed (\(String(cString: strerror(errno))))")
            }
            buffer.removeLast(chunkSize - got)
            if got == 0 { eof = true }
        }
    }

    /// The next member, nil at the end of the file.
    public mutating func next() throws(InputError) -> Member? {
        try fill(3)
        guard buffer.count - start > 0 else { return nil }
        let memberStart = fileOffset + start
        guard buffer.count - start >= 3, buffer[start] == 0x1F, buffer[start + 1] == 0x8B, buffer[start + 2] == 0x08 else {
            // Not at a member header: skip to the next one and report the gap.
            try skipToNextHeader(from: start + 1)
            return .corrupt(offset: memberStart, reason: "no gzip header at byte \(memberStart)")
        }
        var stream = z_stream()
        guard czlib_inflate_init_gzip(&stream) == Z_OK else {
            throw InputError("\(path): zlib could not be initialised")
        }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        var outChunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            try fill(1)
            let available = buffer.count - start
            if available == 0 {
                // The file ended inside the member.
                return .corrupt(offset: memberStart, reason: "truncated gzip member at byte \(memberStart) (the file ends inside it)")
            }
            var status: Int32 = Z_OK
            var consumed = 0
            buffer.withUnsafeMutableBufferPointer { inBuf in
                outChunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_in = inBuf.baseAddress! + start
                    stream.avail_in = UInt32(available)
                    repeat {
                        stream.next_out = outBuf.baseAddress!
                        stream.avail_out = UInt32(outBuf.count)
                        status = inflate(&stream, Z_NO_FLUSH)
                        let produced = outBuf.count - Int(stream.avail_out)
                        if produced > 0 { out.append(contentsOf: UnsafeBufferPointer(rebasing: outBuf[0..<produced])) }
                    } while status == Z_OK && stream.avail_out == 0 && out.count <= maxMemberBytes
                    consumed = available - Int(stream.avail_in)
                }
            }
            start += consumed
            if status == Z_STREAM_END { return .data(out, offset: memberStart) }
            if out.count > maxMemberBytes {
                try skipToNextHeader(from: start)
                return .corrupt(offset: memberStart, reason: "gzip member at byte \(memberStart) inflates to more than \(maxMemberBytes) bytes")
            }
            if status != Z_OK && status != Z_BUF_ERROR {
                let why = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                try skipToNextHeader(from: start)
                return .corrupt(offset: memberStart, reason: "corrupt gzip member at byte \(memberStart): \(why)")
            }
        }
    }

    /// Moves `start` to the next `1f 8b 08` at or after buffer index `from` (or to the end).
    mutating func skipToNextHeader(from: Int) throws(InputError) {
        var i = max(from, start)
        while true {
            while i + 2 < buffer.count {
                if buffer[i] == 0x1F, buffer[i + 1] == 0x8B, buffer[i + 2] == 0x08 { start = i; return }
                i += 1
            }
            if eof { start = buffer.count; return }
            let keep = i - start
            try fill(buffer.count - start + chunkSize)
            i = start + keep
        }
    }
}
