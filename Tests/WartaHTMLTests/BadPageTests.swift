import Testing
import WartaCore
import WartaTestSupport
@testable import WartaHTML

/// Hostile pages: never a crash, never silent loss — an error or a diagnostic.
@Suite struct BadPageTests {
    let stage: ScrubStage = {
        LibXML2.initialize()
        return try! ScrubStage(config: TestSupport.config)
    }()

    func scrub(_ bytes: [UInt8]) throws -> AnnotatedDocument {
        try stage.scrub(InputRecord(id: "bad.html", payload: .html(bytes)))
    }

    @Test func millionNestedTagsIsDiagnosedNotCrashed() throws {
        let n = 1_000_000
        let html = "<html><body><p>Awal artikel tentang pusat data nasional yang dibangun di Batam tahun ini.</p>"
            + String(repeating: "<div>", count: n) + "dalam" + String(repeating: "</div>", count: n) + "</body></html>"
        let doc = try scrub(Array(html.utf8))
        #expect(doc.text.contains("Awal artikel"))
        // Nothing is lost silently: the parsed tree holds the deep text, or the parse is reported as truncated.
        let tree = HTMLTree.parse(utf8: Array(html.utf8))
        #expect(tree.nodes.contains { $0.kind == .text && $0.text == "dalam" } || tree.truncated)
        #expect(tree.truncated == doc.diagnostics.contains { $0.kind == "truncated-parse" })
    }

    @Test func twentyMegabyteTextNodeIsKept() throws {
        let word = "kecerdasan "
        let big = String(repeating: word, count: 20_000_000 / word.utf8.count)
        let html = "<html><body><article><p>" + big + "</p></article></body></html>"
        let doc = try scrub(Array(html.utf8))
        // Either the whole text is there or the parse is reported as truncated.
        let kept = doc.text.utf8.count >= big.utf8.count - 1
        #expect(kept || doc.diagnostics.contains { $0.kind == "truncated-parse" })
    }

    @Test func nulBytesAreDroppedNotFatal() throws {
        var bytes = Array("<html><body><article><p>Model bahasa besar\u{0}dilatih di Jakarta, kata peneliti itu kepada wartawan pada Senin.</p></article></body></html>".utf8)
        bytes.insert(0, at: 30)
        let doc = try scrub(bytes)
        #expect(doc.text.contains("dilatih di Jakarta"))
        #expect(!doc.text.unicodeScalars.contains { $0.value == 0 })
        TestSupport.checkInvariants(doc)
    }

    @Test func utf8DeclaredAsWindows1252IsDecodedAsUTF8() throws {
        let html = "<html><head><meta charset=\"windows-1252\"></head><body><article><p>Peneliti di Surabaya mengembangkan model “Nusa” untuk bahasa daerah, kata Kepala Laboratorium.</p></article></body></html>"
        let doc = try scrub(Array(html.utf8))
        #expect(doc.text.contains("model “Nusa” untuk"))
        #expect(doc.meta.charsetUsed == "utf-8")
    }

    @Test func windows1252DeclaredAsUTF8FallsBackWithADiagnostic() throws {
        var bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><article><p>Harga cip naik ".utf8)
        bytes += [0x93, 0x74, 0x61, 0x6A, 0x61, 0x6D, 0x94]   // “tajam” in windows-1252
        bytes += Array(" menurut analis pasar semikonduktor di Jakarta pada pekan ini.</p></article></body></html>".utf8)
        let doc = try scrub(bytes)
        #expect(doc.text.contains("“tajam”"))
        #expect(doc.meta.charsetFallback)
        #expect(doc.diagnostics.contains { $0.kind == "encoding-fallback" })
    }

    @Test func emptyBodyGivesAnEmptyResultDiagnostic() throws {
        let doc = try scrub(Array("<html><head><title>Kosong</title></head><body></body></html>".utf8))
        #expect(doc.text.isEmpty)
        #expect(doc.diagnostics.contains { $0.kind == "empty-result" })
    }

    @Test func aFramedPageSaysWhereItsContentIs() throws {
        // An ad interstitial whose article sits in an iframe (as dragnet-R237 in the dev set).
        let doc = try scrub(Array("<html><head><title></title></head><body><iframe src=\"https://news.example.com/story\"></iframe></body></html>".utf8))
        #expect(doc.text.isEmpty)
        #expect(doc.diagnostics.contains { $0.kind == "empty-result" && $0.message.contains("<iframe>") })
    }
}
