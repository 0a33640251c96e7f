import CZlib
import Foundation

/// Writes WARC files for tests: one gzip member per record, as Common Crawl does.
enum WARCFixture {
    /// A WARC record (header + block) as bytes.
    static func record(type: String, id: String, uri: String, block: [UInt8], contentType: String) -> [UInt8] {
        var h = "WARC/1.1\r\n"
        h += "WARC-Type: \(type)\r\n"
        h += "WARC-Record-ID: \(id)\r\n"
        h += "WARC-Date: 2025-06-13T00:10:00Z\r\n"
        h += "WARC-Target-URI: \(uri)\r\n"
        h += "Content-Type: \(contentType)\r\n"
        h += "Content-Length: \(block.count)\r\n\r\n"
        return Array(h.utf8) + block + Array("\r\n\r\n".utf8)
    }

    /// An HTTP response block.
    static func http(body: [UInt8], contentType: String, chunked: Bool = false) -> [UInt8] {
        var h = "HTTP/1.1 200 OK\r\nContent-Type: \(contentType)\r\n"
        var payload = body
        if chunked {
            h += "Transfer-Encoding: chunked\r\n"
            payload = []
            var i = 0
            while i < body.count {
                let n = min(1000, body.count - i)
                payload += Array(String(n, radix: 16).utf8) + [0x0D, 0x0A] + body[i..<(i + n)] + [0x0D, 0x0A]
                i += n
            }
            payload += Array("0\r\n\r\n".utf8)
        } else {
            h += "Content-Length: \(body.count)\r\n"
        }
        return Array((h + "\r\n").utf8) + payload
    }

    /// gzip of `bytes` as one member.
    static func gzip(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        precondition(czlib_deflate_init_gzip(&stream, 6) == Z_OK)
        defer { deflateEnd(&stream) }
        var input = bytes
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 64)
        let produced: Int = input.withUnsafeMutableBufferPointer { inBuf in
            out.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = inBuf.baseAddress
                stream.avail_in = UInt32(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = UInt32(outBuf.count)
                precondition(deflate(&stream, Z_FINISH) == Z_STREAM_END)
                return outBuf.count - Int(stream.avail_out)
            }
        }
        return Array(out[0..<produced])
    }
}
