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

    /// Working storage of one worker (reused across sentences and documents).
    struct Workspace {
        var enc = SentenceEncoder.Scratch()
        var scores: [Float] = []
        var back: [Int32] = []
        var delta: [Float] = []
        var cache: WordCache?
        /// Cache entry of each token, with two boundary entries on each side.
        var entries: [Int32] = []
        /// Each token's summed rows of its word templates (from the cache) and the bias.
        var initial: [RowSum] = []
    }

    /// Cache entries for the positions before and after a sentence (see `WordCache`).
    let boundaries: (before: WordCache.Sums, after: WordCache.Sums)
    let biasBucket: UInt32

    public init(model: LinearChainModel, gazetteer: Gazetteer) {
        self.init(model: model, gazetteer: gazetteer, clusters: WordClusters())
    }

    init(model: LinearChainModel, gazetteer: Gazetteer, clusters: WordClusters) {
        self.model = model
        encoder = SentenceEncoder(bits: model.bits, gazetteer: gazetteer, clusters: clusters)
        biasBucket = FeatureTemplates.bias(bits: model.bits)
        var edge = TokenInfo()
        edge.lower = FeatureTemplates.bos; edge.raw = FeatureTemplates.bos
        var before = WordCache.Sums()
        var after = WordCache.Sums()
        var b = [UInt32](repeating: 0, count: FeatureTemplates.wordCount)
        b.withUnsafeMutableBufferPointer { FeatureTemplates.word(edge, bits: model.bits, into: $0.baseAddress!) }
        before.asPrevious = model.rows([b[12], b[13]])
        before.asSecondPrevious = model.rows([b[16]])
        edge.lower = FeatureTemplates.eos; edge.raw = FeatureTemplates.eos
        b.withUnsafeMutableBufferPointer { FeatureTemplates.word(edge, bits: model.bits, into: $0.baseAddress!) }
        after.asNext = model.rows([b[14], b[15]])
        after.asSecondNext = model.rows([b[17]])
        boundaries = (before, after)
    }

    /// The rows of the word templates of a word whose own info is `info` (plus the bias).
    func wordSums(_ info: TokenInfo) -> WordCache.Sums {
        var e = WordCache.Sums()
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: FeatureTemplates.wordCount + 1) { b in
            FeatureTemplates.word(info, bits: model.bits, into: b.baseAddress!)
            b[FeatureTemplates.wordCount] = biasBucket
            @inline(__always) func rows(_ r: Range<Int>) -> RowSum { model.rows(UnsafeBufferPointer(rebasing: b[r])) }
            e.own = rows(0..<12) + rows(18..<19)
            e.asPrevious = rows(12..<14)
            e.asNext = rows(14..<16)
            e.asSecondPrevious = rows(16..<17)
            e.asSecondNext = rows(17..<18)
        }
        return e
    }

    /// Tokens, infos (from the word cache), context features and the per-token starting sums
    /// of the sentence in bytes `lo..<hi`; returns the number of tokens.
    func encode(_ p: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, cpStart: Int, quantities: [Span],
                        cursor: inout Int, workspace w: inout Workspace) -> Int {
        w.enc.tokens.removeAll(keepingCapacity: true)
        w.enc.infos.removeAll(keepingCapacity: true)
        NERTokenizer.tokenize(p, lo, hi, cpStart: cpStart, into: &w.enc.tokens)
        let n = w.enc.tokens.count
        guard n > 0 else { return 0 }
        if w.cache == nil { w.cache = WordCache(before: boundaries.before, after: boundaries.after) }
        w.cache!.startOverIfFull()
        if w.enc.bytes.count < hi - lo { w.enc.bytes = [UInt8](repeating: 0, count: max(256, 2 * (hi - lo))) }
        w.entries.removeAll(keepingCapacity: true)
        w.entries.append(WordCache.before); w.entries.append(WordCache.before)
        w.enc.infos.reserveCapacity(n)
        let base = p.baseAddress!
        for t in w.enc.tokens {
            let a = Int(t.byteStart), b = Int(t.byteEnd)
            let raw = FeatureHash.bytes(p, a, b)
            let e: Int32
            if let found = w.cache!.find(base, a, b, raw: raw) {
                e = found
            } else {
                var info = w.enc.bytes.withUnsafeMutableBufferPointer { TokenInfo.make(base, a, b, lowered: $0.baseAddress!) }
                info.cluster = encoder.clusters.cluster(ofLowerHash: info.lower)
                e = w.cache!.add(info, wordSums(info), base, a, b)
            }
            w.entries.append(e)
            w.enc.infos.append(w.cache!.infos[Int(e)])
        }
        w.entries.append(WordCache.after); w.entries.append(WordCache.after)
        encoder.annotate(quantities: quantities, cursor: &cursor, scratch: &w.enc)
        let F = FeatureTemplates.contextCount
        if w.enc.feats.count < n * F { w.enc.feats = [UInt32](repeating: 0, count: 2 * n * F) }
        w.enc.feats.withUnsafeMutableBufferPointer { f in
            w.enc.infos.withUnsafeBufferPointer { FeatureTemplates.extractContext($0, bits: model.bits, into: f.baseAddress!) }
        }
        if w.initial.count < n { w.initial = [RowSum](repeating: RowSum(), count: 2 * n) }
        w.cache!.sums.withUnsafeBufferPointer { es in
            w.entries.withUnsafeBufferPointer { e in
                w.initial.withUnsafeMutableBufferPointer { r in
                    for i in 0..<n {
                        r[i] = es[Int(e[i + 2])].own + es[Int(e[i + 1])].asPrevious + es[Int(e[i + 3])].asNext
                            + es[Int(e[i])].asSecondPrevious + es[Int(e[i + 4])].asSecondNext
                    }
                }
            }
        }
        return n
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
        let n = encode(p, lo, hi, cpStart: cpStart, quantities: quantities, cursor: &cursor, workspace: &w)
        guard n > 0 else { return }
        let L = model.labelCount
        if w.scores.count < n * L { w.scores = [Float](repeating: 0, count: n * L) }
        w.enc.feats.withUnsafeBufferPointer { f in
            w.initial.withUnsafeBufferPointer { r in
                w.scores.withUnsafeMutableBufferPointer { s in
                    model.emissions(f, tokens: n, perToken: FeatureTemplates.contextCount, initial: r.baseAddress!, into: s)
                }
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
