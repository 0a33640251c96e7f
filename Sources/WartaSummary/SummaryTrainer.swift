import Foundation

/// Learns `SummaryModel` weights: L2-regularised logistic regression, full-batch gradient descent
/// from zero weights in a fixed order, so the same data always gives the same model.
public struct SummaryTrainer: Sendable {
    /// One training document: per-sentence features, tokens, and whether the sentence is in the
    /// reference extract.
    public struct Example: Sendable {
        public var vectors: [[Double]]
        public var tokens: [[String]]
        public var labels: [Bool]
        public init(vectors: [[Double]], tokens: [[String]], labels: [Bool]) {
            self.vectors = vectors; self.tokens = tokens; self.labels = labels
        }
    }

    public var epochs = 400
    public var learningRate = 0.2
    public var l2 = 1.0
    /// Weights the regulariser pulls towards (empty: zero).
    public var prior: [Double] = []

    public init(epochs: Int = 400, learningRate: Double = 0.2, l2: Double = 1.0, prior: [Double] = []) {
        self.epochs = epochs; self.learningRate = learningRate; self.l2 = l2; self.prior = prior
    }

    /// Fits the weights on `examples`; the selection settings are copied from `base`.
    public func train(_ examples: [Example], base: SummaryModel = .lead) -> SummaryModel {
        let dim = SentenceFeatures.names.count
        // The regulariser pulls towards the prior (the lead prior by default), not towards zero:
        // with little data the model stays close to "earlier is better".
        let prior = prior.count == dim ? prior : [Double](repeating: 0, count: dim)
        var xs: [[Double]] = []
        var ys: [Double] = []
        for e in examples {
            for (v, l) in zip(e.vectors, e.labels) { xs.append(v); ys.append(l ? 1 : 0) }
        }
        var w = prior
        guard !xs.isEmpty else { return SummaryModel(weights: w, tokenBudget: base.tokenBudget,
                                                     minSentences: base.minSentences, maxSentences: base.maxSentences,
                                                     maxOverlap: base.maxOverlap) }
        let m = Double(xs.count)
        for _ in 0..<epochs {
            var g = [Double](repeating: 0, count: dim)
            for (x, y) in zip(xs, ys) {
                var z = 0.0
                for k in 0..<dim { z += w[k] * x[k] }
                let p = 1 / (1 + exp(-z))
                for k in 0..<dim { g[k] += (p - y) * x[k] }
            }
            // Gradient step on the data term, then the proximal (closed-form) step of the L2 term,
            // which is stable for any strength.
            let shrink = learningRate * l2 / m
            for k in 0..<dim {
                w[k] -= learningRate * g[k] / m
                if k > 0 { w[k] = (w[k] + shrink * prior[k]) / (1 + shrink) }
            }
        }
        return SummaryModel(weights: w, tokenBudget: base.tokenBudget, minSentences: base.minSentences,
                            maxSentences: base.maxSentences, maxOverlap: base.maxOverlap)
    }

    /// Labels our sentences from the reference's extract: a sentence is positive when most of its
    /// words form a reference-extract sentence (sentence splits need not agree exactly).
    public static func labels(sentences: [[String]], reference: [[String]]) -> [Bool] {
        let refs = reference.map { Set($0) }
        return sentences.map { t in
            let s = Set(t)
            guard !s.isEmpty else { return false }
            return refs.contains { r in
                let inter = Double(s.intersection(r).count)
                return inter / Double(s.count) >= 0.7 && inter / Double(max(r.count, 1)) >= 0.5
            }
        }
    }
}
