import Foundation
import WartaCore

/// Entity-level precision/recall/F1 on gold tokens (conlleval semantics: exact span and type,
/// micro-averaged), with predicted spans mapped onto gold tokens the way the shared evaluation
/// (`run_warta.py ner`) does it.
public struct EntityScore: Sendable, CustomStringConvertible {
    public var truePositives = 0
    public var predicted = 0
    public var gold = 0
    /// Per type: (tp, predicted, gold).
    public var byType: [EntityLabel: (Int, Int, Int)] = [:]

    public init() {}

    public var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Adds one sentence: gold tags and predicted code-point spans on `sentence.text`.
    public mutating func add(_ sentence: LabeledSentence, predicted spans: [(Span, EntityLabel)],
                             types: Set<EntityLabel>? = nil) {
        let tokSpans = sentence.tokenSpans
        var tags = [Int](repeating: 0, count: tokSpans.count)
        for (span, label) in spans {
            let idx = tokSpans.indices.filter { tokSpans[$0].start < span.end && span.start < tokSpans[$0].end }
            guard !idx.isEmpty, idx.allSatisfy({ tags[$0] == 0 }) else { continue }
            let t = BIOLabels.types.firstIndex(of: label)!
            for (j, k) in idx.enumerated() { tags[k] = j == 0 ? 1 + 2 * t : 2 + 2 * t }
        }
        func keep(_ c: (Int, Int, Int)) -> Bool { types?.contains(BIOLabels.types[c.2]) ?? true }
        let g = sentence.chunks.filter(keep)
        let p = BIOLabels.chunks(tags).filter(keep)
        var goldSet = Set<[Int]>()
        for c in g { goldSet.insert([c.0, c.1, c.2]) }
        gold += g.count; predicted += p.count
        for c in g { byType[BIOLabels.types[c.2], default: (0, 0, 0)].2 += 1 }
        for c in p {
            let label = BIOLabels.types[c.2]
            byType[label, default: (0, 0, 0)].1 += 1
            if goldSet.contains([c.0, c.1, c.2]) { truePositives += 1; byType[label, default: (0, 0, 0)].0 += 1 }
        }
    }

    public var description: String {
        var parts = [String(format: "F1=%.2f P=%.2f R=%.2f", f1 * 100, precision * 100, recall * 100)]
        for label in BIOLabels.types {
            guard let (tp, p, g) = byType[label], g + p > 0 else { continue }
            let pr = p == 0 ? 0 : Double(tp) / Double(p), rc = g == 0 ? 0 : Double(tp) / Double(g)
            let f = pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc)
            parts.append(String(format: "%@ %.1f", label.rawValue, f * 100))
        }
        return parts.joined(separator: " | ")
    }
}
