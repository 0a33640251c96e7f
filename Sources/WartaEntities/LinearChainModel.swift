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
    /// Table keys (feature buckets); `UInt32.max` marks an empty slot.
    let keys: [UInt32]
    /// `keys.count × labelCount` weights, slot-major.
    let rows: [Float]
    let slotMask: Int

    /// Number of stored feature rows.
    public let featureCount: Int

    /// Builds the table from sorted or unsorted `(bucket, row)` pairs.
    init(bits: Int, labelCount: Int, transitions: [Float], buckets: [UInt32], weights: [Float]) {
        self.bits = bits
        self.labelCount = labelCount
        self.transitions = transitions
        featureCount = buckets.count
        var cap = 16
        while cap < buckets.count * 2 { cap <<= 1 }
        var keys = [UInt32](repeating: .max, count: cap)
        var rows = [Float](repeating: 0, count: cap * labelCount)
        let mask = cap - 1
        for (r, b) in buckets.enumerated() {
            var s = Int(truncatingIfNeeded: FeatureHash.finalize(UInt64(b))) & mask
            while keys[s] != .max { s = (s + 1) & mask }
            keys[s] = b
            for y in 0..<labelCount { rows[s * labelCount + y] = weights[r * labelCount + y] }
        }
        self.keys = keys
        self.rows = rows
        slotMask = mask
    }

    /// Adds the emission scores of tokens whose features are `feats[i*F ..< (i+1)*F]` into `scores`
    /// (`n × labelCount`).
    func emissions(_ feats: UnsafeBufferPointer<UInt32>, tokens n: Int, perToken f: Int,
                   into scores: UnsafeMutableBufferPointer<Float>) {
        let L = labelCount
        keys.withUnsafeBufferPointer { k in
            rows.withUnsafeBufferPointer { w in
                for i in 0..<n {
                    let dst = scores.baseAddress! + i * L
                    for y in 0..<L { dst[y] = 0 }
                    for j in 0..<f {
                        let b = feats[i * f + j]
                        var s = Int(truncatingIfNeeded: FeatureHash.finalize(UInt64(b))) & slotMask
                        while true {
                            let key = k[s]
                            if key == b {
                                let src = w.baseAddress! + s * L
                                for y in 0..<L { dst[y] += src[y] }
                                break
                            }
                            if key == .max { break }
                            s = (s + 1) & slotMask
                        }
                    }
                }
            }
        }
    }
}

/// Viterbi decoding over BIO tags with the hard constraint that `I-X` follows `B-X` or `I-X`.
enum Viterbi {
    /// Best tag sequence for emission scores `scores` (`n × L`) and `transitions` (`(L+1) × L`).
    static func decode(_ scores: UnsafeBufferPointer<Float>, n: Int, labels L: Int, transitions: [Float],
                       back: inout [Int32], delta: inout [Float]) -> [Int] {
        guard n > 0 else { return [] }
        if back.count < n * L { back = [Int32](repeating: 0, count: n * L) }
        if delta.count < 2 * L { delta = [Float](repeating: 0, count: 2 * L) }
        let ninf = -Float.greatestFiniteMagnitude
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
                            for p in 0..<L where BIOLabels.allowed(p, y) {
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
