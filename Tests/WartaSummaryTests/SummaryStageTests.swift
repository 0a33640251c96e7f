import Testing
import WartaCore
@testable import WartaSummary
import WartaTestSupport

@Suite struct SummaryStageTests {
    /// The stage runs on a seed paragraph and leaves a consistent document.
    @Test func runsOnSeedTextWithConsistentSpans() throws {
        let text = "Meta telah sepakat membayar US$14,8 miliar untuk 49% saham Scale AI, sebuah perusahaan data kecerdasan buatan terkemuka. Pendiri Scale yang berusia 28 tahun, Alexandr Wang, akan bergabung dengan Meta."
        let doc = try TestSupport.annotate(text, stages: ["summary"])
        #expect(doc.layers.contains(.sentences))
        #expect(doc.text == text)
        TestSupport.checkInvariants(doc)
        let s = try #require(doc.summary)
        #expect(!s.extract.isEmpty)
        #expect(s.extractText == s.extract.map { doc[$0] }.joined(separator: " "))
        #expect(s.english.contains("14.8 billion"))
        #expect(s.english.contains("Alexandr Wang"))
        #expect(!s.english.isEmpty)
    }

    /// An empty text gives an empty summary, not an error.
    @Test func emptyTextGivesEmptySummary() throws {
        let doc = try TestSupport.annotate("", stages: ["summary"])
        #expect(doc.summary?.extract == [])
        #expect(doc.summary?.english == "")
    }

    /// The shipped model keeps the extract inside the sentence range on a long article.
    @Test func shippedModelKeepsTwoToFourSentences() throws {
        let words = ["investasi", "perusahaan", "teknologi", "Jakarta", "pasar", "saham", "pemerintah", "data", "model",
                     "pusat", "riset", "kampus", "dana", "biaya", "pekerja", "layanan", "aplikasi", "produk"]
        let text = (0..<12).map { i in
            "Kalimat \(i + 1) membahas " + (0..<8).map { words[(i * 5 + $0 * 7) % words.count] }.joined(separator: " ") + "."
        }.joined(separator: " ")
        let doc = try TestSupport.annotate(text, stages: ["summary"])
        let n = try #require(doc.summary).extract.count
        #expect((2...4).contains(n))
    }
}
