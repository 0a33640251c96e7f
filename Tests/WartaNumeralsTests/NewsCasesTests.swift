import Foundation
import Testing
import WartaCore
import WartaNumerals
import WartaTestSupport

/// Scores the stage on gold documents in the numerals scorer's format, the way
/// `shared/eval/numerals/score.py` does: full F1 (offsets + kind class + value + currency) and
/// must_not violations.
struct NumeralScore {
    var gold = 0, predicted = 0, correct = 0, violations = 0
    var errors: [String] = []
    var f1: Double {
        let p = predicted == 0 ? 0 : Double(correct) / Double(predicted)
        let r = gold == 0 ? 0 : Double(correct) / Double(gold)
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    static func kindClass(_ k: String) -> String {
        ["cardinal", "decimal", "fraction", "number"].contains(k) ? "number" : k
    }

    static func sameValue(_ g: Any?, _ p: String?) -> Bool {
        let gs = g.map { "\($0)" }
        guard let gs, let p else { return gs == nil && p == nil }
        if let a = Double(gs), let b = Double(p) { return abs(a - b) <= 1e-9 * max(1, abs(a)) }
        return gs.lowercased() == p.lowercased()
    }

    mutating func add(document d: [String: Any], predictions: [Quantity]) {
        let spans = d["spans"] as? [[String: Any]] ?? []
        let optional = d["optional"] as? [[String: Any]] ?? []
        let mustNot = d["must_not"] as? [[String: Any]] ?? []
        func range(_ s: [String: Any]) -> Span { Span(s["start"] as! Int, s["end"] as! Int) }
        let preds = predictions.filter { q in !optional.contains { range($0).overlaps(q.span) } }
        gold += spans.count
        predicted += preds.count
        for q in preds where mustNot.contains(where: { range($0).overlaps(q.span) }) {
            violations += 1
            errors.append("\(d["id"]!) MUST_NOT \(q.text)")
        }
        for g in spans {
            guard let q = preds.first(where: { $0.span == range(g) }) else {
                errors.append("\(d["id"]!) MISSED \(g["text"]!)")
                continue
            }
            var ok = Self.kindClass(g["kind"] as! String) == Self.kindClass(q.kind.rawValue)
            if g["min"] != nil || g["max"] != nil {
                ok = ok && Self.sameValue(g["min"], q.min) && Self.sameValue(g["max"], q.max)
            } else {
                ok = ok && Self.sameValue(g["value"], q.value)
            }
            ok = ok && (g["currency"] as? String) == q.currency
            if ok { correct += 1 } else { errors.append("\(d["id"]!) WRONG \(q.text) \(q.kind) \(q.value ?? "") \(q.currency ?? "")") }
        }
    }

    static func run(_ path: String) throws -> NumeralScore {
        let stage = try NumeralStage(config: TestSupport.config)
        var score = NumeralScore()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for line in text.split(separator: "\n") where !line.isEmpty {
            let d = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            score.add(document: d, predictions: stage.quantities(in: d["text"] as! String))
        }
        return score
    }
}

@Suite struct NewsCasesTests {
    /// Our own news-style sentences (Fixtures/news-cases.txt → .jsonl): full F1 ≥ 0.97, no identifier read.
    @Test func newsSentencesScoreAboveTarget() throws {
        let score = try NumeralScore.run(TestSupport.path("Tests/WartaNumeralsTests/Fixtures/news-cases.jsonl"))
        #expect(score.gold >= 200)
        #expect(score.f1 >= 0.97, "full F1 \(score.f1); \(score.errors.prefix(20).joined(separator: "\n"))")
        #expect(score.violations == 0, "\(score.errors.filter { $0.contains("MUST_NOT") })")
    }

    /// The 2,000 num2words phrases of the shared eval data, when it is beside the package.
    @Test func numberWordPhrasesOfSharedData() throws {
        guard let shared = TestSupport.sharedFolder else { return }
        let path = shared.appendingPathComponent("eval/numerals/num2words-id-2000.jsonl").path
        guard FileManager.default.fileExists(atPath: path) else { return }
        let score = try NumeralScore.run(path)
        #expect(score.f1 >= 0.995, "\(score.errors.prefix(10))")
    }
}
