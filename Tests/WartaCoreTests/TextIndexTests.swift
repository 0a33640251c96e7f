import Foundation
import Testing
@testable import WartaCore

@Suite struct TextIndexTests {
    @Test func asciiIsIdentity() {
        let idx = TextIndex("Meta membayar US$14,8 miliar")
        #expect(idx.isASCII)
        #expect(idx.scalarCount == 28)
        #expect(idx.utf8Offset(ofScalar: 10) == 10)
    }

    @Test func codePointsNotCharacters() {
        // "cafe" + combining acute is 5 code points but 4 Characters; an emoji is 1 code point, 4 bytes.
        let text = "cafe\u{301} 😀 Rp237—triliun"
        let doc = AnnotatedDocument(id: "x", text: text)
        #expect(doc.length == text.unicodeScalars.count)
        #expect(doc[Span(0, 5)] == "cafe\u{301}")
        #expect(doc[Span(6, 7)] == "😀")
        #expect(doc[Span(8, 14)] == "Rp237—")
        #expect(doc.index.scalarOffset(ofUTF8: doc.index.utf8Offset(ofScalar: 9)) == 9)
        // A byte inside a multi-byte scalar maps to that scalar.
        #expect(doc.index.scalarOffset(ofUTF8: doc.index.utf8Offset(ofScalar: 6) + 2) == 6)
    }

    @Test func invariantsCatchBadSpans() {
        var doc = AnnotatedDocument(id: "x", text: "Meta dan Google")
        doc.entities = [Entity(span: Span(9, 15), text: "Google", label: .ORG),
                        Entity(span: Span(0, 4), text: "Meta", label: .ORG)]
        #expect(doc.invariantViolations().contains { $0.contains("not sorted") })
        doc.entities = [Entity(span: Span(0, 4), text: "Meti", label: .ORG)]
        #expect(doc.invariantViolations().contains { $0.contains("surface") })
        doc.entities = [Entity(span: Span(0, 40), text: "Meta", label: .ORG)]
        #expect(doc.invariantViolations().contains { $0.contains("out of bounds") })
        doc.entities = [Entity(span: Span(0, 4), text: "Meta", label: .ORG)]
        doc.terms = [TermMatch(span: Span(2, 8), text: "ta dan", lemma: "x", english: "x", entry: "x")]
        #expect(doc.invariantViolations().contains { $0.contains("overlaps entity") })
    }
}

@Suite struct NFCTests {
    @Test func stableScalarsAreLeftAloneAndOthersNormalised() {
        let quotes = "“Model” — kata peneliti… €5 → ✓ 😀"
        #expect(UnicodeNormalization.nfc(quotes) == quotes)
        #expect(UnicodeNormalization.nfc("Jose\u{301}") == "Jos\u{E9}")
        #expect(UnicodeNormalization.nfc("\u{212B}ngstr\u{F6}m") == "\u{C5}ngstr\u{F6}m")
        #expect(UnicodeNormalization.nfc("a\u{2000}b") == "a\u{2002}b")
        // Every scalar the fast path trusts really is NFC-stable on its own and after a letter.
        let ranges = [0x300...0x52F, 0x2002...0x2BFF, 0x3040...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3]
        for v in ranges.joined() where UnicodeNormalization.isStable(UInt32(v)) {
            let s = "a" + String(Character(Unicode.Scalar(UInt32(v))!))
            #expect(s.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(s.unicodeScalars), "U+\(String(v, radix: 16))")
        }
    }
}
