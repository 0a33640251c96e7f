import Testing
import WartaCore
import WartaGlossary
import WartaTestSupport

@Suite struct GlossaryStageTests {
    /// The stage runs through the pipeline on a seed paragraph and leaves a consistent document.
    @Test func runsOnSeedTextWithConsistentSpans() throws {
        let text = "Meta telah sepakat membayar US$14,8 miliar untuk 49% saham Scale AI, sebuah perusahaan data kecerdasan buatan terkemuka. Pendiri Scale yang berusia 28 tahun, Alexandr Wang, akan bergabung dengan Meta."
        let doc = try TestSupport.annotate(text, stages: ["terms"])
        #expect(doc.layers.contains(.sentences))
        #expect(doc.text == text)
        TestSupport.checkInvariants(doc)
        #expect(doc.terms.map(\.text).contains("kecerdasan buatan"))
        #expect(doc.terms.first { $0.text == "kecerdasan buatan" }?.english == "artificial intelligence")
    }

    /// The longest form wins: `pelabelan data`, not `pelabelan` + nothing.
    @Test func longestMatchWins() {
        let t = TermTests.terms("Perusahaan itu menyediakan jasa pelabelan data dan model bahasa besar.")
        #expect(t.map(\.0) == ["pelabelan data", "model bahasa besar"])
        #expect(t.map(\.2) == ["data labeling", "large language model"])
    }

    /// Verb forms take the root's entry; `-nya` and reduplication too.
    @Test func affixedAndReduplicatedForms() {
        let t = TermTests.terms("Tim melatihnya lagi; model-model itu dilatih ulang dan datanya dilabeli.")
        #expect(t.map(\.0) == ["melatihnya", "model-model", "dilatih", "dilabeli"])
        #expect(t.map(\.1) == ["latih", "model", "latih", "label"])
    }

    /// A verb root (`pos = verb`) is a term only when affixed: bare `proses` is the noun.
    @Test func verbRootsNeedAnAffix() {
        let t = TermTests.terms("Proses itu lama, jadi server memproses data yang diproses ulang.")
        #expect(t.map(\.0) == ["server", "memproses", "diproses"].filter { w in t.contains { $0.0 == w } })
        #expect(!t.map(\.0).contains("Proses"))
        #expect(t.map(\.0).contains("memproses") && t.map(\.0).contains("diproses"))
    }

    /// Hyphen and space are the same inside a form (`open-source` = `open source`).
    @Test func hyphenatedForms() {
        let t = TermTests.terms("Model open-source dan machine-learning kini lazim.")
        #expect(t.map(\.0).contains("open-source"))
        #expect(t.map(\.0).contains("machine-learning"))
    }

    /// Terms never overlap an entity: `Komputasi` inside the ORG `Nusantara Komputasi` is no term,
    /// while the same word outside it is.
    @Test func entitiesBlockTerms() {
        let text = "PT Nusantara Komputasi membangun pusat data untuk komputasi awan."
        let t = TermTests.terms(text, entities: [("PT Nusantara Komputasi", .ORG)])
        #expect(t.map(\.0) == ["pusat data", "komputasi awan"])
        // A multiword term whose tail is an entity falls back to a shorter one or nothing.
        let u = TermTests.terms("Mereka memakai pusat data Batam.", entities: [("data Batam", .LOC)])
        #expect(!u.map(\.0).contains("pusat data"))
    }

    /// Acronyms match in their own case only; ordinary words in any case.
    @Test func acronymsAreCaseSensitive() {
        let upper = TermTests.terms("Pusat itu memakai ribuan GPU.")
        #expect(upper.map(\.0).contains("GPU"))
        let lower = TermTests.terms("Kata gpu ditulis kecil.")
        #expect(!lower.map(\.0).contains("gpu"))
        let caps = TermTests.terms("KECERDASAN BUATAN")
        #expect(caps.map(\.0) == ["KECERDASAN BUATAN"])
    }

    /// Quotes glued to a word by the tokenizer are not part of the term.
    @Test func quotesAreNotPartOfTerms() {
        let t = TermTests.terms("“Data berlabel yang rapi adalah kunci,” katanya.")
        #expect(t.map(\.0) == ["Data berlabel"])
    }

    /// An English page gets no Indonesian terms (its `chip` and `model` are plain English).
    @Test func englishPagesAreLeftAlone() {
        let t = TermTests.terms("The company said that the new chip is faster and that the model was trained with it. This is the plan.")
        #expect(t.isEmpty)
        let id = TermTests.terms("Perusahaan itu memakai cip baru untuk melatih model dan bilang \"the chip is fast\".")
        #expect(id.map(\.0).contains("melatih"))
    }

    /// Look-alikes stay untouched in running text.
    @Test func lookAlikesInRunningText() {
        let t = TermTests.terms("Pemerintah memahami bahwa pelabuhan dan komputer biasanya terbiasa.")
        #expect(t.isEmpty)
    }
}
