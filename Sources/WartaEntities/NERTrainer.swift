import Foundation
import WartaCore

/// Trains the entity tagger from CoNLL data: the public API behind `warta train ner`.
///
/// Deterministic: the only randomness is the per-epoch shuffle, drawn from `SplitMix64(seed)`.
public struct NERTrainer: Sendable {
    public struct Options: Sendable {
        public var epochs = 20
        public var seed: UInt64 = 1
        /// Bits of the hashed feature space (`2^bits` buckets).
        public var bits = 21
        /// Drop averaged weights whose magnitude never exceeds this (smaller model file).
        public var prune: Float = 0
        /// Independent runs (seeds `seed`, `seed+1`, …) whose averaged weights are averaged again:
        /// a cheap ensemble that removes most of the perceptron's dependence on example order.
        public var runs = 5
        /// `crf` (averaged SGD on the CRF likelihood) or `perceptron`.
        public var algorithm = "crf"
        /// CRF learning rate and L2 strength.
        public var rate: Float = 0.1
        public var l2: Float = 2e-3
        public init() {}
    }

    /// A model ready to ship: its bytes and the decoded model.
    public struct Result: Sendable {
        public let bytes: [UInt8]
        public let model: LinearChainModel
    }

    public let options: Options
    let gazetteer: Gazetteer
    let clusters: WordClusters
    /// Quantity spans of a sentence text (the numerals stage), or nil to train without them.
    let quantities: (@Sendable (String) -> [Span])?

    /// A trainer using the gazetteers and clusters of the data folder of `config`.
    public init(config: StageConfig, options: Options, quantities: (@Sendable (String) -> [Span])? = nil) throws(StageError) {
        self.options = options
        gazetteer = try Gazetteer.load(config: config, stage: "entities")
        clusters = config.dataDirectory.map { WordClusters.load(url: $0.appendingPathComponent("entities/clusters.tsv")) } ?? WordClusters()
        self.quantities = quantities
    }

    /// A tagger for a model trained by this trainer (same gazetteer and clusters).
    public func tagger(for model: LinearChainModel) -> EntityTagger {
        EntityTagger(model: model, gazetteer: gazetteer, clusters: clusters)
    }

    /// Entity scores of a tagger on gold sentences.
    public func evaluate(_ tagger: EntityTagger, on sentences: [LabeledSentence], types: Set<EntityLabel>? = nil) -> EntityScore {
        var score = EntityScore()
        for s in sentences {
            let text = s.text
            score.add(s, predicted: tagger.tag(text, quantities: quantities?(text) ?? []), types: types)
        }
        return score
    }

    /// Trains on `train` for `options.epochs` epochs, logging dev scores after each epoch.
    public func train(_ train: [LabeledSentence], dev: [(String, [LabeledSentence])],
                      log: (String) -> Void) -> Result {
        let F = FeatureTemplates.count
        let encoder = SentenceEncoder(bits: options.bits, gazetteer: gazetteer, clusters: clusters)
        // Encode every sentence once: features don't depend on the weights.
        var feats: [UInt32] = []
        var offsets: [Int] = []
        var golds: [[Int]] = []
        var scratch = SentenceEncoder.Scratch()
        for s in train {
            var text = s.text
            let q = quantities?(text) ?? []
            var cursor = 0
            text.withUTF8 { p in encoder.encode(p, 0, p.count, cpStart: 0, quantities: q, cursor: &cursor, scratch: &scratch) }
            guard !scratch.tokens.isEmpty else { continue }
            offsets.append(feats.count)
            feats.append(contentsOf: scratch.feats)
            golds.append(s.projectTags(onto: scratch.tokens))
        }
        offsets.append(feats.count)
        let tokenCount = golds.reduce(0) { $0 + $1.count }
        log("train: \(golds.count) sentences, \(tokenCount) tokens, \(F) features/token, 2^\(options.bits) buckets")

        let L = BIOLabels.count
        var ensemble = [Float](repeating: 0, count: (1 << options.bits) * L)
        var ensembleTransitions = [Float](repeating: 0, count: (L + 1) * L)
        var s: [Float] = [], back: [Int32] = [], delta: [Float] = []
        let runs = max(1, options.runs)
        for run in 0..<runs {
            var p = AveragedPerceptron(bits: options.bits, labels: L)
            var crf = AveragedCRF(bits: options.bits, labels: L)
            crf.rate = options.rate; crf.l2 = options.l2
            let useCRF = options.algorithm == "crf"
            if useCRF { p = AveragedPerceptron(bits: 1, labels: L) } else { crf = AveragedCRF(bits: 1, labels: L) }
            var rng = SplitMix64(seed: options.seed &+ UInt64(run))
            var order = Array(0..<golds.count)
            for epoch in 1...max(1, options.epochs) {
                let t0 = Date()
                order.shuffle(using: &rng)
                var wrong = 0
                var loss: Double = 0
                for k in order {
                    if useCRF { loss += Double(crf.update(feats[offsets[k]..<offsets[k + 1]], gold: golds[k], f: F, scratch: &s)) }
                    else { wrong += p.update(feats[offsets[k]..<offsets[k + 1]], gold: golds[k], f: F, scratch: &s, back: &back, delta: &delta) }
                }
                var line = useCRF
                    ? String(format: "run %d epoch %d: loss %.1f, %.1f s", run + 1, epoch, loss, Date().timeIntervalSince(t0))
                    : String(format: "run %d epoch %d: %d wrong tags (%.2f%%), %.1f s", run + 1, epoch, wrong,
                             100 * Double(wrong) / Double(max(1, tokenCount)), Date().timeIntervalSince(t0))
                if runs == 1 || epoch == options.epochs {
                    var w = [Float](repeating: 0, count: ensemble.count), t = [Float](repeating: 0, count: ensembleTransitions.count)
                    if useCRF { crf.addAveraged(into: &w, transitions: &t, factor: 1) } else { p.addAveraged(into: &w, transitions: &t, factor: 1) }
                    line += devReport(pack(w, t).model, dev)
                }
                log(line)
            }
            if useCRF { crf.addAveraged(into: &ensemble, transitions: &ensembleTransitions, factor: 1 / Float(runs)) }
            else { p.addAveraged(into: &ensemble, transitions: &ensembleTransitions, factor: 1 / Float(runs)) }
        }
        let result = pack(ensemble, ensembleTransitions)
        if runs > 1 { log("ensemble of \(runs) runs:" + devReport(result.model, dev)) }
        log(String(format: "model: %d feature rows, %.2f MB", result.model.featureCount, Double(result.bytes.count) / 1e6))
        return result
    }

    /// Encodes dense weights as a model file and decodes it back (what ships is what is scored).
    func pack(_ w: [Float], _ t: [Float]) -> Result {
        let sparse = SparseWeights.sparse(w, labels: BIOLabels.count, prune: options.prune)
        let bytes = ModelFile.encode(bits: options.bits, labelCount: BIOLabels.count, transitions: t,
                                     buckets: sparse.buckets, weights: sparse.weights)
        let model = try! bytes.withUnsafeBytes { try ModelFile.decode($0) }
        return Result(bytes: bytes, model: model)
    }

    func devReport(_ model: LinearChainModel, _ dev: [(String, [LabeledSentence])]) -> String {
        let tagger = self.tagger(for: model)
        return dev.map { " | \($0.0): " + String(format: "F1=%.2f", evaluate(tagger, on: $0.1).f1 * 100) }.joined()
    }
}
