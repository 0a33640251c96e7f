import Foundation
import Testing
import WartaCore
@testable import WartaHTML

/// The byte-level fast paths give the answers of the String APIs they replace.
@Suite struct FastPathTests {
    static let samples: [String] = [
        "", " ", "  dua  kata ", "Kata “kutip” — dan…lagi", "café au lait", "e\u{301}té", "a \u{301}b c",
        "\u{600} x y", "Москва и Санкт-Петербург", "東京 タワー", "한국 어", "tab\there\nline", "x\u{200D} y",
        "Rp\u{A0}237 juta", "İstanbul KELVIN \u{212A}", "Ωmega \u{2126}hm", "emoji 👍🏽 ok",
    ]

    @Test func wordsMatchSplit() {
        for s in Self.samples {
            #expect(BoilerplateLexicon.words(in: s) == s.split(separator: " ").count, "\(s)")
        }
    }

    @Test func nfcQuickCheckMatchesFullNFC() {
        for s in Self.samples {
            #expect(TextNormalization.nfc(s).utf8.elementsEqual(s.precomposedStringWithCanonicalMapping.utf8), "\(s)")
            #expect(TextNormalization.scalarCount(s) == s.unicodeScalars.count)
        }
    }

    @Test func canonicalTextHasStringEquality() {
        for a in Self.samples {
            for b in Self.samples + ["e\u{301}te\u{301}", "caf\u{E9} au lait"] {
                #expect((CanonicalText(a) == CanonicalText(b)) == (a == b), "\(a) / \(b)")
            }
        }
        #expect(Set([CanonicalText("caf\u{E9}"), CanonicalText("cafe\u{301}")]).count == 1)
    }

    @Test func utf8ValidationMatchesTheStandardLibrary() {
        let cases: [[UInt8]] = [
            Array("plain ascii text that is longer than eight bytes".utf8), Array("“quotes” café 東京 👍".utf8),
            [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x80], Array("abcdefgh".utf8) + [0xFF],
            Array("abcdefghij".utf8) + [0xE2, 0x80, 0x9C] + Array("klmnopqrs".utf8), [],
        ]
        for c in cases {
            #expect(CharsetDecision.isValidUTF8(c[...]) == (String(validating: c, as: UTF8.self) != nil), "\(c)")
        }
    }

    @Test func binarySnifferOnBytesMatchesTheStringVersion() {
        for s in Self.samples + [String(repeating: "\u{1}\u{2}x", count: 50), "\u{FFFD}\u{FFFD}ab"] {
            var total = 0, bad = 0
            for u in s.unicodeScalars.prefix(4096) {
                total += 1
                let v = u.value
                if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D && v != 0x0C) || v == 0xFFFD || (v >= 0x80 && v < 0xA0) { bad += 1 }
            }
            #expect(BinarySniffer.looksBinary(Array(s.utf8)) == (total > 0 && bad * 10 > total), "\(s)")
        }
    }
}
