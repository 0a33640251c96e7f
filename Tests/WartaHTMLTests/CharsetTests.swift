import Testing
@testable import WartaHTML

@Suite struct CharsetTests {
    @Test func windows1252DeclaredIsDecoded() {
        let bytes: [UInt8] = Array("<meta charset=\"windows-1252\"><p>caf".utf8) + [0xE9, 0x20, 0x93] + Array("kutipan".utf8) + [0x94, 0x20, 0x97]
        let d = CharsetDecision.decode(bytes, transport: nil)
        #expect(d.used == "windows-1252")
        #expect(d.text.hasSuffix("café “kutipan” —"))
        #expect(!d.fallback)
    }

    @Test func utf8MislabelledAsWindows1252StaysUTF8() {
        let bytes = Array("<meta charset=\"windows-1252\"><p>café — “x”".utf8)
        let d = CharsetDecision.decode(bytes, transport: nil)
        #expect(d.used == "utf-8" && d.fallback)
        #expect(d.text.contains("café — “x”"))
    }

    @Test func invalidUTF8FallsBackToWindows1252() {
        let bytes: [UInt8] = Array("<p>Rp".utf8) + [0xA0] + Array("237".utf8)
        let d = CharsetDecision.decode(bytes, transport: nil)
        #expect(d.used == "windows-1252" && d.fallback)
        #expect(d.text == "<p>Rp\u{A0}237")
    }

    @Test func labelsMapAsWHATWG() {
        #expect(CharsetDecision.normalizeLabel("ISO-8859-1") == "windows-1252")
        #expect(CharsetDecision.normalizeLabel(" \"UTF8\" ") == "utf-8")
        #expect(CharsetDecision.normalizeLabel("us-ascii") == "windows-1252")
    }

    @Test func httpEquivPrescan() {
        let html = Array("<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">".utf8)
        #expect(MetaCharsetPrescan.find(in: html[...]) == "iso-8859-1")
    }
}
