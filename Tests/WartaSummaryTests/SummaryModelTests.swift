import Testing
import WartaCore
@testable import WartaSummary

@Suite struct SummaryModelTests {
    @Test func fileFormatRoundTrips() {
        var w = [Double](repeating: 0, count: SentenceFeatures.names.count)
        w[1] = 1.25; w[5] = -0.5
        let m = SummaryModel(weights: w, tokenBudget: 42, minSentences: 2, maxSentences: 3, maxOverlap: 0.5)
        let back = SummaryModel.parse(m.serialized(comment: "test"))
        #expect(back == m)
    }

    /// Selection stops at the token budget, skips near-duplicates and returns document order.
    @Test func selectionHonoursBudgetAndRedundancy() {
        let m = SummaryModel(weights: [0, 0, 0, 0, 0, 0, 1] + [Double](repeating: 0, count: SentenceFeatures.names.count - 7),
                             tokenBudget: 12)
        let tokens = [["a", "b", "c", "d", "e"], ["a", "b", "c", "d", "e"], ["f", "g", "h", "i", "j", "k"],
                      ["l", "m", "n", "o", "p"], ["q", "r", "s", "t", "u"]]
        let vectors = (0..<5).map { i -> [Double] in
            var v = [Double](repeating: 0, count: SentenceFeatures.names.count); v[6] = 1 / Double(i + 1); return v
        }
        #expect(m.select(vectors: vectors, tokens: tokens) == [0, 2, 3])
    }

    /// Training is deterministic and learns that the labelled position matters.
    @Test func trainerIsDeterministicAndLearnsPosition() {
        func example() -> SummaryTrainer.Example {
            let vs = (0..<6).map { i -> [Double] in
                var v = [Double](repeating: 0, count: SentenceFeatures.names.count)
                v[0] = 1; if i < 5 { v[1 + i] = 1 }; return v
            }
            return SummaryTrainer.Example(vectors: vs, tokens: vs.map { _ in ["x"] }, labels: [true, true, false, false, false, false])
        }
        let t = SummaryTrainer(epochs: 100)
        let a = t.train([example(), example()]), b = t.train([example(), example()])
        #expect(a == b)
        #expect(a.weights[1] > 0 && a.weights[3] < a.weights[1])
    }

    /// A strong pull towards the lead prior keeps the prior's weights.
    @Test func priorRegularisation() {
        let vs = (0..<4).map { i -> [Double] in
            var v = [Double](repeating: 0, count: SentenceFeatures.names.count); v[0] = 1; v[6] = 1 / Double(i + 1); return v
        }
        let ex = SummaryTrainer.Example(vectors: vs, tokens: vs.map { _ in ["x"] }, labels: [false, false, false, true])
        let pulled = SummaryTrainer(epochs: 200, l2: 1e4, prior: SummaryModel.lead.weights).train([ex])
        #expect(abs(pulled.weights[6] - 5) < 0.1)
        let free = SummaryTrainer(epochs: 200, l2: 0).train([ex])
        #expect(free.weights[6] < 1)
    }

    /// Labels come from the reference sentences even when splits differ slightly.
    @Test func labelsMatchReferenceSentences() {
        let ours = [["gempa", "mengguncang", "tasikmalaya", "jumat"], ["dua", "orang", "tewas"]]
        let ref = [["gempa", "mengguncang", "tasikmalaya", "jumat", "malam"]]
        #expect(SummaryTrainer.labels(sentences: ours, reference: ref) == [true, false])
    }

    @Test func rougeMatchesHandCount() {
        #expect(abs(Rouge.f1("a b c d", "a b x", n: 1) - 2 * (0.5 * 2.0 / 3.0) / (0.5 + 2.0 / 3.0)) < 1e-9)
        #expect(Rouge.f1("", "a", n: 1) == 0)
    }
}
