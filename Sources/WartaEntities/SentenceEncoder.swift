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
        for t in s.tokens {
            var info = TokenInfo.make(p, Int(t.byteStart), Int(t.byteEnd), scratch: &s.bytes)
            info.cluster = clusters.cluster(ofLowerHash: info.lower)
            if !quantities.isEmpty {
                while qi < quantities.count, quantities[qi].end <= Int(t.start) { qi += 1 }
                if qi < quantities.count, quantities[qi].start < Int(t.end) { info.inQuantity = true }
            }
            s.infos.append(info)
        }
        for k in 1..<max(1, s.tokens.count) where s.tokens[k - 1].end == s.tokens[k].start {
            s.infos[k].flags |= TokenInfo.Flags.gluedLeft
            s.infos[k - 1].flags |= TokenInfo.Flags.gluedRight
        }
        gazetteer.mark(&s.infos)
        FeatureTemplates.extract(s.infos, bits: bits, into: &s.feats)
    }
}
