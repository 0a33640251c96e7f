import Foundation
import WartaCore

/// Trains the entity tagger from CoNLL data: the public API behind `warta train ner`.
///
/// Deterministic: the only randomness is the per-epoch shuffle, drawn from `SplitMix64(seed)`.
public struct NERTrainer: Sendable {
    public struct Options: Sendable {
        public var epochs = 12
        public var seed: UInt64 = 1
        /// Bits of the hashed feature space (`2^bits` buckets).
        public var bits = 21
        /// Drop averaged weights whose magnitude never exceeds this (smaller model file).
        public var prune: Float = 0
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

        var p = AveragedPerceptron(bits: options.bits, labels: BIOLabels.count)
        var rng = SplitMix64(seed: options.seed)
        var order = Array(0..<golds.count)
        var s: [Float] = [], back: [Int32] = [], delta: [Float] = []
        var result: Result?
        for epoch in 1...max(1, options.epochs) {
            let t0 = Date()
            order.shuffle(using: &rng)
            var wrong = 0
            for k in order {
                wrong += p.update(feats[offsets[k]..<offsets[k + 1]], gold: golds[k], f: F, scratch: &s, back: &back, delta: &delta)
            }
            let avg = p.averaged(prune: options.prune)
            let bytes = ModelFile.encode(bits: options.bits, labelCount: BIOLabels.count, transitions: avg.transitions,
                                         buckets: avg.buckets, weights: avg.weights)
            let model = try! bytes.withUnsafeBytes { try ModelFile.decode($0) }
            var line = String(format: "epoch %d: %d wrong tags (%.2f%%), %.1f s, %d features, %.1f MB",
                              epoch, wrong, 100 * Double(wrong) / Double(max(1, tokenCount)),
                              Date().timeIntervalSince(t0), avg.buckets.count, Double(bytes.count) / 1e6)
            let tagger = self.tagger(for: model)
            for (name, sents) in dev {
                line += " | \(name): " + String(format: "F1=%.2f", evaluate(tagger, on: sents).f1 * 100)
            }
            log(line)
            result = Result(bytes: bytes, model: model)
        }
        return result!
    }
}
