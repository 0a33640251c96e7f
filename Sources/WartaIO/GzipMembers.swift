#if canImport(Glibc)
import Glibc
#endif
import CZlib

/// Reads a gzip file member by member (`.warc.gz` has one member per WARC record), streaming the
/// compressed bytes in chunks and starting a fresh inflate stream at each member: a one-shot inflate stops
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

    /// The compressed bytes, read in chunks.
    var input: PlainBytes
    /// Members larger than this (decompressed) are reported as corrupt instead of filling memory.
    let maxMemberBytes: Int

    public init(path: String, maxMemberBytes: Int) throws(InputError) {
        input = try PlainBytes(path: path)
        self.maxMemberBytes = maxMemberBytes
    }

    /// Continues from a reader that already holds the file's first bytes (used after sniffing).
    init(continuing plain: PlainBytes, maxMemberBytes: Int) {
        input = plain
        self.maxMemberBytes = maxMemberBytes
    }

    public func close() { input.close() }

    /// The next member, nil at the end of the file.
    public mutating func next() throws(InputError) -> Member? {
        try input.fill(3)
        guard input.available > 0 else { return nil }
        let memberStart = input.offset
        let at = input.start
        guard input.available >= 3, input.buffer[at] == 0x1F, input.buffer[at + 1] == 0x8B, input.buffer[at + 2] == 0x08 else {
            // Not at a member header: skip to the next one and report the gap.
            input.start += 1
            try skipToNextHeader()
            return .corrupt(offset: memberStart, reason: "no gzip header at byte \(memberStart)")
        }
        var stream = z_stream()
        guard czlib_inflate_init_gzip(&stream) == Z_OK else {
            throw InputError("\(input.path): zlib could not be initialised")
        }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        var outChunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            try input.fill(1)
            let available = input.available
            if available == 0 {
                // The file ended inside the member.
                return .corrupt(offset: memberStart, reason: "truncated gzip member at byte \(memberStart) (the file ends inside it)")
            }
            var status: Int32 = Z_OK
            var consumed = 0
            let start = input.start
            input.buffer.withUnsafeMutableBufferPointer { inBuf in
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
            input.start += consumed
            if status == Z_STREAM_END { return .data(out, offset: memberStart) }
            if out.count > maxMemberBytes {
                try skipToNextHeader()
                return .corrupt(offset: memberStart, reason: "gzip member at byte \(memberStart) inflates to more than \(maxMemberBytes) bytes")
            }
            if status != Z_OK && status != Z_BUF_ERROR {
                let why = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                try skipToNextHeader()
                return .corrupt(offset: memberStart, reason: "corrupt gzip member at byte \(memberStart): \(why)")
            }
        }
    }

    /// Moves the input to the next `1f 8b 08` (or to the end of the file).
    mutating func skipToNextHeader() throws(InputError) {
        while true {
            try input.fill(3)
            let buf = input.buffer
            var i = input.start
            while i + 2 < buf.count {
                if buf[i] == 0x1F, buf[i + 1] == 0x8B, buf[i + 2] == 0x08 { input.start = i; return }
                i += 1
            }
            if input.eof { input.start = buf.count; return }
            // Keep the last two bytes (a header may straddle the chunk boundary) and read on.
            input.start = max(input.start, buf.count - 2)
            try input.fill(input.available + 1)
        }
    }
}
