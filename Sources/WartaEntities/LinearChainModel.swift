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
    ///
    /// A row is 9 `Int16`s (18 bytes): tags 0–7 are summed as one 8-lane vector (widened to
    /// 32 bits, so the sum is exact and identical to a scalar one), tag 8 as a scalar.
    func emissions(_ feats: UnsafeBufferPointer<UInt32>, tokens n: Int, perToken f: Int,
                   into scores: UnsafeMutableBufferPointer<Float>) {
        precondition(labelCount == 9)
        let s = scale
        weights.withUnsafeBufferPointer { w in
            let base = UnsafeRawPointer(w.baseAddress!)
            let out = UnsafeMutableRawPointer(scores.baseAddress!)
            var row = feats.baseAddress!
            for i in 0..<n {
                var acc = SIMD8<Int32>()
                var a8: Int32 = 0
                for j in 0..<f {
                    let off = Int(row[j]) &* 18
                    acc &+= SIMD8<Int32>(truncatingIfNeeded: base.loadUnaligned(fromByteOffset: off, as: SIMD8<Int16>.self))
                    a8 &+= Int32(base.load(fromByteOffset: off &+ 16, as: Int16.self))
                }
                row += f
                out.storeBytes(of: SIMD8<Float>(acc) * s, toByteOffset: i * 36, as: SIMD8<Float>.self)
                out.storeBytes(of: Float(a8) * s, toByteOffset: i * 36 + 32, as: Float.self)
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
    /// Ties go to the lowest previous tag.
    static func decode(_ scores: UnsafeBufferPointer<Float>, n: Int, labels L: Int, transitions: [Float],
                       back: inout [Int32], delta: inout [Float]) -> [Int] {
        guard n > 0 else { return [] }
        if back.count < n * L { back = [Int32](repeating: 0, count: n * L) }
        if delta.count < 2 * L { delta = [Float](repeating: 0, count: 2 * L) }
        var tags = [Int](repeating: 0, count: n)
        transitions.withUnsafeBufferPointer { tr in
            delta.withUnsafeMutableBufferPointer { d in
                back.withUnsafeMutableBufferPointer { bp in
                    let cur = L == 9 ? forward9(scores, n: n, tr: tr, d: d, back: bp)
                                     : forward(scores, n: n, labels: L, tr: tr, d: d, back: bp)
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

    static let ninf = -Float.greatestFiniteMagnitude

    /// The forward pass for any tag count; returns which half of `d` holds the last column.
    static func forward(_ scores: UnsafeBufferPointer<Float>, n: Int, labels L: Int, tr: UnsafeBufferPointer<Float>,
                        d: UnsafeMutableBufferPointer<Float>, back bp: UnsafeMutableBufferPointer<Int32>) -> Int {
        let allowed = L == BIOLabels.count ? Self.allowedPairs : (0..<(L * L)).map { BIOLabels.allowed($0 / L, $0 % L) }
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
        return cur
    }

    /// `forward` for the 9 BIO tags, unrolled: `O` and `B-X` may follow any tag, `I-X` (even
    /// tags) only `B-X` and `I-X` (tags y−1 and y). Same additions, order and ties as `forward`.
    @inline(__always)
    static func forward9(_ scores: UnsafeBufferPointer<Float>, n: Int, tr: UnsafeBufferPointer<Float>,
                         d: UnsafeMutableBufferPointer<Float>, back bp: UnsafeMutableBufferPointer<Int32>) -> Int {
        let t = tr.baseAddress!, e = scores.baseAddress!
        for y in 0..<9 { d[y] = y == 0 || y & 1 == 1 ? e[y] + t[81 + y] : ninf }
        var cur = 0
        var i = 1
        while i < n {
            let prev = d.baseAddress! + cur * 9, next = d.baseAddress! + (1 - cur) * 9
            let row = e + i * 9, b = bp.baseAddress! + i * 9
            @inline(__always) func any(_ y: Int) {
                var best = ninf, arg: Int32 = 0
                for p in 0..<9 {
                    let v = prev[p] + t[p * 9 + y]
                    if v > best { best = v; arg = Int32(p) }
                }
                next[y] = best + row[y]; b[y] = arg
            }
            @inline(__always) func inside(_ y: Int) {
                var best = ninf, arg: Int32 = 0
                let v0 = prev[y - 1] + t[(y - 1) * 9 + y]
                if v0 > best { best = v0; arg = Int32(y - 1) }
                let v1 = prev[y] + t[y * 9 + y]
                if v1 > best { best = v1; arg = Int32(y) }
                next[y] = best + row[y]; b[y] = arg
            }
            any(0); any(1); inside(2); any(3); inside(4); any(5); inside(6); any(7); inside(8)
            cur = 1 - cur
            i += 1
        }
        return cur
    }
}
