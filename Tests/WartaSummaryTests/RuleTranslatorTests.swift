import Foundation
import Testing
import WartaCore
@testable import WartaSummary
import WartaTestSupport

/// The English renderer on hand-built documents (entities, quantities with English, terms), and
/// with empty layers.
@Suite struct RuleTranslatorTests {
    static let lexicon: Lexicon = {
        (try? Lexicon.load(config: TestSupport.config)) ?? Lexicon()
    }()

    /// Spans of `needle` in `text` (first occurrence), in code points.
    static func span(_ text: String, _ needle: String) -> Span {
        let r = text.range(of: needle)!
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
        return Span(start, start + needle.unicodeScalars.count)
    }

    static func document() -> AnnotatedDocument {
        let text = "Meta telah sepakat membayar US$14,8 miliar (sekitar Rp237 triliun) untuk 49% saham Scale AI, perusahaan pelabelan data tersebut, pada Juni 2025. \"Kami sangat senang,\" kata Alexandr Wang."
        var doc = AnnotatedDocument(id: "t", text: text)
        let s1end = span(text, "2025.").end
        doc.sentences = [Span(0, s1end), Span(s1end + 1, text.unicodeScalars.count)]
        func q(_ t: String, _ kind: QuantityKind, _ value: String, _ cur: String?, _ en: String) -> Quantity {
            Quantity(span: span(text, t), text: t, kind: kind, value: value, currency: cur, english: en)
        }
        doc.quantities = [q("US$14,8 miliar", .money, "14800000000", "USD", "US$14.8 billion"),
                          q("sekitar Rp237 triliun", .approximate, "237000000000000", "IDR", "about Rp237 trillion"),
                          q("49%", .percent, "49", nil, "49%"),
                          q("Juni 2025", .date, "2025-06", nil, "June 2025")].sorted { $0.span < $1.span }
        doc.entities = [Entity(span: span(text, "Meta"), text: "Meta", label: .ORG),
                        Entity(span: span(text, "Scale AI"), text: "Scale AI", label: .ORG),
                        Entity(span: span(text, "Alexandr Wang"), text: "Alexandr Wang", label: .PER)]
        doc.terms = [TermMatch(span: span(text, "pelabelan data"), text: "pelabelan data", lemma: "pelabelan data",
                               english: "data labeling", entry: "ai-0042")]
        return doc
    }

    @Test func statesTheFactsInEnglish() throws {
        let doc = Self.document()
        let en = try RuleTranslator(lexicon: Self.lexicon).english(doc, sentences: doc.sentences)
        for fact in ["Meta", "US$14.8 billion", "(about Rp237 trillion)", "49%", "Scale AI", "data labeling", "in June 2025",
                     "Alexandr Wang", "said", "paid"] {
            #expect(en.contains(fact), "missing \(fact) in: \(en)")
        }
        #expect(!en.contains("about about"))
        Self.expectNoIndonesian(en)
    }

    /// With no entity, quantity or term layers the renderer still converts numbers and keeps names.
    @Test func degradesWithEmptyLayers() throws {
        var doc = Self.document()
        doc.quantities = []; doc.entities = []; doc.terms = []
        let en = try RuleTranslator(lexicon: Self.lexicon).english(doc, sentences: doc.sentences)
        #expect(en.contains("14.8 billion"))
        #expect(en.contains("Rp237 trillion"))
        #expect(en.contains("Scale AI"))
        #expect(en.contains("Alexandr Wang"))
        Self.expectNoIndonesian(en)
    }

    /// Untranslatable common words are left out; word order follows English.
    @Test func wordOrderAndUnknownWords() throws {
        let text = "Perusahaan teknologi besar itu meluncurkan layanan baru zzzkata di Jakarta."
        var doc = AnnotatedDocument(id: "w", text: text)
        doc.sentences = [Span(0, text.unicodeScalars.count)]
        let en = try RuleTranslator(lexicon: Self.lexicon).english(doc, sentences: doc.sentences)
        #expect(en.hasPrefix("That large technology company launched"), "\(en)")
        #expect(en.contains("launched the new service"), "\(en)")
        #expect(en.contains("new service"), "\(en)")
        #expect(!en.contains("zzzkata"))
        #expect(en.hasSuffix("in Jakarta."))
    }

    @Test func indonesianDigitGroupingBecomesEnglish() {
        #expect(RuleTranslator.englishNumber("14,8") == "14.8")
        #expect(RuleTranslator.englishNumber("1.024") == "1,024")
        #expect(RuleTranslator.englishNumber("Rp12,5") == "Rp12.5")
    }

    @Test func morphologyFindsRoots() {
        #expect(Morphology.candidates("pendirinya").contains { $0.root == "pendiri" && $0.possessive })
        #expect(Morphology.candidates("dikembangkan").contains { $0.root == "kembang" && $0.form == .passive })
        #expect(Morphology.candidates("memilih").contains { $0.root == "pilih" })
        #expect(Morphology.candidates("anak-anak").first == .init(root: "anak", form: .plural, possessive: false))
    }

    static func expectNoIndonesian(_ en: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let leak = en.split(whereSeparator: { !$0.isLetter }).filter { IndonesianGuard.functionWords.contains($0.lowercased()) }
        #expect(leak.isEmpty, "Indonesian words \(leak) in: \(en)", sourceLocation: sourceLocation)
    }
}

@Suite struct CommandTranslatorTests {
    @Test func pipesSentencesThroughTheCommand() throws {
        let doc = RuleTranslatorTests.document()
        let en = try CommandTranslator(command: "tr a-z A-Z").english(doc, sentences: doc.sentences)
        #expect(en.hasPrefix("META TELAH SEPAKAT"))
        #expect(!en.contains("\n"))
    }

    @Test func failingCommandIsAStageError() {
        let doc = RuleTranslatorTests.document()
        #expect(throws: StageError.self) { try CommandTranslator(command: "exit 3").english(doc, sentences: doc.sentences) }
    }

    @Test func stageUsesTranslatorOption() throws {
        var config = TestSupport.config
        config.options["translator-cmd"] = "sed 's/^/EN: /'"
        let stage = try SummaryStage(config: config)
        var doc = RuleTranslatorTests.document()
        try stage.process(&doc)
        #expect(doc.summary?.english.hasPrefix("EN: ") == true)
    }
}

@Suite struct FactLineTests {
    /// Facts the rendered sentences left out close the summary; stated ones are not repeated.
    @Test func namesWhatTheSentencesMissed() {
        var doc = RuleTranslatorTests.document()
        doc.meta.title = "Meta Bertaruh Rp237 Triliun pada Scale AI"
        let line = FactLine.render(doc, stated: "Meta paid US$14.8 billion for 49% of Scale AI.", lexicon: RuleTranslatorTests.lexicon)
        #expect(line.hasPrefix("The article also names Alexandr Wang"), "\(line)")
        #expect(line.contains("about Rp237 trillion"))
        #expect(line.contains("Rp237 trillion"))
        #expect(!line.contains("US$14.8 billion"))
        #expect(line.hasSuffix("."))
    }

    @Test func headlineAmounts() {
        #expect(FactLine.titleFigures("Startup Raih Pendanaan Seri B US$45 Juta", lexicon: RuleTranslatorTests.lexicon) == ["US$45 million"])
        #expect(FactLine.titleFigures("Pusat Data AI Rp12,5 Triliun di Batam", lexicon: RuleTranslatorTests.lexicon) == ["Rp12.5 trillion"])
    }

    @Test func listsReadAsEnglish() {
        #expect(FactLine.list(["a"]) == "a")
        #expect(FactLine.list(["a", "b"]) == "a and b")
        #expect(FactLine.list(["a", "b", "c"]) == "a, b and c")
    }
}

@Suite struct RendererRuleTests {
    func render(_ text: String) -> String {
        RuleTranslator(lexicon: RuleTranslatorTests.lexicon).render(Piece.words(text))
    }

    @Test func datelineIsDropped() {
        #expect(render("Jakarta - Pemerintah meluncurkan program baru.") == "The government launched the new program.")
    }

    @Test func fromXToY() {
        let en = render("Jumlah pekerjanya melonjak dari 25 orang menjadi 1.200 orang.")
        #expect(en.contains("from 25 people to 1,200 people"), "\(en)")
    }

    @Test func pluralAfterNumbersAndYearsTakeIn() {
        let en = render("Perusahaan itu mempekerjakan 400 pekerja pada 2021.")
        #expect(en.contains("400 workers"), "\(en)")
        #expect(en.contains("in 2021"), "\(en)")
    }

    @Test func ministryNamesTakeTheArticle() {
        let en = render("Kementerian Komunikasi dan Digital merilis draf.")
        #expect(en.hasPrefix("The Ministry of Communication and Digital Affairs released"), "\(en)")
    }
}

@Suite struct LeakGuardTests {
    @Test func lastGuardRemovesIndonesianFunctionWords() {
        #expect(RuleTranslator.withoutIndonesian("Badan Riset dan Inovasi said so.") == "Badan Riset Inovasi said so.")
        #expect(RuleTranslator.withoutIndonesian("Meta paid US$14.8 billion.") == "Meta paid US$14.8 billion.")
    }

    /// With no entity layer, capitalised Indonesian words are not listed as names.
    @Test func surfaceNamesSkipIndonesianWords() {
        let text = "Komdigi merilis draf Peta Jalan AI Nasional bersama BRIN dan Lebih Luas."
        var doc = AnnotatedDocument(id: "s", text: text)
        doc.sentences = [Span(0, text.unicodeScalars.count)]
        let names = Fact.all(doc, lexicon: RuleTranslatorTests.lexicon).map(\.english)
        #expect(names.contains("BRIN"))
        #expect(!names.contains("Lebih"))
        #expect(!names.contains("Jalan"))
        let en = try? RuleTranslator(lexicon: RuleTranslatorTests.lexicon).english(doc, sentences: doc.sentences)
        RuleTranslatorTests.expectNoIndonesian(en ?? "")
    }
}

@Suite struct TitleRunTests {
    func render(_ text: String) -> String {
        RuleTranslator(lexicon: RuleTranslatorTests.lexicon).render(Piece.words(text))
    }

    /// Capitalised Indonesian titles read head-last in English.
    @Test func capitalisedTitlesAreReversed() {
        let en = render("Kementerian merilis draf Peta Jalan Kecerdasan Artifisial Nasional 2025-2030.")
        #expect(en.contains("National Artificial Intelligence Roadmap 2025-2030"), "\(en)")
    }

    /// A title followed by a name it cannot translate is a proper name and is not reordered.
    @Test func properNamesAreNotReversed() {
        let en = render("Tim dari Universitas Teknologi Nusantara merilis model.")
        #expect(!en.contains("Technology University"), "\(en)")
    }

    /// An organization entity with its acronym in brackets is translated when the lexicon knows it.
    @Test func organizationWithAcronym() throws {
        let text = "Kementerian Komunikasi dan Digital (Komdigi) merilis draf."
        var doc = AnnotatedDocument(id: "k", text: text)
        doc.sentences = [Span(0, text.unicodeScalars.count)]
        doc.entities = [Entity(span: RuleTranslatorTests.span(text, "Kementerian Komunikasi dan Digital (Komdigi)"),
                               text: "Kementerian Komunikasi dan Digital (Komdigi)", label: .ORG)]
        let en = try RuleTranslator(lexicon: RuleTranslatorTests.lexicon).english(doc, sentences: doc.sentences)
        #expect(en.hasPrefix("The Ministry of Communication and Digital Affairs (Komdigi) released"), "\(en)")
    }
}

@Suite struct InflectionTests {
    @Test func englishVerbAndNounForms() {
        #expect(Inflection.past("invest") == "invested")
        #expect(Inflection.past("plan") == "planned")
        #expect(Inflection.past("try") == "tried")
        #expect(Inflection.past("lead") == "led")
        #expect(Inflection.past("cut ties") == "cut ties")
        #expect(Inflection.participle("take", past: "took") == "taken")
        #expect(Inflection.gerund("earn") == "earning")
        #expect(Inflection.gerund("make") == "making")
        #expect(Inflection.gerund("plan") == "planning")
        #expect(Inflection.plural("company") == "companies")
        #expect(Inflection.plural("GPU") == "GPUs")
        #expect(Inflection.plural("person") == "people")
        #expect(Inflection.plural("people") == "people")
    }
}

@Suite struct SurfaceFactTests {
    /// Without an entity layer, consecutive capitalised unknown words form one name; headings
    /// (no closing punctuation) are never chosen for the English.
    @Test func namesAreRunsAndHeadingsAreSkipped() {
        let text = "Pusat data itu dibangun di Batam.\nDampak Besar bagi Industri\nDirektur utama Hendra Wijaya mengatakan kapasitas 60 persen sudah dipesan oleh pelanggan besar."
        var doc = AnnotatedDocument(id: "h", text: text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var pos = 0
        for l in lines { doc.sentences.append(Span(pos, pos + l.unicodeScalars.count)); pos += l.unicodeScalars.count + 1 }
        let names = Fact.all(doc, lexicon: RuleTranslatorTests.lexicon).map(\.english)
        #expect(names.contains("Hendra Wijaya"), "\(names)")
        #expect(!names.contains("Dampak"))
        let chosen = FactSentences.choose(doc, extract: [doc.sentences[0]])
        #expect(!chosen.contains(doc.sentences[1]))
        #expect(chosen.contains(doc.sentences[2]))
    }
}
