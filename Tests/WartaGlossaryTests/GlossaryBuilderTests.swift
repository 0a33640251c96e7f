import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import WartaCore
import WartaGlossary
import WartaTestSupport

/// `warta glossary build`'s core: known entries, mined candidates, and the four writers.
@Suite struct GlossaryBuilderTests {
    static let texts = [
        "Perusahaan itu menawarkan jasa pelabelan data. Tim memakai teknik penyulingan pengetahuan (knowledge distillation) untuk memampatkan model.",
        "Sistem ZTNA kini dipakai bank. Kontraktor pertahanan juga memakai ZTNA. Jasa pelabelan data tumbuh.",
        "Para kontraktor pertahanan menilai kontraktor pertahanan lokal masih kecil.",
        "Operator menargetkan efektivitas penggunaan daya (PUE) rendah; PUE itu dilaporkan tiap bulan. PUE baru diukur.",
    ]

    static let lexicon: GlossaryLexicon = {
        do { return try GlossaryLexicon(config: TestSupport.config) } catch { fatalError("\(error)") }
    }()

    static let rows: [GlossaryRow] = (try? build()) ?? []

    static func build() throws -> [GlossaryRow] {
        var builder = GlossaryBuilder(entries: TermTests.stage.matcher.trie.entries, lexicon: lexicon)
        for (i, t) in texts.enumerated() {
            var doc = TermTests.document(t)
            try TermTests.stage.process(&doc)
            _ = i
            builder.add(doc)
        }
        return builder.rows(minFrequency: 1)
    }

    @Test func knownEntriesCarryFrequencyFormsAndExample() throws {
        let rows = Self.rows
        let r = try #require(rows.first { $0.term == "pelabelan data" })
        #expect(r.kind == .known && r.english == "data labeling" && r.frequency == 2)
        #expect(r.example == "Perusahaan itu menawarkan jasa pelabelan data.")
        #expect(r.entry != nil)
    }

    @Test func parentheticalGlossBecomesACandidate() throws {
        let rows = Self.rows
        let r = try #require(rows.first { $0.kind == .gloss })
        #expect(r.term == "penyulingan pengetahuan")
        #expect(r.english == "knowledge distillation")
    }

    /// An acronym glossed after a known term joins the entry's forms instead of being new.
    @Test func acronymOfAKnownTermJoinsItsEntry() throws {
        let rows = Self.rows
        let r = try #require(rows.first { $0.term == "efektivitas penggunaan daya" })
        #expect(r.forms.contains("PUE"))
        #expect(!rows.contains { $0.kind == .acronym && $0.term == "PUE" })
    }

    @Test func acronymsAndMultiwordPhrases() throws {
        let rows = Self.rows
        #expect(rows.contains { $0.kind == .acronym && $0.term == "ZTNA" && $0.frequency == 2 })
        let m = try #require(rows.first { $0.kind == .multiword && $0.term == "kontraktor pertahanan" })
        #expect(m.frequency == 3)
        #expect(m.english == "defense contractor")
        #expect(m.confidence > 0 && m.confidence < 1)
    }

    @Test func writersProduceTheirFormats() throws {
        let rows = Self.rows
        let tsv = GlossaryFormat.tsv.render(rows).split(separator: "\n")
        #expect(tsv.first?.hasPrefix("term\tenglish\tkind") == true)
        #expect(tsv.count == rows.count + 1)
        #expect(tsv.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 11 })
        let omegat = GlossaryFormat.omegat.render(rows).split(separator: "\n")
        #expect(omegat.count == rows.count)
        #expect(omegat.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 3 })
        let csv = GlossaryFormat.csv.render(rows)
        #expect(csv.hasPrefix("id,en,pos,description\r\n"))
        let tbx = GlossaryFormat.tbx.render(rows + [GlossaryRow(term: "a & b <c>", english: "\"q\"", kind: .gloss,
                                                                 frequency: 1, confidence: 0.5)])
        #expect(tbx.contains("<tbx type=\"TBX-Basic\" style=\"dca\""))
        #expect(tbx.contains("a &amp; b &lt;c&gt;"))
        let parser = XMLParser(data: Data(tbx.utf8))
        #expect(parser.parse(), "TBX is not well-formed: \(String(describing: parser.parserError))")
    }
}
