import Foundation
import Testing
import WartaCore
import WartaTestSupport
@testable import WartaIO

/// WARC input made from `Corpus/` pages: gzip per record, a corrupt member, a non-HTML record.
@Suite struct WARCReaderTests {
    static func corpusPages() throws -> [(String, [UInt8])] {
        let dir = TestSupport.path("Corpus/pages")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".html") }.sorted()
        return try names.map { ($0, try TestSupport.bytes("Corpus/pages/" + $0)) }
    }

    func readAll(_ path: String) throws -> [InputRecord] {
        var reader = RecordReader(sources: [InputSource(path: path, format: .warc)], maxPageBytes: 16 << 20)
        var out: [InputRecord] = []
        while let r = try reader.next() { out.append(r) }
        return out
    }

    func temp(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "warta-\(getpid())-\(name)"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func gzipPerRecordWithCorruptMemberAndNonHTML() throws {
        let pages = try Self.corpusPages()
        #expect(pages.count >= 9)
        var file: [UInt8] = []
        // A warcinfo record first, as crawlers write.
        file += WARCFixture.gzip(WARCFixture.record(type: "warcinfo", id: "<urn:uuid:info>", uri: "", block: Array("software: test\r\n".utf8), contentType: "application/warc-fields"))
        for (k, (name, html)) in pages.enumerated() {
            let block = WARCFixture.http(body: html, contentType: "text/html; charset=UTF-8", chunked: k == 1)
            var member = WARCFixture.gzip(WARCFixture.record(type: "response", id: "<urn:uuid:page-\(k)>", uri: "https://example.id/\(name)",
                                                              block: block, contentType: "application/http; msgtype=response"))
            if k == 3 {
                // Corrupt the deflate data in the middle of this member.
                for j in (member.count / 2)..<(member.count / 2 + 40) { member[j] ^= 0x5A }
            }
            file += member
            if k == 4 {
                // A non-HTML response (an image) and a request record: not pages.
                file += WARCFixture.gzip(WARCFixture.record(type: "response", id: "<urn:uuid:image>", uri: "https://example.id/a.png",
                                                            block: WARCFixture.http(body: [0x89, 0x50, 0x4E, 0x47], contentType: "image/png"),
                                                            contentType: "application/http; msgtype=response"))
                file += WARCFixture.gzip(WARCFixture.record(type: "request", id: "<urn:uuid:req>", uri: "https://example.id/x",
                                                            block: Array("GET /x HTTP/1.1\r\n\r\n".utf8), contentType: "application/http; msgtype=request"))
            }
        }
        let path = try temp("corpus.warc.gz", file)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let records = try readAll(path)
        #expect(records.count == pages.count)
        var seen = Set<String>()
        for (k, r) in records.enumerated() {
            if k == 3 {
                guard case .failed(let e) = r.payload else { Issue.record("the corrupt member should be an error record"); continue }
                #expect(e.kind == "corrupt-warc")
                #expect(r.id.hasPrefix(path + "@"))
                continue
            }
            #expect(r.id == "<urn:uuid:page-\(k)>")
            #expect(seen.insert(r.id).inserted)
            #expect(r.url == "https://example.id/\(pages[k].0)")
            #expect(r.transportCharset == "UTF-8")
            guard case .html(let bytes) = r.payload else { Issue.record("\(r.id) is not a page"); continue }
            #expect(bytes == pages[k].1, "\(r.id): body differs (chunked: \(k == 1))")
        }
    }

    @Test func plainWARCAndTruncatedTail() throws {
        let pages = try Self.corpusPages().prefix(3)
        var file: [UInt8] = []
        for (k, (name, html)) in pages.enumerated() {
            file += WARCFixture.record(type: "response", id: "<urn:uuid:p\(k)>", uri: "https://example.id/\(name)",
                                       block: WARCFixture.http(body: html, contentType: "text/html"), contentType: "application/http; msgtype=response")
        }
        file += Array(file.prefix(200))   // a record cut off by a crash
        let path = try temp("plain.warc", file)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let records = try readAll(path)
        #expect(records.count == 4)
        #expect(records.prefix(3).map(\.id) == ["<urn:uuid:p0>", "<urn:uuid:p1>", "<urn:uuid:p2>"])
        if case .failed(let e) = records[3].payload { #expect(e.kind == "bad-warc-record") } else { Issue.record("the truncated tail should be an error record") }
    }
}
