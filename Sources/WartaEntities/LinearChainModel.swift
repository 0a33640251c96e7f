/// The weights of the linear-chain tagger as shipped: an open-addressing table from feature
/// bucket to a row of per-tag weights (only buckets with a non-zero weight are stored), plus the
/// tag-transition matrix. Immutable and `Sendable`; shared by all workers.
public struct LinearChainModel: Sendable {
    /// Bits of the hashed feature space the model was trained with.
    public let bits: Int
    /// Number of tags (`BIOLabels.count`).
    public let labelCount: Int
    /// `(labelCount + 1) × labelCount`: row `p` = previous tag `p`, row `labelCount` = start.
    public let transitions: [Float]
    /// Dense `2^bits × labelCount` quantized weights (value = weight × `scale`): one memory
    /// access per feature, no key check, absent features read zeros. Tagging is bound by these
    /// cache misses, so the rows are 16-bit and the table is indexed directly by the bucket.
    let weights: [Int16]
    let scale: Float

    /// Number of stored (non-zero) feature rows.
    public let featureCount: Int

    /// Builds the table from `(bucket, row)` pairs of quantized weights.
    init(bits: Int, labelCount: Int, transitions: [Float], buckets: [UInt32], quantized: [Int16], scale: Float) {
        self.bits = bits
        self.labelCount = labelCount
        self.transitions = transitions
        self.scale = scale
        featureCount = buckets.count
        var w = [Int16](repeating: 0, count: (1 << bits) * labelCount)
        w.withUnsafeMutableBufferPointer { d in
            quantized.withUnsafeBufferPointer { q in
                for (r, b) in buckets.enumerated() {
                    let dst = d.baseAddress! + Int(b) * labelCount, src = q.baseAddress! + r * labelCount
                    for y in 0..<labelCount { dst[y] = src[y] }
                }
            }
        }
        weights = w
    }

    /// Emission scores of tokens whose features are `feats[i*F ..< (i+1)*F]` into `scores` (`n × L`).
    func emissions(_ feats: UnsafeBufferPointer<UInt32>, tokens n: Int, perToken f: Int,
                   into scores: UnsafeMutableBufferPointer<Float>) {
        let L = labelCount
        precondition(L == 9)
        weights.withUnsafeBufferPointer { w in
            let base = w.baseAddress!
            for i in 0..<n {
                var a0: Int32 = 0, a1: Int32 = 0, a2: Int32 = 0, a3: Int32 = 0, a4: Int32 = 0
                var a5: Int32 = 0, a6: Int32 = 0, a7: Int32 = 0, a8: Int32 = 0
                for j in 0..<f {
                    let r = base + Int(feats[i * f + j]) * 9
                    a0 &+= Int32(r[0]); a1 &+= Int32(r[1]); a2 &+= Int32(r[2]); a3 &+= Int32(r[3])
                    a4 &+= Int32(r[4]); a5 &+= Int32(r[5]); a6 &+= Int32(r[6]); a7 &+= Int32(r[7]); a8 &+= Int32(r[8])
                }
                let d = scores.baseAddress! + i * 9, s = scale
                d[0] = Float(a0) * s; d[1] = Float(a1) * s; d[2] = Float(a2) * s; d[3] = Float(a3) * s
                d[4] = Float(a4) * s; d[5] = Float(a5) * s; d[6] = Float(a6) * s; d[7] = Float(a7) * s
                d[8] = Float(a8) * s
            }
        }
    }
}

/// Viterbi decoding over BIO tags with the hard constraint that `I-X` follows `B-X` or `I-X`.
enum Viterbi {
    /// `allowed[p * L + y]` for the BIO tag set.
    static let allowedPairs: [Bool] = (0..<(BIOLabels.count * BIOLabels.count)).map {
        BIOLabels.allowed($0 / BIOLabels.count, $0 % BIOLabels.count)
    }

    /// Best tag sequence for emission scores `scores` (`n × L`) and `transitions` (`(L+1) × L`).
    static func decode(_ scores: UnsafeBufferPointer<Float>, n: Int, labels L: Int, transitions: [Float],
                       back: inout [Int32], delta: inout [Float]) -> [Int] {
        guard n > 0 else { return [] }
        if back.count < n * L { back = [Int32](repeating: 0, count: n * L) }
        if delta.count < 2 * L { delta = [Float](repeating: 0, count: 2 * L) }
        let ninf = -Float.greatestFiniteMagnitude
        let allowed = L == BIOLabels.count ? Self.allowedPairs : (0..<(L * L)).map { BIOLabels.allowed($0 / L, $0 % L) }
        var tags = [Int](repeating: 0, count: n)
        transitions.withUnsafeBufferPointer { tr in
            delta.withUnsafeMutableBufferPointer { d in
                back.withUnsafeMutableBufferPointer { bp in
                    for y in 0..<L {
                        d[y] = BIOLabels.allowed(-1, y) ? scores[y] + tr[L * L + y] : ninf
                    }
                    var cur = 0
                    for i in 1..<max(n, 1) where n > 1 {
                        let prevBase = cur * L, nextBase = (1 - cur) * L
                        for y in 0..<L {
                            var best = ninf, arg = 0
                            for p in 0..<L where allowed[p * L + y] {
                                let v = d[prevBase + p] + tr[p * L + y]
                                if v > best { best = v; arg = p }
                            }
                            d[nextBase + y] = best + scores[i * L + y]
                            bp[i * L + y] = Int32(arg)
                        }
                        cur = 1 - cur
                    }
                    var best = ninf, arg = 0
                    for y in 0..<L where d[cur * L + y] > best { best = d[cur * L + y]; arg = y }
                    tags[n - 1] = arg
                    var i = n - 1
                    while i > 0 { arg = Int(bp[i * L + arg]); tags[i - 1] = arg; i -= 1 }
                }
            }
        }
        return tags
    }
}
