import Foundation
import Testing
import Warta
import WartaTestSupport

/// Entity F1 on AI-industry news sentences written for these tests (`ai-news.gold.conll`, CoNLL,
/// conventions of `../shared/eval/ner/README.md`; never used in training), through the whole
/// pipeline as the shared evaluation runs it: tokens joined by spaces, spans mapped back to tokens.
@Suite struct AINewsGoldTests {
    static let gold: [LabeledSentence] = {
        let url = TestSupport.packageRoot.appendingPathComponent("Tests/WartaEntitiesTests/ai-news.gold.conll")
        return (try? LabeledSentence.readCoNLL(url)) ?? []
    }()

    @Test func goldFileHasEnoughSentencesOfEveryType() {
        #expect(Self.gold.count >= 40)
        let tags = Set(Self.gold.flatMap(\.tags))
        for label in EntityLabel.allCases {
            let begin = 1 + 2 * BIOLabels.types.firstIndex(of: label)!
            #expect(tags.contains(begin), "no \(label.rawValue) in the gold file")
        }
    }

    @Test func taggerScoresWellOnAINews() throws {
        LibXML2.initialize()
        let pipeline = try StageRegistry.pipeline(["entities"], config: TestSupport.config)
        var all = EntityScore(), core = EntityScore()
        for (i, s) in Self.gold.enumerated() {
            let text = s.text
            guard case .document(let doc) = pipeline.run(InputRecord(id: "s\(i)", payload: .text(text))) else {
                Issue.record("sentence \(i) failed"); continue
            }
            TestSupport.checkInvariants(doc)
            let spans = doc.entities.map { ($0.span, $0.label) }
            all.add(s, predicted: spans)
            core.add(s, predicted: spans, types: [.PER, .ORG, .LOC])
        }
        print("AI-news gold, all types: \(all)")
        print("AI-news gold, PER/ORG/LOC: \(core)")
        #expect(all.gold >= 100)
        #expect(all.f1 >= 0.85)
        #expect(core.f1 >= 0.85)
    }
}
