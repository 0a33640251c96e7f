#if canImport(Glibc)
import Glibc
#endif
import CZlib
import WartaCore

/// Reads WARC 1.0/1.1 files (plain or `.warc.gz` with one gzip member per record) and yields one
/// input record per HTML page: `response` records whose HTTP `Content-Type` is HTML. The record's
/// `WARC-Record-ID` is the id, `WARC-Target-URI` the url, the HTTP charset feeds the charset
/// decision. Other records are skipped; a corrupt member or a malformed record becomes an error
/// record and reading resumes at the next one.
public struct WARCReader {
    let path: String
    let maxPageBytes: Int
    var gzip: GzipMembers?
    var plain: PlainBytes?
    /// Records parsed from the current member, not yet returned.
    var pending: [InputRecord] = []

    public init(path: String, maxPageBytes: Int) throws(InputError) {
        self.path = path; self.maxPageBytes = maxPageBytes
        var probe = try PlainBytes(path: path)
        try probe.fill(2)
        let isGzip = probe.available >= 2 && probe.buffer[probe.start] == 0x1F && probe.buffer[probe.start + 1] == 0x8B
        if isGzip {
            gzip = GzipMembers(continuing: probe, maxMemberBytes: maxPageBytes + (1 << 20))
        } else {
            plain = probe
        }
    }

    public func close() { gzip?.close(); plain?.close() }

    /// The next page (or error record), nil at the end of the file.
    public mutating func next() throws(InputError) -> InputRecord? {
        while true {
            if !pending.isEmpty { return pending.removeFirst() }
            if gzip != nil {
                guard let member = try gzip!.next() else { return nil }
                switch member {
                case .corrupt(let offset, let reason):
                    return failed(id: "\(path)@\(offset)", kind: "corrupt-warc", reason)
                case .data(let bytes, let offset):
                    var at = 0
                    while at < bytes.count {
                        // Skip the blank lines between records.
                        while at < bytes.count, bytes[at] == 0x0D || bytes[at] == 0x0A { at += 1 }
                        if at >= bytes.count { break }
                        switch WARCRecord.parse(bytes, at: at) {
                        case .record(let rec, let next):
                            if let r = page(rec) { pending.append(r) }
                            at = next
                        case .malformed(let why):
                            pending.append(failed(id: "\(path)@\(offset)", kind: "bad-warc-record", why)); at = bytes.count
                        }
                    }
                }
            } else if plain != nil {
                guard let rec = try readPlainRecord() else { return nil }
                switch rec {
                case .record(let r, _): if let page = page(r) { return page }
                case .malformed(let why): return failed(id: "\(path)@\(plain!.offset)", kind: "bad-warc-record", why)
                }
            } else {
                return nil
            }
        }
    }

    /// Reads one record of a plain WARC file.
    mutating func readPlainRecord() throws(InputError) -> WARCRecord.ParseResult? {
        // Skip separators, then read the header up to the blank line.
        while true {
            try plain!.fill(1)
            guard plain!.available > 0 else { return nil }
            let b = plain!.buffer[plain!.start]
            if b == 0x0D || b == 0x0A { plain!.start += 1 } else { break }
        }
        var headerEnd: Int?
        var searched = plain!.start
        while headerEnd == nil {
            let buf = plain!.buffer
            var i = searched
            while i + 3 < buf.count {
                if buf[i] == 0x0D, buf[i + 1] == 0x0A, buf[i + 2] == 0x0D, buf[i + 3] == 0x0A { headerEnd = i + 4; break }
                i += 1
            }
            if headerEnd != nil { break }
            if plain!.eof || buf.count - plain!.start > 1 << 20 {
                plain!.start = buf.count
                return .malformed("WARC header without an end (no blank line)")
            }
            let relative = max(i, plain!.start) - plain!.start
            try plain!.fill(plain!.available + (1 << 16))
            searched = plain!.start + relative
        }
        let headerBytes = Array(plain!.buffer[plain!.start..<headerEnd!])
        guard let header = WARCRecord.parseHeader(headerBytes) else {
            plain!.start = headerEnd!
            return .malformed("not a WARC record header")
        }
        guard let length = header.contentLength else {
            plain!.start = headerEnd!
            return .malformed("WARC record without Content-Length")
        }
        let headerLength = headerEnd! - plain!.start
        if length > maxPageBytes + (1 << 20) {
            // Too large to hold: skip its bytes and report it.
            plain!.start = headerEnd!
            try plain!.skip(length)
            let id = header.fields["warc-record-id"] ?? "\(path)@\(plain!.offset)"
            return .record(WARCRecord(header: header, block: [], tooLarge: length, id: id), 0)
        }
        try plain!.fill(headerLength + length)
        let blockStart = plain!.start + headerLength
        guard plain!.buffer.count >= blockStart + length else {
            plain!.start = plain!.buffer.count
            return .malformed("truncated WARC record (the file ends inside it)")
        }
        let block = Array(plain!.buffer[blockStart..<(blockStart + length)])
        plain!.start = blockStart + length
        return .record(WARCRecord(header: header, block: block, tooLarge: nil, id: header.fields["warc-record-id"] ?? ""), 0)
    }

    /// An input record for a record that is an HTML response, nil for every other record.
    func page(_ rec: WARCRecord) -> InputRecord? {
        guard rec.header.fields["warc-type"]?.lowercased() == "response" else { return nil }
        let id = rec.id.isEmpty ? "\(path)@?" : rec.id
        let url = rec.header.fields["warc-target-uri"]
        if let size = rec.tooLarge {
            return failed(id: id, kind: "too-large", "the record has \(size) bytes, over the limit of \(maxPageBytes) (--max-page-bytes)", url: url)
        }
        guard let http = HTTPResponse.parse(rec.block) else {
            // Not HTTP (e.g. a DNS response): not a page.
            return nil
        }
        guard http.isHTML else { return nil }
        var body = http.body
        if http.chunked { body = HTTPResponse.dechunk(body) }
        if let enc = http.contentEncoding, enc != "identity" {
            guard enc == "gzip" || enc == "x-gzip" || enc == "deflate", let inflated = Inflate.whole(body, limit: maxPageBytes) else {
                return failed(id: id, kind: "unsupported", "HTTP Content-Encoding '\(enc)' could not be decoded", url: url)
            }
            body = inflated
        }
        if body.count > maxPageBytes {
            return failed(id: id, kind: "too-large", "the page has \(body.count) bytes, over the limit of \(maxPageBytes) (--max-page-bytes)", url: url)
        }
        var extra: [(String, String)] = [("warc_file", path)]
        if let d = rec.header.fields["warc-date"] { extra.append(("warc_date", d)) }
        return InputRecord(id: id, payload: .html(body), url: url, transportCharset: http.charset, extra: extra)
    }

    func failed(id: String, kind: String, _ message: String, url: String? = nil) -> InputRecord {
        InputRecord(id: id, payload: .failed(StageError(stage: "input", kind: kind, message: "\(path): \(message)")), url: url)
    }
}

/// One WARC record: its header fields (lower-cased names) and its content block.
struct WARCRecord {
    struct Header {
        var version: String
        var fields: [String: String]
        var contentLength: Int? { fields["content-length"].flatMap { Int($0.trimmingASCIISpaces()) } }
    }
    var header: Header
    var block: [UInt8]
    /// Set when the block was too large to read (its byte count).
    var tooLarge: Int?
    var id: String

    enum ParseResult {
        case record(WARCRecord, Int)
        case malformed(String)
    }

    /// Parses the record starting at `at` in a decompressed member.
    static func parse(_ bytes: [UInt8], at: Int) -> ParseResult {
        var i = at
        var end: Int?
        while i + 3 < bytes.count {
            if bytes[i] == 0x0D, bytes[i + 1] == 0x0A, bytes[i + 2] == 0x0D, bytes[i + 3] == 0x0A { end = i + 4; break }
            i += 1
        }
        guard let end else { return .malformed("WARC header without an end (no blank line)") }
        guard let header = parseHeader(Array(bytes[at..<end])) else { return .malformed("not a WARC record header") }
        guard let length = header.contentLength else { return .malformed("WARC record without Content-Length") }
        guard end + length <= bytes.count else { return .malformed("truncated WARC record (Content-Length \(length) exceeds the member)") }
        let rec = WARCRecord(header: header, block: Array(bytes[end..<(end + length)]), tooLarge: nil,
                             id: header.fields["warc-record-id"] ?? "")
        return .record(rec, end + length)
    }

    /// `WARC/1.1` then `Name: value` lines.
    static func parseHeader(_ bytes: [UInt8]) -> Header? {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" })
        guard let first = lines.first, first.hasPrefix("WARC/") else { return nil }
        lines.removeFirst()
        var fields: [String: String] = [:]
        for l in lines {
            guard let colon = l.firstIndex(of: ":") else { continue }
            let name = l[..<colon].lowercased().trimmingASCIISpaces()
            let value = String(l[l.index(after: colon)...]).trimmingASCIISpaces()
            if fields[name] == nil { fields[name] = value }
        }
        return Header(version: String(first), fields: fields)
    }
}

/// The HTTP response inside a WARC `response` record.
struct HTTPResponse {
    var contentType: String
    var charset: String?
    var chunked: Bool
    var contentEncoding: String?
    var body: [UInt8]

    var isHTML: Bool {
        let t = contentType.lowercased()
        return t.hasPrefix("text/html") || t.hasPrefix("application/xhtml+xml")
    }

    static func parse(_ block: [UInt8]) -> HTTPResponse? {
        guard block.count >= 5, block[0] == 0x48, block[1] == 0x54, block[2] == 0x54, block[3] == 0x50 else { return nil }  // "HTTP"
        var i = 0
        var end: Int?
        while i + 1 < block.count {
            if block[i] == 0x0A, block[i + 1] == 0x0A { end = i + 2; break }
            if i + 3 < block.count, block[i] == 0x0D, block[i + 1] == 0x0A, block[i + 2] == 0x0D, block[i + 3] == 0x0A { end = i + 4; break }
            i += 1
        }
        let headerEnd = end ?? block.count
        let head = String(decoding: block[0..<headerEnd], as: UTF8.self)
        var contentType = "", charset: String?, chunked = false, encoding: String?
        for line in head.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" }).dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased().trimmingASCIISpaces()
            let value = String(line[line.index(after: colon)...]).trimmingASCIISpaces()
            switch name {
            case "content-type":
                contentType = value
                for param in value.split(separator: ";").dropFirst() {
                    let kv = param.split(separator: "=", maxSplits: 1)
                    if kv.count == 2, kv[0].lowercased().trimmingASCIISpaces() == "charset" {
                        charset = String(kv[1]).trimmingASCIISpaces().replacingQuotes()
                    }
                }
            case "transfer-encoding": chunked = value.lowercased().contains("chunked")
            case "content-encoding": encoding = value.lowercased()
            default: break
            }
        }
        return HTTPResponse(contentType: contentType, charset: charset, chunked: chunked, contentEncoding: encoding,
                            body: Array(block[headerEnd...]))
    }

    /// Decodes `Transfer-Encoding: chunked`; a malformed stream returns what was decoded so far.
    static func dechunk(_ b: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            var size = 0
            var sawDigit = false
            while i < b.count, let d = hexValue(b[i]) { size = size * 16 + d; i += 1; sawDigit = true; if size > 1 << 30 { return out } }
            guard sawDigit else { return out }
            while i < b.count, b[i] != 0x0A { i += 1 }   // chunk extensions, CR
            i += 1
            if size == 0 { return out }
            let end = min(i + size, b.count)
            out.append(contentsOf: b[i..<end])
            i = end
            if i < b.count, b[i] == 0x0D { i += 1 }
            if i < b.count, b[i] == 0x0A { i += 1 }
        }
        return out
    }

    static func hexValue(_ c: UInt8) -> Int? {
        switch c {
        case 0x30...0x39: return Int(c - 0x30)
        case 0x61...0x66: return Int(c - 0x61 + 10)
        case 0x41...0x46: return Int(c - 0x41 + 10)
        default: return nil
        }
    }
}

/// Whole-buffer inflate of an HTTP body (gzip or zlib header, detected).
enum Inflate {
    static func whole(_ input: [UInt8], limit: Int) -> [UInt8]? {
        var stream = z_stream()
        guard czlib_inflate_init_auto(&stream) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = input
        var status: Int32 = Z_OK
        input.withUnsafeMutableBufferPointer { inBuf in
            chunk.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = inBuf.baseAddress
                stream.avail_in = UInt32(inBuf.count)
                repeat {
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = UInt32(outBuf.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    let produced = outBuf.count - Int(stream.avail_out)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: outBuf[0..<produced]))
                } while status == Z_OK && out.count <= limit
            }
        }
        return status == Z_STREAM_END ? out : nil
    }
}

/// A buffered sequential reader of a plain file.
struct PlainBytes {
    let fd: Int32
    let path: String
    var buffer: [UInt8] = []
    var start = 0
    var consumedBefore = 0
    var eof = false

    init(path: String) throws(InputError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputError("\(path): cannot open (\(String(cString: strerror(errno))))") }
        self.fd = fd; self.path = path
    }

    func close() { _ = Glibc.close(fd) }

    var available: Int { buffer.count - start }
    /// File offset of `start`.
    var offset: Int { consumedBefore + start }

    mutating func fill(_ n: Int) throws(InputError) {
        while available < n, !eof {
            if start > 0 { buffer.removeFirst(start); consumedBefore += start; start = 0 }
            let want = max(1 << 20, n - available)
            let old = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: want))
            let got = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + old, want) }
            guard got >= 0 else {
                buffer.removeLast(want)
                throw InputError("\(path): read failed (\(String(cString: strerror(errno))))")
            }
            buffer.removeLast(want - got)
            if got == 0 { eof = true }
        }
    }

    mutating func skip(_ n: Int) throws(InputError) {
        var left = n
        while left > 0 {
            try fill(min(left, 1 << 20))
            if available == 0 { return }
            let step = min(left, available)
            start += step; left -= step
        }
    }
}

extension StringProtocol {
    func trimmingASCIISpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" || f == "\n" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\n" { s = s.dropLast() }
        return String(s)
    }

    func replacingQuotes() -> String { String(filter { $0 != "\"" && $0 != "'" }) }
}
