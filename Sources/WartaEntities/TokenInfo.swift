/// The per-token hashes and flags every feature template is built from, computed once per token
/// straight from the UTF-8 bytes (no `String` per token).
struct TokenInfo {
    /// Hash of the token's bytes as written.
    var raw: UInt64 = 0
    /// Hash of the lower-cased bytes.
    var lower: UInt64 = 0
    /// Hash of the collapsed word shape (`Xx`, `XdX`, `d,d`, …).
    var shape: UInt64 = 0
    /// Hashes of the lower-cased prefixes and suffixes of 1–4 code points (0 when shorter).
    var prefix: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var suffix: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// `Flags` bits.
    var flags: UInt32 = 0
    /// Gazetteer tag on exact-case match: 0 none, else `1 + 2 * type + (inside ? 1 : 0)`.
    var gazExact: UInt8 = 0
    /// Same on a case-insensitive match.
    var gazLower: UInt8 = 0
    /// True when the token lies inside a quantity of the numerals stage.
    var inQuantity: Bool = false
    /// Word-cluster id + 1 (0: unknown word).
    var cluster: UInt32 = 0
    /// The run of adjacent capitalised tokens this token belongs to (a candidate name): the
    /// lower-case hashes of its first and last tokens and of the words just outside it, its length
    /// (capped at 4) and the token's position in it (0 none, 1 first, 2 inside, 3 last, 4 alone).
    var runFirst: UInt64 = 0
    var runLast: UInt64 = 0
    var runBefore: UInt64 = 0
    var runAfter: UInt64 = 0
    var runLength: UInt8 = 0
    var runPosition: UInt8 = 0

    enum Flags {
        static let initCap: UInt32 = 1 << 0
        static let allCaps: UInt32 = 1 << 1
        static let hasDigit: UInt32 = 1 << 2
        static let allDigits: UInt32 = 1 << 3
        static let punct: UInt32 = 1 << 4
        static let hasHyphen: UInt32 = 1 << 5
        static let hasDot: UInt32 = 1 << 6
        static let innerCap: UInt32 = 1 << 7
        static let single: UInt32 = 1 << 8
        static let nonASCII: UInt32 = 1 << 9
        static let long: UInt32 = 1 << 10
        /// No space between this token and the previous / next one (`(MK)`, `Ir.`).
        static let gluedLeft: UInt32 = 1 << 11
        static let gluedRight: UInt32 = 1 << 12
    }

    @inline(__always) static func lowerByte(_ b: UInt8) -> UInt8 {
        (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
    }

    /// Computes the info of one token (`lo..<hi` bytes of `p`). `scratch` is reused storage for
    /// the lower-cased bytes.
    static func make(_ p: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, scratch: inout [UInt8]) -> TokenInfo {
        if scratch.count < hi - lo { scratch = [UInt8](repeating: 0, count: Swift.max(64, 2 * (hi - lo))) }
        return scratch.withUnsafeMutableBufferPointer { make(p.baseAddress!, lo, hi, lowered: $0.baseAddress!) }
    }

    /// `make` with the lower-cased bytes written to `q` (room for `hi - lo` bytes). One pass over
    /// the bytes gives the raw and lower-case hashes, the shape and the counts; prefixes and
    /// suffixes then hash at most four code points each.
    @inline(__always)
    static func make(_ p: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int, lowered q: UnsafeMutablePointer<UInt8>) -> TokenInfo {
        var t = TokenInfo()
        let prime = FeatureHash.fnvPrime
        var raw = FeatureHash.fnvOffset, low = FeatureHash.fnvOffset, shape = FeatureHash.fnvOffset
        var lastShape: UInt8 = 0
        var uppers = 0, lowers = 0, digits = 0, letters = 0, scalars = 0
        var sawLower = false
        var flags: UInt32 = 0
        var i = lo, n = 0
        while i < hi {
            let b = p[i]
            raw = (raw ^ UInt64(b)) &* prime
            var s: UInt8
            var lb = b
            if b < 0x80 {
                if b &- 0x41 < 26 {
                    s = 0x58; uppers += 1; letters += 1; lb = b | 0x20
                    if sawLower { flags |= Flags.innerCap }
                } else if b &- 0x61 < 26 {
                    s = 0x78; lowers += 1; letters += 1; sawLower = true
                } else if b &- 0x30 < 10 { s = 0x64; digits += 1 }
                else {
                    s = b
                    if b == 0x2D { flags |= Flags.hasHyphen }
                    if b == 0x2E { flags |= Flags.hasDot }
                }
                scalars += 1
            } else {
                flags |= Flags.nonASCII
                if b & 0xC0 != 0x80 {
                    scalars += 1; letters += 1
                    // Latin-1 capitals (À–Þ) are C3 80–C3 9E.
                    if b == 0xC3, i + 1 < hi, p[i + 1] >= 0x80, p[i + 1] <= 0x9E, p[i + 1] != 0x97 {
                        s = 0x58; uppers += 1
                        let c = p[i + 1]
                        raw = (raw ^ UInt64(c)) &* prime
                        q[n] = b; q[n + 1] = c | 0x20; n += 2; i += 2
                        low = (low ^ UInt64(b)) &* prime
                        low = (low ^ UInt64(c | 0x20)) &* prime
                        if s != lastShape { shape = (shape ^ UInt64(s)) &* prime; lastShape = s }
                        continue
                    }
                    s = 0x78; lowers += 1; sawLower = true
                } else {
                    q[n] = b; n += 1; i += 1
                    low = (low ^ UInt64(b)) &* prime
                    continue
                }
            }
            q[n] = lb; n += 1
            low = (low ^ UInt64(lb)) &* prime
            if s != lastShape { shape = (shape ^ UInt64(s)) &* prime; lastShape = s }
            i += 1
        }
        t.raw = raw
        t.lower = low
        t.shape = shape
        // Prefixes and suffixes by code points: step over UTF-8 continuation bytes. A prefix or
        // suffix of k code points exists when the token has more than k.
        if scalars > 1 {
            var h = FeatureHash.fnvOffset
            var k = 0, j = 0
            while j < n && k < 4 && k + 1 < scalars {
                h = (h ^ UInt64(q[j])) &* prime; j += 1
                while j < n, q[j] & 0xC0 == 0x80 { h = (h ^ UInt64(q[j])) &* prime; j += 1 }
                switch k { case 0: t.prefix.0 = h; case 1: t.prefix.1 = h; case 2: t.prefix.2 = h; default: t.prefix.3 = h }
                k += 1
            }
            k = 0; j = n
            while j > 0 && k < 4 && k + 1 < scalars {
                j -= 1
                while j > 0, q[j] & 0xC0 == 0x80 { j -= 1 }
                var h = FeatureHash.fnvOffset
                for m in j..<n { h = (h ^ UInt64(q[m])) &* prime }
                switch k { case 0: t.suffix.0 = h; case 1: t.suffix.1 = h; case 2: t.suffix.2 = h; default: t.suffix.3 = h }
                k += 1
            }
        }
        if letters > 0 || digits > 0 {
            let firstUpper = (p[lo] >= 0x41 && p[lo] <= 0x5A) || (p[lo] == 0xC3 && lo + 1 < hi && p[lo + 1] <= 0x9E)
            if firstUpper { flags |= Flags.initCap }
            if uppers >= 2 && lowers == 0 { flags |= Flags.allCaps }
            if digits > 0 { flags |= Flags.hasDigit }
            if digits > 0 && letters == 0 { flags |= Flags.allDigits }
        } else {
            flags |= Flags.punct
        }
        if scalars == 1 { flags |= Flags.single }
        if scalars > 12 { flags |= Flags.long }
        t.flags = flags
        return t
    }

    /// Tokens and token infos of a whole string (set-up code and tests).
    static func tokens(of text: String) -> ([NERToken], [TokenInfo]) {
        var s = text
        var toks: [NERToken] = []
        var infos: [TokenInfo] = []
        var scratch: [UInt8] = []
        s.withUTF8 { p in
            NERTokenizer.tokenize(p, 0, p.count, cpStart: 0, into: &toks)
            for t in toks { infos.append(TokenInfo.make(p, Int(t.byteStart), Int(t.byteEnd), scratch: &scratch)) }
        }
        return (toks, infos)
    }
}
