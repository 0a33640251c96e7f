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
    /// Whether `Name (ABBR)` with glued brackets is one entity (see `mergeGluedAbbreviations`).
    public var mergeGluedAbbreviations = true

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
        let toks = w.enc.tokens
        var chunks = BIOLabels.chunks(tags)
        if mergeGluedAbbreviations { Self.mergeGluedAbbreviations(toks, w.enc.infos, &chunks) }
        for (a, b, t) in chunks {
            // An entity is a name: trim punctuation at its edges (but keep the closing bracket of
            // a merged `(ABBR)`), drop it if nothing is left.
            var a = a, b = b
            while a < b, !toks[a].isWord { a += 1 }
            while b > a, !toks[b - 1].isWord, !Self.isClosingBracket(toks[b - 1], in: w.enc.infos[b - 1]) || b - a < 3 { b -= 1 }
            guard a < b else { continue }
            out.append((Span(Int(toks[a].start), Int(toks[b - 1].end)), BIOLabels.types[t]))
        }
    }

    static let closeParen = FeatureHash.bytes([0x29], 0, 1)

    @inline(__always) static func isClosingBracket(_ t: NERToken, in info: TokenInfo) -> Bool {
        !t.isWord && info.raw == closeParen
    }

    /// idner-news-2k's convention, and the way news writes a name with its abbreviation:
    /// `Bursa Efek Indonesia (BEI)` is one entity when the brackets are glued to one capitalised
    /// word (a person's nickname, `Joko Widodo (Jokowi)`, stays apart). Spaced brackets (`Otoritas Jasa Keuangan ( OJK )`, as tokenized corpora write them)
    /// keep two entities.
    static func mergeGluedAbbreviations(_ toks: [NERToken], _ infos: [TokenInfo], _ chunks: inout [(Int, Int, Int)]) {
        guard chunks.count > 0 else { return }
        let open = FeatureHash.bytes([0x28], 0, 1)
        var out: [(Int, Int, Int)] = []
        var k = 0
        while k < chunks.count {
            let (a, b, t) = chunks[k]
            let n = toks.count
            if BIOLabels.types[t] != .PER, b + 2 < n, infos[b].raw == open, toks[b - 1].end < toks[b].start,
               toks[b].end == toks[b + 1].start, toks[b + 1].end == toks[b + 2].start,
               infos[b + 2].raw == closeParen, toks[b + 1].isWord,
               infos[b + 1].flags & (TokenInfo.Flags.initCap | TokenInfo.Flags.allCaps) != 0 {
                out.append((a, b + 3, t))
                k += 1
                while k < chunks.count, chunks[k].0 < b + 3 { k += 1 }
                continue
            }
            out.append(chunks[k]); k += 1
        }
        chunks = out
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
