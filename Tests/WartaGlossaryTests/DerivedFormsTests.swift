import Foundation
import Testing
import WartaCore
import WartaGlossary
import WartaTestSupport

/// The morphology over `Fixtures/derived-forms.tsv` (written with the term base): each derived
/// form, alone as a text, must align to the entry whose lemma is `base`, or to nothing when
/// `base` is `-` (look-alikes such as `pelabuhan`, `memahami`, `komputer`).
@Suite struct DerivedFormsTests {
    static let rows: [(form: String, base: String, note: String)] = {
        let url = TestSupport.packageRoot.appendingPathComponent("Tests/WartaGlossaryTests/Fixtures/derived-forms.tsv")
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        return DataTable.parse(String(decoding: data, as: UTF8.self)).records.map {
            ($0["form"] ?? "", $0["base"] ?? "", $0["note"] ?? "")
        }
    }()

    @Test func fixtureIsLargeEnough() {
        #expect(Self.rows.count >= 200)
        #expect(Self.rows.filter { $0.base == "-" }.count >= 30)
    }

    @Test func everyDerivedFormAlignsToItsBase() {
        var wrong: [String] = []
        for row in Self.rows where row.base != "-" {
            let found = TermTests.terms(row.form)
            let ok = found.count == 1 && found[0].0 == row.form
                && (found[0].1 == row.base || TermTests.stage.matcher.trie.entries.contains {
                    $0.lemma == found[0].1 && $0.forms.contains(row.base) })
            if !ok { wrong.append("\(row.form) → \(found.map(\.1)) (want \(row.base); \(row.note))") }
        }
        #expect(wrong.isEmpty, Comment(rawValue: "\(wrong.count) wrong:\n" + wrong.joined(separator: "\n")))
    }

    @Test func lookAlikesAlignToNothing() {
        var wrong: [String] = []
        for row in Self.rows where row.base == "-" {
            let found = TermTests.terms(row.form)
            if !found.isEmpty { wrong.append("\(row.form) → \(found.map(\.1)) (\(row.note))") }
        }
        #expect(wrong.isEmpty, Comment(rawValue: "\(wrong.count) wrong:\n" + wrong.joined(separator: "\n")))
    }
}
