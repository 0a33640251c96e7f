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
        guard n > 0 else { return }
        let start = out.count
        out.append(contentsOf: repeatElement(0, count: n * count))
        out.withUnsafeMutableBufferPointer { o in
            infos.withUnsafeBufferPointer { t in
                extract(t, bits: bits, into: o.baseAddress! + start)
            }
        }
    }

    /// The neighbour values the templates read, one column per kind with two padding slots on
    /// each side holding the sentence-boundary values, so `col[i ± 2]` needs no bounds test.
    private enum Column: Int, CaseIterable {
        case lower, raw, shape, flags, gaz, gazL, quant, cluster, prefix1
    }

    /// Fills the neighbour columns of `t` (see `Column`) in scratch memory and hands them to `body`:
    /// lower, raw, shape, flags, gaz, gazL, quant, cluster, prefix1.
    @inline(__always)
    private static func withColumns(_ t: UnsafeBufferPointer<TokenInfo>, _ body: (
        UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt64>,
        UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt64>,
        UnsafeMutablePointer<UInt64>) -> Void) {
        let n = t.count
        let stride = n + 4
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Column.allCases.count * stride) { buf in
            let b = buf.baseAddress!
            @inline(__always) func column(_ c: Column, _ left: UInt64, _ right: UInt64) -> UnsafeMutablePointer<UInt64> {
                let col = b + c.rawValue * stride + 2
                col[-2] = left; col[-1] = left; col[n] = right; col[n + 1] = right
                return col
            }
            let lower = column(.lower, bos, eos), raw = column(.raw, bos, eos), shape = column(.shape, bos, eos)
            let flags = column(.flags, 0xF000, 0xF001), gaz = column(.gaz, 0xFF, 0xFF), gazL = column(.gazL, 0xFF, 0xFF)
            let quant = column(.quant, 2, 2), cl = column(.cluster, 0xB05, 0xE05), prefix1 = column(.prefix1, eos, eos)
            for i in 0..<n {
                let c = t[i]
                lower[i] = c.lower; raw[i] = c.raw; shape[i] = c.shape; flags[i] = UInt64(c.flags)
                gaz[i] = UInt64(c.gazExact); gazL[i] = UInt64(c.gazLower); quant[i] = c.inQuantity ? 1 : 0
                cl[i] = UInt64(c.cluster); prefix1[i] = c.prefix.1
            }
            body(lower, raw, shape, flags, gaz, gazL, quant, cl, prefix1)
        }
    }

    /// Writes `count` feature indices per token of `t` to `o`.
    static func extract(_ t: UnsafeBufferPointer<TokenInfo>, bits: Int, into o: UnsafeMutablePointer<UInt32>) {
        let n = t.count
        let shift = UInt64(64 - bits)
        withColumns(t) { lower, raw, shape, flags, gaz, gazL, quant, cl, prefix1 in
            var o = o
            for i in 0..<n {
                let c = t[i]
                @inline(__always) func f(_ k: Int, _ tmpl: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ d: UInt64 = 0) {
                    o[k] = UInt32(truncatingIfNeeded: FeatureHash.mix(tmpl, a, b, d) &>> shift)
                }
                let first: UInt64 = i == 0 ? 1 : 0
                f(0, 1, 0)
                f(1, 2, c.lower)
                f(2, 3, c.raw)
                f(3, 4, c.shape)
                f(4, 5, c.prefix.0); f(5, 6, c.prefix.1); f(6, 7, c.prefix.2); f(7, 8, c.prefix.3)
                f(8, 9, c.suffix.0); f(9, 10, c.suffix.1); f(10, 11, c.suffix.2); f(11, 12, c.suffix.3)
                f(12, 13, lower[i - 1]); f(13, 14, lower[i + 1]); f(14, 15, lower[i - 2]); f(15, 16, lower[i + 2])
                f(16, 17, shape[i - 1], c.shape); f(17, 18, c.shape, shape[i + 1])
                f(18, 19, lower[i - 1], c.lower); f(19, 20, c.lower, lower[i + 1])
                f(20, 21, shape[i - 1], c.shape, shape[i + 1])
                f(21, 22, first, c.shape)
                f(22, 23, UInt64(c.flags))
                f(23, 24, gaz[i])
                f(24, 25, gaz[i - 1], gaz[i], gaz[i + 1])
                f(25, 26, gazL[i])
                f(26, 27, quant[i - 1], quant[i], quant[i + 1])
                f(27, 28, lower[i - 1], c.shape)
                f(28, 29, c.shape, lower[i + 1])
                f(29, 30, raw[i - 1]); f(30, 31, raw[i + 1])
                f(31, 32, lower[i - 2], lower[i - 1]); f(32, 33, lower[i + 1], lower[i + 2])
                f(33, 34, gaz[i], lower[i - 1])
                f(34, 35, UInt64(min(i, 3)), i == n - 1 ? 1 : 0, UInt64(c.flags & 3))
                f(35, 36, flags[i - 1], UInt64(c.flags), flags[i + 1])
                f(36, 37, cl[i]); f(37, 38, cl[i - 1], cl[i]); f(38, 39, cl[i], cl[i + 1])
                f(39, 40, gazL[i - 1], gazL[i], gazL[i + 1])
                let glue = UInt64(c.flags >> 11 & 3)
                f(40, 41, c.raw, glue, flags[i - 1] >> 11 & 3)
                f(41, 42, first, lower[i + 1])
                f(42, 43, prefix1[i + 1], UInt64(c.flags & 3))
                f(43, 44, raw[i - 1], glue, raw[i + 1])
                let pos = UInt64(c.runPosition)
                f(44, 45, c.runLast, pos)
                f(45, 46, c.runFirst, pos)
                f(46, 47, c.runBefore, pos, UInt64(c.runLength))
                f(47, 48, c.runAfter, pos)
                f(48, 49, c.runBefore, c.runLast)
                o += count
            }
        }
    }

    // MARK: The same templates split for the tagger's word cache

    /// Templates 2–12 and 37 read the token's own word only; 13 and 30 the previous word, 14
    /// and 31 the next, 15 the one before the previous, 16 the one after the next. `word`
    /// gives these indices for one word, in the order: own (12), as previous (13, 30), as next
    /// (14, 31), as second previous (15), as second next (16).
    static let wordCount = 18

    /// The word templates' indices of word `c` (see `wordCount`).
    @inline(__always)
    static func word(_ c: TokenInfo, bits: Int, into o: UnsafeMutablePointer<UInt32>) {
        let shift = UInt64(64 - bits)
        @inline(__always) func f(_ k: Int, _ tmpl: UInt64, _ a: UInt64) {
            o[k] = UInt32(truncatingIfNeeded: FeatureHash.mix(tmpl, a) &>> shift)
        }
        f(0, 2, c.lower); f(1, 3, c.raw); f(2, 4, c.shape)
        f(3, 5, c.prefix.0); f(4, 6, c.prefix.1); f(5, 7, c.prefix.2); f(6, 8, c.prefix.3)
        f(7, 9, c.suffix.0); f(8, 10, c.suffix.1); f(9, 11, c.suffix.2); f(10, 12, c.suffix.3)
        f(11, 37, UInt64(c.cluster))
        f(12, 13, c.lower); f(13, 30, c.raw)
        f(14, 14, c.lower); f(15, 31, c.raw)
        f(16, 15, c.lower)
        f(17, 16, c.lower)
    }

    /// The bias template (1), the same for every token.
    static func bias(bits: Int) -> UInt32 { UInt32(truncatingIfNeeded: FeatureHash.mix(1, 0) &>> UInt64(64 - bits)) }

    /// Features per token that depend on the context (all but the bias and the word templates).
    static let contextCount = count - 1 - wordCount

    /// Writes the `contextCount` context feature indices per token of `t` to `o`: the templates
    /// of `extract` other than 1–16, 30, 31 and 37, in template order.
    static func extractContext(_ t: UnsafeBufferPointer<TokenInfo>, bits: Int, into o: UnsafeMutablePointer<UInt32>) {
        let n = t.count
        let shift = UInt64(64 - bits)
        withColumns(t) { lower, raw, shape, flags, gaz, gazL, quant, cl, prefix1 in
            var o = o
            for i in 0..<n {
                let c = t[i]
                @inline(__always) func f(_ k: Int, _ tmpl: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ d: UInt64 = 0) {
                    o[k] = UInt32(truncatingIfNeeded: FeatureHash.mix(tmpl, a, b, d) &>> shift)
                }
                let first: UInt64 = i == 0 ? 1 : 0
                f(0, 17, shape[i - 1], c.shape); f(1, 18, c.shape, shape[i + 1])
                f(2, 19, lower[i - 1], c.lower); f(3, 20, c.lower, lower[i + 1])
                f(4, 21, shape[i - 1], c.shape, shape[i + 1])
                f(5, 22, first, c.shape)
                f(6, 23, UInt64(c.flags))
                f(7, 24, gaz[i])
                f(8, 25, gaz[i - 1], gaz[i], gaz[i + 1])
                f(9, 26, gazL[i])
                f(10, 27, quant[i - 1], quant[i], quant[i + 1])
                f(11, 28, lower[i - 1], c.shape)
                f(12, 29, c.shape, lower[i + 1])
                f(13, 32, lower[i - 2], lower[i - 1]); f(14, 33, lower[i + 1], lower[i + 2])
                f(15, 34, gaz[i], lower[i - 1])
                f(16, 35, UInt64(min(i, 3)), i == n - 1 ? 1 : 0, UInt64(c.flags & 3))
                f(17, 36, flags[i - 1], UInt64(c.flags), flags[i + 1])
                f(18, 38, cl[i - 1], cl[i]); f(19, 39, cl[i], cl[i + 1])
                f(20, 40, gazL[i - 1], gazL[i], gazL[i + 1])
                let glue = UInt64(c.flags >> 11 & 3)
                f(21, 41, c.raw, glue, flags[i - 1] >> 11 & 3)
                f(22, 42, first, lower[i + 1])
                f(23, 43, prefix1[i + 1], UInt64(c.flags & 3))
                f(24, 44, raw[i - 1], glue, raw[i + 1])
                let pos = UInt64(c.runPosition)
                f(25, 45, c.runLast, pos)
                f(26, 46, c.runFirst, pos)
                f(27, 47, c.runBefore, pos, UInt64(c.runLength))
                f(28, 48, c.runAfter, pos)
                f(29, 49, c.runBefore, c.runLast)
                o += contextCount
            }
        }
    }
}
