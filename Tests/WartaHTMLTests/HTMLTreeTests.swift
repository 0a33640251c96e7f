import Testing
import WartaCore
import WartaTestSupport
@testable import WartaHTML

@Suite struct HTMLTreeTests {
    func scrub(_ html: [UInt8], id: String = "t.html") throws -> AnnotatedDocument {
        LibXML2.initialize()
        return try ScrubStage(config: TestSupport.config).scrub(InputRecord(id: id, payload: .html(html)))
    }

    @Test func paragraphsAndEntities() throws {
        let tree = HTMLTree.parse(utf8: Array("<html><head><title>Judul &amp; Berita</title><script>var x=1;</script></head><body><p>Satu&nbsp; dua.</p><div>Tiga <b>empat</b></div></body></html>".utf8))
        #expect(VisibleText.paragraphs(of: tree) == ["Satu dua.", "Tiga empat"])
        #expect(tree.first("title").map { VisibleText.text(of: $0, in: tree) } == "Judul & Berita")
    }

    @Test func deepNestingDoesNotLoseText() throws {
        let depth = 3000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "dalam" + String(repeating: "</div>", count: depth) + "<p>sesudah</p></body></html>"
        let tree = HTMLTree.parse(utf8: Array(html.utf8))
        #expect(VisibleText.paragraphs(of: tree) == ["dalam", "sesudah"])
    }

    @Test func emptyAndBinaryInputsAreErrors() {
        #expect(throws: StageError.self) { try scrub([]) }
        let junk: [UInt8] = (0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) % 32 }
        #expect(throws: StageError.self) { try scrub(junk) }
    }
}
