import Foundation
import WartaCore

/// A linear sentence scorer (logistic regression over `SentenceFeatures`) plus the selection
/// settings: a token budget, a sentence range, and a redundancy threshold.
///
/// Stored as a TSV (`Glossary/summary/model.tsv`): `# key=value` settings lines, then
/// `feature<TAB>weight` rows. Unknown features are ignored; missing ones weigh zero.
public struct SummaryModel: Sendable, Equatable {
    /// Weights in `SentenceFeatures.names` order.
    public var weights: [Double]
    /// Stop adding sentences once the extract has this many word tokens.
    public var tokenBudget: Int
    public var minSentences: Int
    public var maxSentences: Int
    /// A candidate whose word set shares more than this share with a chosen sentence is skipped.
    public var maxOverlap: Double

    public init(weights: [Double], tokenBudget: Int = 50, minSentences: Int = 2, maxSentences: Int = 4,
                maxOverlap: Double = 0.6) {
        self.weights = weights; self.tokenBudget = tokenBudget; self.minSentences = minSentences
        self.maxSentences = maxSentences; self.maxOverlap = maxOverlap
    }

    /// The lead prior alone: the first sentences first (used when no model file is shipped).
    public static var lead: SummaryModel {
        var w = [Double](repeating: 0, count: SentenceFeatures.names.count)
        w[SentenceFeatures.names.firstIndex(of: "inv_pos")!] = 5
        return SummaryModel(weights: w)
    }

    /// The score of one feature vector (the logit).
    public func score(_ v: [Double]) -> Double {
        var s = 0.0
        for i in 0..<min(v.count, weights.count) { s += v[i] * weights[i] }
        return s
    }

    /// Chooses sentence indices (in document order): best-scored first, skipping fragments and
    /// near-duplicates, until the token budget or the sentence cap is reached.
    public func select(vectors: [[Double]], tokens: [[String]]) -> [Int] {
        let n = vectors.count
        guard n > 0 else { return [] }
        let scores = vectors.map(score)
        let order = (0..<n).sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        var chosen: [Int] = []
        var sets: [Set<String>] = []
        var total = 0
        for i in order {
            if chosen.count >= maxSentences || (total >= tokenBudget && chosen.count >= minSentences) { break }
            if tokens[i].count < 4 && n > minSentences { continue }
            let set = Set(tokens[i])
            if sets.contains(where: { Double($0.intersection(set).count) / Double(max(set.count, 1)) > maxOverlap }) { continue }
            chosen.append(i); sets.append(set); total += tokens[i].count
        }
        if chosen.isEmpty { chosen = Array(0..<min(n, minSentences)) }
        return chosen.sorted()
    }

    // MARK: File format

    /// Parses the model TSV.
    public static func parse(_ text: String) -> SummaryModel {
        var m = SummaryModel(weights: [Double](repeating: 0, count: SentenceFeatures.names.count))
        for line in text.split(separator: "\n") {
            if line.hasPrefix("#") {
                let kv = line.dropFirst().trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                guard kv.count == 2 else { continue }
                let v = String(kv[1]).trimmingCharacters(in: .whitespaces)
                switch kv[0].trimmingCharacters(in: .whitespaces) {
                case "token_budget": m.tokenBudget = Int(v) ?? m.tokenBudget
                case "min_sentences": m.minSentences = Int(v) ?? m.minSentences
                case "max_sentences": m.maxSentences = Int(v) ?? m.maxSentences
                case "max_overlap": m.maxOverlap = Double(v) ?? m.maxOverlap
                default: break
                }
                continue
            }
            let cells = line.split(separator: "\t")
            guard cells.count >= 2, let i = SentenceFeatures.names.firstIndex(of: String(cells[0])),
                  let w = Double(cells[1]) else { continue }
            m.weights[i] = w
        }
        return m
    }

    /// The model TSV (deterministic: fixed order, fixed precision).
    public func serialized(comment: String = "") -> String {
        var s = "# Warta summary model: logistic sentence scorer over SentenceFeatures.\n"
        if !comment.isEmpty { s += comment.split(separator: "\n").map { "# " + $0 }.joined(separator: "\n") + "\n" }
        s += "# token_budget=\(tokenBudget)\n# min_sentences=\(minSentences)\n# max_sentences=\(maxSentences)\n"
        s += "# max_overlap=\(String(format: "%.2f", maxOverlap))\nfeature\tweight\n"
        for (name, w) in zip(SentenceFeatures.names, weights) { s += "\(name)\t\(String(format: "%.6f", w))\n" }
        return s
    }

    /// Loads the model file from the data folder (`summary/model.tsv`); the lead prior when absent.
    public static func load(config: StageConfig) throws(StageError) -> SummaryModel {
        if let path = config.options["summary-model"] {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw StageError(stage: "summary", kind: "missing-data", message: "cannot read summary model \(path)")
            }
            return parse(String(decoding: data, as: UTF8.self))
        }
        guard let dir = config.dataDirectory,
              let data = FileManager.default.contents(atPath: dir.appendingPathComponent("summary/model.tsv").path)
        else { return .lead }
        return parse(String(decoding: data, as: UTF8.self))
    }
}
