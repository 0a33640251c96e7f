import Testing
import WartaCore
import WartaTestSupport
@testable import WartaSegment

/// Tokens and sentences of single texts through the `sentences` stage.
@Suite struct SegmenterTests {
    static let segmenter: Segmenter = {
        do { return try Segmenter(config: TestSupport.config) } catch { fatalError("\(error)") }
    }()

    func sentences(_ text: String) -> [String] {
        let (_, spans) = Self.segmenter.segment(text)
        let scalars = Array(text.unicodeScalars)
        return spans.map { s in String(String.UnicodeScalarView(scalars[s.start..<s.end])) }
    }

    func tokens(_ text: String) -> [String] {
        let (toks, _) = Self.segmenter.segment(text)
        let scalars = Array(text.unicodeScalars)
        return toks.map { t in String(String.UnicodeScalarView(scalars[t.span.start..<t.span.end])) }
    }

    @Test func splitsSentencesAndKeepsNumbersWhole() throws {
        let doc = try TestSupport.annotate("Meta membayar US$14,8 miliar. Scale AI senang!\nBaris baru", stages: ["sentences"])
        #expect(doc.sentences.map { doc[$0] } == ["Meta membayar US$14,8 miliar.", "Scale AI senang!", "Baris baru"])
        #expect(doc.tokens.map { doc[$0.span] }.contains("14,8"))
        TestSupport.checkInvariants(doc)
    }

    @Test func currencyPrefixesSplitFromAmounts() {
        #expect(tokens("Rp1.500.000 dan US$14,8 serta Rp. 2,3") == ["Rp", "1.500.000", "dan", "US$", "14,8", "serta", "Rp.", "2,3"])
        let (toks, _) = Self.segmenter.segment("Rp1.500.000")
        #expect(toks.map(\.kind) == [.symbol, .number])
    }

    @Test func numbersKeepSeparatorsAndRangesSplit() {
        #expect(tokens("pukul 10.30 WIB, 12/6/2025, versi 3.5.1, 5-10 persen") ==
                ["pukul", "10.30", "WIB", ",", "12/6/2025", ",", "versi", "3.5.1", ",", "5", "-", "10", "persen"])
    }

    @Test func rangesOfAmountsSplitAtTheHyphen() {
        #expect(tokens("Rp10 miliar-Rp15 miliar, US$10-US$15, 2019-2020, 1990-an") ==
                ["Rp", "10", "miliar", "-", "Rp", "15", "miliar", ",", "US$", "10", "-", "US$", "15", ",",
                 "2019", "-", "2020", ",", "1990-an"])
    }

    @Test func wordsKeepCliticsAndReduplication() {
        #expect(tokens("perusahaan-perusahaan kaulakukan bukunya COVID-19 ke-4 Jum'at.") ==
                ["perusahaan-perusahaan", "kaulakukan", "bukunya", "COVID-19", "ke-4", "Jum'at", "."])
    }

    @Test func urlsEmailsAndDomainsAreOneToken() {
        let t = tokens("Lihat https://contoh.go.id/a?b=1. Surel: info@contoh.go.id, atau Kata.ai (detik.com).")
        #expect(t.contains("https://contoh.go.id/a?b=1"))
        #expect(t.contains("info@contoh.go.id"))
        #expect(t.contains("Kata.ai"))
        #expect(t.contains("detik.com"))
        let (toks, _) = Self.segmenter.segment("Surel info@contoh.go.id di www.contoh.id.")
        #expect(toks.map(\.kind) == [.word, .email, .word, .url, .punctuation])
    }

    @Test func abbreviationsKeepTheirStop() {
        #expect(tokens("Dr. Ratna, S.Kom., M.T. dan B.J. Habibie dll.") ==
                ["Dr.", "Ratna", ",", "S.Kom.", ",", "M.T.", "dan", "B.J.", "Habibie", "dll."])
    }

    @Test func punctuationIsSeparate() {
        #expect(tokens("“Apa?!” katanya... (ant)") == ["“", "Apa", "?!", "”", "katanya", "...", "(", "ant", ")"])
    }

    @Test func abbreviationBeforeCapitalEndsOrNotByClass() {
        #expect(sentences("Saham PT Data Sinergi Tbk. Perusahaan itu untung.") ==
                ["Saham PT Data Sinergi Tbk.", "Perusahaan itu untung."])
        #expect(sentences("Kata Prof. Budi, aman.") == ["Kata Prof. Budi, aman."])
        #expect(sentences("Ia tinggal di kelas A. Pada pagi hari ia belajar.") ==
                ["Ia tinggal di kelas A.", "Pada pagi hari ia belajar."])
        #expect(sentences("Kata Miranda S. Goeltom kemarin.") == ["Kata Miranda S. Goeltom kemarin."])
        #expect(sentences("Laba mencapai Rp2 T. Laba naik.") == ["Laba mencapai Rp2 T.", "Laba naik."])
    }

    @Test func lowercaseAfterAFullStopOfALongWordOrNumberStartsASentence() {
        #expect(sentences("Ia lahir pada 1879. atau begitulah kata orang.") == ["Ia lahir pada 1879.", "atau begitulah kata orang."])
        #expect(sentences("Penjualan naik tahun lalu. iPhone 16 laris.") == ["Penjualan naik tahun lalu.", "iPhone 16 laris."])
        // An abbreviation or initial keeps the sentence going.
        #expect(sentences("Kata Joko P. di kantornya.") == ["Kata Joko P. di kantornya."])
        // So does a quotation closed before the attribution.
        #expect(sentences("\"Sudah selesai.\" kata dia.") == ["\"Sudah selesai.\" kata dia."])
    }

    @Test func quotesAndParentheses() {
        // Straight quotes hold a quoted passage together (UD CSUI convention) ...
        #expect(sentences("\"Pasar besar. Kami siap,\" kata Andi. Ia senang.") ==
                ["\"Pasar besar. Kami siap,\" kata Andi.", "Ia senang."])
        // ... curly quotes are split inside (news-passage convention).
        #expect(sentences("“Pasar besar. Kami siap,” kata Andi.") == ["“Pasar besar.", "Kami siap,” kata Andi."])
        #expect(sentences("Bandara Sultan Syarif Kasim II (SSK. II) Pekanbaru ramai.") ==
                ["Bandara Sultan Syarif Kasim II (SSK. II) Pekanbaru ramai."])
        #expect(sentences("Dia terbakar. () Yakub setuju.") == ["Dia terbakar.", "() Yakub setuju."])
    }

    @Test func lineBreaksAlwaysEndSentences() {
        #expect(sentences("Judul Berita Tanpa Titik\nIsi berita dimulai di sini.") ==
                ["Judul Berita Tanpa Titik", "Isi berita dimulai di sini."])
        #expect(sentences("Syaratnya:\n1. Usia 18 tahun.\n2. Punya KTP.") == ["Syaratnya:", "1. Usia 18 tahun.", "2. Punya KTP."])
    }

    @Test func spansAreCodePointsWithNonASCIIText() throws {
        let doc = try TestSupport.annotate("Café “baru” dibuka 🎉. Harganya Rp20.000.", stages: ["sentences"])
        #expect(doc.sentences.map { doc[$0] } == ["Café “baru” dibuka 🎉.", "Harganya Rp20.000."])
        TestSupport.checkInvariants(doc)
    }

    @Test func emptyAndBlankTexts() {
        #expect(Self.segmenter.segment("").tokens.isEmpty)
        #expect(Self.segmenter.segment(" \n\t ").sentences.isEmpty)
    }

    @Test func invalidUTF8DoesNotCrash() {
        let bytes: [UInt8] = [0x41, 0xFF, 0xC3, 0x2E, 0x20, 0x42, 0xE2, 0x80]
        let (toks, sents) = bytes.withUnsafeBufferPointer { Self.segmenter.segment($0) }
        #expect(!toks.isEmpty)
        #expect(sents.allSatisfy { $0.start < $0.end })
    }

    @Test func eightByteLetterScanAgreesWithTheByteLoop() {
        // Every byte value at every position of a 20-byte window of letters.
        for bad in 0...255 where !ScalarTable.isLetterASCII(UInt8(bad)) {
            for pos in 0..<20 {
                var bytes = [UInt8](repeating: 0x61, count: 20)
                bytes[pos] = UInt8(bad)
                bytes[pos / 2] = 0x5A   // an upper-case letter too
                if pos / 2 == pos { bytes[pos] = UInt8(bad) }
                bytes.withUnsafeBufferPointer { b in
                    var k = 0
                    while k < b.count, ScalarTable.isLetterASCII(b[k]) { k += 1 }
                    #expect(ScalarTable.letterRunEnd(b.baseAddress!, from: 0, b.count) == k)
                }
            }
        }
    }

    @Test func chunkSizeNeverChangesTheResult() throws {
        let passages = try NewsPassageTests.passages().map(\.text)
        var text = passages.joined(separator: "\n\n")
        text += "\n“Kalimat terakhir (tanpa baris baru) … selesai.” (ant)"
        let bytes = Array(text.utf8)
        let whole = bytes.withUnsafeBufferPointer { Self.segmenter.segment($0, chunkTokens: Int.max) }
        for size in [0, 1, 7, 100, 3_000] {
            let chunked = bytes.withUnsafeBufferPointer { Self.segmenter.segment($0, chunkTokens: size) }
            #expect(chunked.tokens == whole.tokens, "chunk \(size)")
            #expect(chunked.sentences == whole.sentences, "chunk \(size)")
        }
    }

    @Test func longTextSegmentsInOneLinearPass() {
        let unit = "Harga naik 5%. Kata Dr. Budi, pasar “stabil.” Kini? Ya!\n"
        let text = String(repeating: unit, count: 2_000)
        let (toks, sents) = Self.segmenter.segment(text)
        let (uToks, uSents) = Self.segmenter.segment(unit)
        #expect(toks.count == uToks.count * 2_000)
        #expect(sents.count == uSents.count * 2_000)
    }
}
