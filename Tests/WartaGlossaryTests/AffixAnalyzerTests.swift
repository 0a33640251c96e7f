import Testing
import WartaGlossary

/// The affix analyser on its own, with a small lexicon: nasal alternation, confixes, clitics,
/// reduplication, and refusal when the base is unknown.
@Suite struct AffixAnalyzerTests {
    static let lexicon: Set<String> = ["latih", "proses", "tulis", "pilih", "komputasi", "simpan", "cek",
                                       "investasi", "label", "risiko", "ajar", "retas", "model", "klaim", "transfer"]

    static func bases(_ word: String) -> [String] {
        AffixAnalyzer.analyses(of: word) { lexicon.contains($0) }.map(\.base)
    }

    @Test(arguments: [
        ("melatih", "latih"), ("memproses", "proses"), ("menulis", "tulis"), ("memilih", "pilih"),
        ("mengomputasi", "komputasi"), ("menyimpan", "simpan"), ("mengecek", "cek"),
        ("menginvestasikan", "investasi"), ("dilabeli", "label"), ("berisiko", "risiko"),
        ("belajar", "ajar"), ("teretas", "retas"), ("mengklaim", "klaim"), ("mentransfer", "transfer"),
        ("pemrosesan", "proses"), ("penyimpanan", "simpan"), ("pelatihannya", "latih"), ("retasan", "retas"),
        ("diprosesnya", "proses"), ("model-model", "model"), ("model-modelnya", "model"),
        ("dilatihlah", "latih"), ("memperlabelkan", "label"),
    ])
    func analysesReachTheBase(_ word: String, _ base: String) {
        #expect(Self.bases(word).contains(base), "\(word)")
    }

    @Test(arguments: ["pelabuhan", "memang", "dilema", "beranda", "kelapa", "komputer", "prosesi", "labil"])
    func unknownBasesAreRefused(_ word: String) {
        #expect(Self.bases(word).isEmpty, "\(word)")
    }

    @Test func segmentationKinds() {
        let a = AffixAnalyzer.analyses(of: "pelatihan") { Self.lexicon.contains($0) }
        #expect(a.first?.segmentation.kind == .nominal)
        #expect(a.first?.segmentation.describe(base: "latih") == "peN- + latih + -an")
        let v = AffixAnalyzer.analyses(of: "dilatihkan") { Self.lexicon.contains($0) }
        #expect(v.first?.segmentation.kind == .verbal)
    }
}

/// Loanword respelling proposes English only when an English dictionary knows the result.
@Suite struct LoanwordRespellingTests {
    static let english: Set<String> = ["external", "exposure", "quantization", "competitive", "technology", "university"]

    @Test(arguments: [("eksternal", "external"), ("eksposur", "exposure"), ("kuantisasi", "quantization"),
                      ("kompetitif", "competitive"), ("teknologi", "technology"), ("universitas", "university")])
    func respells(_ word: String, _ expected: String) {
        #expect(LoanwordRespelling.english(for: word) { Self.english.contains($0) } == expected)
    }

    @Test func unknownResultsAreRefused() {
        #expect(LoanwordRespelling.english(for: "pelabuhan") { Self.english.contains($0) } == nil)
    }
}
