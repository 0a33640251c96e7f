/// The feature templates of the tagger: each token gets exactly `count` hashed feature indices.
///
/// Word identity (as written and lower-cased), word shape, prefixes and suffixes (which cover the
/// Indonesian affixes `me-`, `di-`, `ber-`, `ter-`, `-kan`, `-nya`, …), the words and shapes of
/// two neighbours each side with bigram conjunctions, capitalisation flags, sentence position,
/// gazetteer hits (own and neighbours'), quantity membership and word clusters.
enum FeatureTemplates {
    /// Features per token.
    static let count = 49

    static let bos: UInt64 = 0x5A5A_0001
    static let eos: UInt64 = 0x5A5A_0002

    /// Appends `count` feature indices per token of `infos` to `out`, folded into `bits` bits.
    static func extract(_ infos: [TokenInfo], bits: Int, into out: inout [UInt32]) {
        let n = infos.count
        let shift = UInt64(64 - bits)
        let start = out.count
        out.append(contentsOf: repeatElement(0, count: n * count))
        out.withUnsafeMutableBufferPointer { o in
        var w = start
        infos.withUnsafeBufferPointer { t in
            @inline(__always) func lower(_ i: Int) -> UInt64 { i < 0 ? bos : (i >= n ? eos : t[i].lower) }
            @inline(__always) func raw(_ i: Int) -> UInt64 { i < 0 ? bos : (i >= n ? eos : t[i].raw) }
            @inline(__always) func shape(_ i: Int) -> UInt64 { i < 0 ? bos : (i >= n ? eos : t[i].shape) }
            @inline(__always) func flags(_ i: Int) -> UInt64 { i < 0 ? 0xF000 : (i >= n ? 0xF001 : UInt64(t[i].flags)) }
            @inline(__always) func gaz(_ i: Int) -> UInt64 { i < 0 || i >= n ? 0xFF : UInt64(t[i].gazExact) }
            @inline(__always) func gazL(_ i: Int) -> UInt64 { i < 0 || i >= n ? 0xFF : UInt64(t[i].gazLower) }
            @inline(__always) func quant(_ i: Int) -> UInt64 { i < 0 || i >= n ? 2 : (t[i].inQuantity ? 1 : 0) }
            @inline(__always) func cl(_ i: Int) -> UInt64 { i < 0 ? 0xB05 : (i >= n ? 0xE05 : UInt64(t[i].cluster)) }
            for i in 0..<n {
                let c = t[i]
                @inline(__always) func f(_ tmpl: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ d: UInt64 = 0) {
                    o[w] = UInt32(truncatingIfNeeded: FeatureHash.mix(tmpl, a, b, d) >> shift); w += 1
                }
                f(1, 0)
                f(2, c.lower)
                f(3, c.raw)
                f(4, c.shape)
                f(5, c.prefix.0); f(6, c.prefix.1); f(7, c.prefix.2); f(8, c.prefix.3)
                f(9, c.suffix.0); f(10, c.suffix.1); f(11, c.suffix.2); f(12, c.suffix.3)
                f(13, lower(i - 1)); f(14, lower(i + 1)); f(15, lower(i - 2)); f(16, lower(i + 2))
                f(17, shape(i - 1), c.shape); f(18, c.shape, shape(i + 1))
                f(19, lower(i - 1), c.lower); f(20, c.lower, lower(i + 1))
                f(21, shape(i - 1), c.shape, shape(i + 1))
                f(22, i == 0 ? 1 : 0, c.shape)
                f(23, UInt64(c.flags))
                f(24, gaz(i))
                f(25, gaz(i - 1), gaz(i), gaz(i + 1))
                f(26, gazL(i))
                f(27, quant(i - 1), quant(i), quant(i + 1))
                f(28, lower(i - 1), c.shape)
                f(29, c.shape, lower(i + 1))
                f(30, raw(i - 1)); f(31, raw(i + 1))
                f(32, lower(i - 2), lower(i - 1)); f(33, lower(i + 1), lower(i + 2))
                f(34, gaz(i), lower(i - 1))
                f(35, UInt64(min(i, 3)), i == n - 1 ? 1 : 0, UInt64(c.flags & 3))
                f(36, flags(i - 1), UInt64(c.flags), flags(i + 1))
                f(37, cl(i)); f(38, cl(i - 1), cl(i)); f(39, cl(i), cl(i + 1))
                f(40, gazL(i - 1), gazL(i), gazL(i + 1))
                let glue = UInt64(c.flags >> 11 & 3)
                f(41, c.raw, glue, flags(i - 1) >> 11 & 3)
                f(42, i == 0 ? 1 : 0, lower(i + 1))
                f(43, i + 1 < n ? t[i + 1].prefix.1 : eos, UInt64(c.flags & 3))
                f(44, raw(i - 1), glue, raw(i + 1))
                let pos = UInt64(c.runPosition)
                f(45, c.runLast, pos)
                f(46, c.runFirst, pos)
                f(47, c.runBefore, pos, UInt64(c.runLength))
                f(48, c.runAfter, pos)
                f(49, c.runBefore, c.runLast)
            }
        }
        }
    }
}
