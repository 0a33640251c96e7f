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
    let weights: WeightTable
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
        let w = WeightTable(count: (1 << bits) * labelCount)
        w.initialize { d in
            quantized.withUnsafeBufferPointer { q in
                for (r, b) in buckets.enumerated() {
                    let dst = d.baseAddress! + Int(b) * labelCount, src = q.baseAddress! + r * labelCount
                    for y in 0..<labelCount { dst[y] = src[y] }
                }
            }
        }
        weights = w
    }

    /// The summed rows of feature buckets `b` (widened to 32 bits: exact).
    func rows(_ b: UnsafeBufferPointer<UInt32>) -> RowSum {
        precondition(labelCount == 9)
        return weights.withUnsafeBufferPointer { w in
            let base = UnsafeRawPointer(w.baseAddress!)
            var r = RowSum()
            for k in b {
                let off = Int(k) &* 18
                r.v &+= SIMD8<Int32>(truncatingIfNeeded: base.loadUnaligned(fromByteOffset: off, as: SIMD8<Int16>.self))
                r.s &+= Int32(base.load(fromByteOffset: off &+ 16, as: Int16.self))
            }
            return r
        }
    }

    /// The summed rows of feature buckets `b`.
    func rows(_ b: [UInt32]) -> RowSum { b.withUnsafeBufferPointer { rows($0) } }

    /// Emission scores of tokens whose features are `feats[i*F ..< (i+1)*F]` into `scores` (`n × L`);
    /// token `i`'s sum starts from `initial[i]` when given (rows summed beforehand).
    ///
    /// A row is 9 `Int16`s (18 bytes): tags 0–7 are summed as one 8-lane vector (widened to
    /// 32 bits, so the sum is exact and identical to a scalar one), tag 8 as a scalar.
    func emissions(_ feats: UnsafeBufferPointer<UInt32>, tokens n: Int, perToken f: Int,
                   initial: UnsafePointer<RowSum>? = nil, into scores: UnsafeMutableBufferPointer<Float>) {
        precondition(labelCount == 9)
        let s = scale
        weights.withUnsafeBufferPointer { w in
            let base = UnsafeRawPointer(w.baseAddress!)
            let out = UnsafeMutableRawPointer(scores.baseAddress!)
            var row = feats.baseAddress!
            for i in 0..<n {
                var acc = SIMD8<Int32>()
                var a8: Int32 = 0
                if let initial { acc = initial[i].v; a8 = initial[i].s }
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
                    var best = -Float.greatestFiniteMagnitude, arg = 0
                    for y in 0..<L where d[cur * L + y] > best { best = d[cur * L + y]; arg = y }
                    tags[n - 1] = arg
                    var i = n - 1
                    while i > 0 { arg = Int(bp[i * L + arg]); tags[i - 1] = arg; i -= 1 }
                }
            }
        }
        return tags
    }

    /// The forward pass for any tag count; returns which half of `d` holds the last column.
    static func forward(_ scores: UnsafeBufferPointer<Float>, n: Int, labels L: Int, tr: UnsafeBufferPointer<Float>,
                        d: UnsafeMutableBufferPointer<Float>, back bp: UnsafeMutableBufferPointer<Int32>) -> Int {
        let ninf = -Float.greatestFiniteMagnitude
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

    /// `forward` for the 9 BIO tags, vectorised over the tags: lanes hold tags 0–7 and tag 8
    /// (`I-PRODUCT`) is a scalar. A disallowed pair gets a transition of −∞, so its sum never
    /// beats `best` (which starts at −greatestFiniteMagnitude): each lane sees the same additions,
    /// in the same order, with the same strict comparison as `forward`. The last column is left
    /// in `d[0..<9]`.
    @inline(__always)
    static func forward9(_ scores: UnsafeBufferPointer<Float>, n: Int, tr: UnsafeBufferPointer<Float>,
                         d: UnsafeMutableBufferPointer<Float>, back bp: UnsafeMutableBufferPointer<Int32>) -> Int {
        let t = tr.baseAddress!, e = scores.baseAddress!
        let low = -Float.greatestFiniteMagnitude
        withUnsafeTemporaryAllocation(of: SIMD8<Float>.self, capacity: 9) { rows in
            for p in 0..<9 {
                var r = SIMD8<Float>()
                for y in 0..<8 { r[y] = BIOLabels.allowed(p, y) ? t[p * 9 + y] : -Float.infinity }
                rows[p] = r
            }
            let rows = rows.baseAddress!
            var dv = SIMD8<Float>(repeating: low), d8 = low
            for y in 0..<8 where y == 0 || y & 1 == 1 { dv[y] = e[y] + t[81 + y] }
            let t78 = t[7 * 9 + 8], t88 = t[8 * 9 + 8]
            let back = UnsafeMutableRawPointer(bp.baseAddress!)
            var i = 1
            while i < n {
                var best = SIMD8<Float>(repeating: low), arg = SIMD8<Int32>()
                @inline(__always) func from(_ p: Int, _ dp: Float) {
                    let v = SIMD8<Float>(repeating: dp) + rows[p]
                    let m = v .> best
                    best.replace(with: v, where: m)
                    arg.replace(with: Int32(p), where: m)
                }
                from(0, dv[0]); from(1, dv[1]); from(2, dv[2]); from(3, dv[3])
                from(4, dv[4]); from(5, dv[5]); from(6, dv[6]); from(7, dv[7]); from(8, d8)
                var b8 = low, a8: Int32 = 0
                let v7 = dv[7] + t78
                if v7 > b8 { b8 = v7; a8 = 7 }
                let v8 = d8 + t88
                if v8 > b8 { b8 = v8; a8 = 8 }
                let row = e + i * 9
                dv = best + UnsafeRawPointer(row).loadUnaligned(as: SIMD8<Float>.self)
                d8 = b8 + row[8]
                back.storeBytes(of: arg, toByteOffset: i * 36, as: SIMD8<Int32>.self)
                back.storeBytes(of: a8, toByteOffset: i * 36 + 32, as: Int32.self)
                i += 1
            }
            for y in 0..<8 { d[y] = dv[y] }
            d[8] = d8
        }
        return 0
    }
}
