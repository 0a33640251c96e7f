import Testing
import WartaCore
@testable import WartaEntities
import WartaTestSupport

@Suite struct GazetteerTests {
    static let shipped = try! Gazetteer.load(config: TestSupport.config, stage: "entities")

    func hits(_ g: Gazetteer, _ text: String, exact: Bool = true) -> [(String, UInt8)] {
        let (toks, found) = TokenInfo.tokens(of: text)
        var infos = found
        g.mark(&infos)
        let scalars = Array(text.unicodeScalars)
        return zip(toks, infos).map { (t, i) in
            (String(String.UnicodeScalarView(scalars[Int(t.start)..<Int(t.end)])), exact ? i.gazExact : i.gazLower)
        }
    }

    @Test func longestMatchWinsAndCaseMatters() {
        var g = Gazetteer()
        g.add("Google", label: .ORG)
        g.add("Google DeepMind", label: .ORG)
        g.add("Llama 4", label: .PRODUCT)
        let h = hits(g, "Google DeepMind dan Llama 4 , bukan llama 4")
        let org = UInt8(1 + 2 * 1), product = UInt8(1 + 2 * 3)
        #expect(h.map(\.1) == [org, org + 1, 0, product, product + 1, 0, 0, 0, 0])
        let lower = hits(g, "google deepmind", exact: false)
        #expect(lower.map(\.1) == [org, org + 1])
    }

    @Test func shippedListsLoadAndCoverTheIssuesExamples() {
        let g = Self.shipped
        #expect(g.count > 700)
        let text = "Meta Scale AI OpenAI Anthropic Nvidia Google DeepMind Microsoft Indosat Ooredoo Hutchison GoTo Telkomsel Kata.ai Nodeflux Kominfo Komdigi BRIN OJK"
        #expect(hits(g, text).allSatisfy { $0.1 != 0 })
        let products = hits(g, "ChatGPT Llama 4 Gemini Claude H100 WhatsApp Sahabat-AI")
        #expect(products.allSatisfy { $0.1 == 7 || $0.1 == 8 })
        #expect(hits(g, "Batam Kepulauan Riau Jawa Barat Makassar").allSatisfy { $0.1 == 5 || $0.1 == 6 })
    }

    /// Data check: every gazetteer file has the `name` header and no name is listed twice.
    @Test func gazetteerFilesAreClean() throws {
        for (file, _) in Gazetteer.files {
            let table = try DataTable.load("entities/\(file)", config: TestSupport.config, stage: "entities")
            #expect(table.header == ["name"], "\(file)")
            let names = table.rows.map { $0[0] }
            #expect(names.allSatisfy { !$0.isEmpty && $0 == $0.trimmingCharacters(in: .whitespaces) }, "\(file)")
            #expect(Set(names).count == names.count, "\(file) lists a name twice")
        }
    }
}
