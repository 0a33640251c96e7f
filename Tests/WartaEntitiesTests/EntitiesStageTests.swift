import Testing
import WartaCore
import WartaTestSupport

@Suite struct EntitiesStageTests {
    static let seed = "Meta telah sepakat membayar US$14,8 miliar untuk 49% saham Scale AI, sebuah perusahaan data kecerdasan buatan terkemuka. Pendiri Scale yang berusia 28 tahun, Alexandr Wang, akan bergabung dengan Meta."

    func entities(_ text: String) throws -> [(String, String)] {
        let doc = try TestSupport.annotate(text, stages: ["entities"])
        TestSupport.checkInvariants(doc)
        return doc.entities.map { ($0.text, $0.label.rawValue) }
    }

    /// The stage runs on a seed paragraph and leaves a consistent document.
    @Test func runsOnSeedTextWithConsistentSpans() throws {
        let doc = try TestSupport.annotate(Self.seed, stages: ["entities"])
        #expect(doc.layers.contains(.sentences))
        #expect(doc.text == Self.seed)
        TestSupport.checkInvariants(doc)
    }

    @Test func findsTheSeedParagraphsNames() throws {
        let found = try entities(Self.seed)
        #expect(found.contains { $0 == ("Meta", "ORG") })
        #expect(found.contains { $0 == ("Scale AI", "ORG") })
        #expect(found.contains { $0 == ("Alexandr Wang", "PER") })
        // Money is a quantity, never an entity.
        #expect(!found.contains { $0.0.contains("14,8") })
    }

    /// PER is the name only: titles stay outside.
    @Test func personIsTheNameOnly() throws {
        let found = try entities("CEO OpenAI Sam Altman bertemu Menteri Komunikasi dan Digital Meutya Hafid di Jakarta.")
        #expect(found.contains { $0 == ("Sam Altman", "PER") })
        #expect(found.contains { $0 == ("Meutya Hafid", "PER") })
        #expect(found.contains { $0 == ("OpenAI", "ORG") })
        #expect(found.contains { $0 == ("Jakarta", "LOC") })
        #expect(!found.contains { $0.0.hasPrefix("CEO") || $0.0.hasPrefix("Menteri") })
    }

    @Test func labelsProducts() throws {
        let found = try entities("Meta merilis Llama 4, sementara Nvidia menjual chip H100 dan pengguna WhatsApp terus bertambah.")
        #expect(found.contains { $0 == ("Llama 4", "PRODUCT") })
        #expect(found.contains { $0 == ("H100", "PRODUCT") })
        #expect(found.contains { $0 == ("WhatsApp", "PRODUCT") })
        #expect(found.contains { $0 == ("Nvidia", "ORG") })
    }

    /// Non-ASCII text, several paragraphs, a line without a sentence mark: spans stay in code points.
    @Test func offsetsAreCodePointsOnNonASCIIText() throws {
        let text = "Renée Halim — pendiri Lintas Nalar — berbicara di Bandung.\n\n“Kami optimistis,” kata Bagus Nugroho dari Telkomsel\nJudul tanpa titik"
        let doc = try TestSupport.annotate(text, stages: ["entities"])
        TestSupport.checkInvariants(doc)
        let found = doc.entities.map(\.text)
        #expect(found.contains("Bandung"))
        #expect(found.contains("Telkomsel"))
        for e in doc.entities { #expect(Array(text.unicodeScalars)[e.span.start..<e.span.end].map(String.init).joined() == e.text) }
    }

    @Test func entitiesNeverOverlapAndAreSorted() throws {
        let text = String(repeating: "Presiden Prabowo Subianto meminta Kementerian Komunikasi dan Digital (Komdigi) dan BRIN bekerja sama dengan Google, Microsoft dan Nvidia di Batam, Kepulauan Riau. ", count: 5)
        let doc = try TestSupport.annotate(text, stages: ["entities"])
        TestSupport.checkInvariants(doc)
        #expect(doc.entities.count >= 20)
        for (a, b) in zip(doc.entities, doc.entities.dropFirst()) { #expect(a.span.end <= b.span.start) }
    }

    @Test func emptyAndPunctuationOnlyTextsGiveNoEntities() throws {
        #expect(try entities("").isEmpty)
        #expect(try entities("... ,,, !!! (( ))").isEmpty)
        #expect(try entities("   \n\n  ").isEmpty)
    }
}
