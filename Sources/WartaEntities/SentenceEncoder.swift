import WartaCore

/// Turns one stretch of text into the tagger's tokens and feature indices: tokenization, token
/// hashes, word clusters, gazetteer hits, quantity membership, feature templates. The same code
/// serves training and tagging, so both see identical features.
struct SentenceEncoder: Sendable {
    let bits: Int
    let gazetteer: Gazetteer
    let clusters: WordClusters

    /// Reusable buffers (one per document or per training run).
    struct Scratch {
        var tokens: [NERToken] = []
        var infos: [TokenInfo] = []
        var feats: [UInt32] = []
        var bytes: [UInt8] = []
    }

    /// Encodes bytes `lo..<hi` of `p` (first code point `cpStart`). `quantities` are sorted spans;
    /// `qi` is a cursor into them that only moves forward (sentences come in order).
    func encode(_ p: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, cpStart: Int,
                quantities: [Span], cursor qi: inout Int, scratch s: inout Scratch) {
        s.tokens.removeAll(keepingCapacity: true)
        s.infos.removeAll(keepingCapacity: true)
        s.feats.removeAll(keepingCapacity: true)
        NERTokenizer.tokenize(p, lo, hi, cpStart: cpStart, into: &s.tokens)
        if s.bytes.count < hi - lo { s.bytes = [UInt8](repeating: 0, count: max(256, 2 * (hi - lo))) }
        s.infos.reserveCapacity(s.tokens.count)
        s.bytes.withUnsafeMutableBufferPointer { q in
            for t in s.tokens {
                var info = TokenInfo.make(p.baseAddress!, Int(t.byteStart), Int(t.byteEnd), lowered: q.baseAddress!)
                info.cluster = clusters.cluster(ofLowerHash: info.lower)
                s.infos.append(info)
            }
        }
        annotate(quantities: quantities, cursor: &qi, scratch: &s)
        FeatureTemplates.extract(s.infos, bits: bits, into: &s.feats)
    }

    /// The steps after the tokens' own infos (`make` + cluster) are in `s.infos`: quantity
    /// membership, glue flags, capitalised runs, gazetteer hits.
    func annotate(quantities: [Span], cursor qi: inout Int, scratch s: inout Scratch) {
        if !quantities.isEmpty {
            for (k, t) in s.tokens.enumerated() {
                while qi < quantities.count, quantities[qi].end <= Int(t.start) { qi += 1 }
                if qi < quantities.count, quantities[qi].start < Int(t.end) { s.infos[k].inQuantity = true }
            }
        }
        for k in 1..<max(1, s.tokens.count) where s.tokens[k - 1].end == s.tokens[k].start {
            s.infos[k].flags |= TokenInfo.Flags.gluedLeft
            s.infos[k - 1].flags |= TokenInfo.Flags.gluedRight
        }
        Self.markCapitalizedRuns(&s.infos)
        gazetteer.mark(&s.infos)
    }

    /// Fills the `run*` fields: maximal runs of capitalised or all-caps tokens, joined across the
    /// connectors `&`, `-`, `.` and lower-case `dan`/`of`/`for`/`the` only when capitals follow.
    static func markCapitalizedRuns(_ t: inout [TokenInfo]) {
        let n = t.count
        let capMask = TokenInfo.Flags.initCap | TokenInfo.Flags.allCaps
        var i = 0
        while i < n {
            guard t[i].flags & capMask != 0 else { i += 1; continue }
            var j = i + 1
            while j < n {
                if t[j].flags & capMask != 0 || (t[j].flags & TokenInfo.Flags.hasDigit != 0 && t[j].flags & TokenInfo.Flags.gluedLeft == 0) {
                    j += 1; continue
                }
                break
            }
            let before = i > 0 ? t[i - 1].lower : FeatureTemplates.bos
            let after = j < n ? t[j].lower : FeatureTemplates.eos
            let len = UInt8(min(j - i, 4))
            for k in i..<j {
                t[k].runFirst = t[i].lower; t[k].runLast = t[j - 1].lower
                t[k].runBefore = before; t[k].runAfter = after; t[k].runLength = len
                t[k].runPosition = j - i == 1 ? 4 : (k == i ? 1 : (k == j - 1 ? 3 : 2))
            }
            i = j
        }
    }
}
