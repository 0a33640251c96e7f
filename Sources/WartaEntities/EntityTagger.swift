import Foundation
import WartaCore

/// Tags entities in text: encoder (tokens → features) + linear-chain model (Viterbi over BIO) +
/// gazetteer post-rules. Immutable and `Sendable`.
public struct EntityTagger: Sendable {
    public let model: LinearChainModel
    let encoder: SentenceEncoder

    /// Whether exact-case gazetteer hits of PRODUCT relabel what the model found there (the
    /// public training data has no PRODUCT tag, so the model alone under-labels products).
    public var gazetteerProducts = true

    /// Per-document working storage.
    struct Workspace {
        var enc = SentenceEncoder.Scratch()
        var scores: [Float] = []
        var back: [Int32] = []
        var delta: [Float] = []
    }

    public init(model: LinearChainModel, gazetteer: Gazetteer) {
        self.init(model: model, gazetteer: gazetteer, clusters: WordClusters())
    }

    init(model: LinearChainModel, gazetteer: Gazetteer, clusters: WordClusters) {
        self.model = model
        encoder = SentenceEncoder(bits: model.bits, gazetteer: gazetteer, clusters: clusters)
    }

    /// Loads the shipped model, gazetteers and clusters from a data folder.
    public static func load(config: StageConfig, stage: String) throws(StageError) -> EntityTagger {
        let modelURL: URL
        if let path = config.options["ner-model"] { modelURL = URL(fileURLWithPath: path) }
        else { modelURL = try config.dataFile("entities/model.bin", stage: stage) }
        let model: LinearChainModel
        do { model = try ModelFile.load(modelURL) }
        catch { throw StageError(stage: stage, kind: "bad-model", message: "\(modelURL.path): \(error)") }
        let gaz = try Gazetteer.load(config: config, stage: stage)
        var clusters = WordClusters()
        if let dir = config.dataDirectory {
            clusters = WordClusters.load(url: dir.appendingPathComponent("entities/clusters.tsv"))
        }
        return EntityTagger(model: model, gazetteer: gaz, clusters: clusters)
    }

    /// Tags bytes `lo..<hi` of `p` (a sentence starting at code point `cpStart`); appends
    /// `(span, label)` pairs in text order.
    func tag(_ p: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, cpStart: Int, quantities: [Span],
             cursor: inout Int, workspace w: inout Workspace, into out: inout [(Span, EntityLabel)]) {
        encoder.encode(p, lo, hi, cpStart: cpStart, quantities: quantities, cursor: &cursor, scratch: &w.enc)
        let n = w.enc.tokens.count
        guard n > 0 else { return }
        let L = model.labelCount
        if w.scores.count < n * L { w.scores = [Float](repeating: 0, count: n * L) }
        w.enc.feats.withUnsafeBufferPointer { f in
            w.scores.withUnsafeMutableBufferPointer { s in
                model.emissions(f, tokens: n, perToken: FeatureTemplates.count, into: s)
            }
        }
        var tags = w.scores.withUnsafeBufferPointer { s in
            Viterbi.decode(s, n: n, labels: L, transitions: model.transitions, back: &w.back, delta: &w.delta)
        }
        if gazetteerProducts { Self.applyProductHits(w.enc.infos, &tags) }
        for (a, b, t) in BIOLabels.chunks(tags) {
            // An entity is a name: trim punctuation at its edges, drop it if nothing is left.
            var a = a, b = b
            while a < b, !w.enc.tokens[a].isWord { a += 1 }
            while b > a, !w.enc.tokens[b - 1].isWord { b -= 1 }
            guard a < b else { continue }
            out.append((Span(Int(w.enc.tokens[a].start), Int(w.enc.tokens[b - 1].end)), BIOLabels.types[t]))
        }
    }

    /// Relabels exact-case PRODUCT gazetteer hits as PRODUCT unless the model's entity there
    /// reaches beyond the hit (then the model's longer reading stands).
    static func applyProductHits(_ infos: [TokenInfo], _ tags: inout [Int]) {
        guard let product = BIOLabels.types.firstIndex(of: .PRODUCT) else { return }
        let begin = UInt8(1 + 2 * product)
        let n = infos.count
        var i = 0
        while i < n {
            guard infos[i].gazExact == begin else { i += 1; continue }
            var j = i + 1
            while j < n, infos[j].gazExact == begin + 1 { j += 1 }
            let startsInside = BIOLabels.isInside(tags[i])
            let runsOn = j < n && BIOLabels.isInside(tags[j])
            if !startsInside && !runsOn {
                tags[i] = 1 + 2 * product
                for k in (i + 1)..<j { tags[k] = 2 + 2 * product }
            }
            i = j
        }
    }

    /// Tags a whole string as one sentence (tests, training evaluation).
    public func tag(_ text: String, quantities: [Span] = []) -> [(Span, EntityLabel)] {
        var s = text
        var w = Workspace()
        var out: [(Span, EntityLabel)] = []
        var cursor = 0
        s.withUTF8 { p in tag(p, 0, p.count, cpStart: 0, quantities: quantities, cursor: &cursor, workspace: &w, into: &out) }
        return out
    }
}
