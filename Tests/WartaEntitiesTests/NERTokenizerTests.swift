import Testing
@testable import WartaEntities

@Suite struct NERTokenizerTests {
    func words(_ s: String) -> [String] {
        let scalars = Array(s.unicodeScalars)
        return NERTokenizer.tokenize(s).map { t in
            String(String.UnicodeScalarView(scalars[Int(t.start)..<Int(t.end)]))
        }
    }

    @Test func splitsPunctuationButKeepsJoinedWords() {
        #expect(words("(Ical) bertemu Kata.ai, Sahabat-AI dan GPT-4o.") ==
                ["(", "Ical", ")", "bertemu", "Kata.ai", ",", "Sahabat-AI", "dan", "GPT-4o", "."])
    }

    @Test func keepsNumbersWholeAndSplitsCurrencySigns() {
        #expect(words("US$14,8 miliar, Rp1.500.000 atau 3,5%") ==
                ["US", "$", "14,8", "miliar", ",", "Rp1.500.000", "atau", "3,5", "%"])
    }

    @Test func commaBetweenLettersSplits() {
        #expect(words("Jakarta,Bandung") == ["Jakarta", ",", "Bandung"])
    }

    @Test func spansAreCodePointsOnNonASCII() {
        let toks = NERTokenizer.tokenize("“Renée” — Jumat")
        #expect(toks.map { [$0.start, $0.end] } == [[0, 1], [1, 6], [6, 7], [8, 9], [10, 15]])
        #expect(toks.map(\.isWord) == [false, true, false, false, true])
    }

    @Test func whitespaceVariantsSeparateTokens() {
        #expect(words("Meta\u{00A0}AI\tdan\u{2009}Google\nBaru") == ["Meta", "AI", "dan", "Google", "Baru"])
    }
}
