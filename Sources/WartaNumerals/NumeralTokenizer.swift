/// One token of the numeral scanner: a word (letters), a number (digits with inner `.`/`,`
/// separators), or a single symbol/punctuation scalar. Offsets in UTF-8 bytes and code points.
struct NumToken {
    enum Kind: UInt8 { case word, number, symbol }
    var b0: Int32
    var b1: Int32
    var c0: Int32
    var c1: Int32
    var kind: Kind
    /// Whitespace before this token (or it starts the text).
    var gap: Bool
    /// A line break (or the text start) between the previous token and this one.
    var lineBreak: Bool
    /// Words: the first letter is an ASCII capital.
    var capital: Bool
    /// Symbols: the scalar value. Numbers: count of digits.
    var scalar: UInt32
    /// Exact-case key of the bytes (words and numbers).
    var key: WordKey
    /// Lower-case key (words).
    var lower: WordKey
    /// Lexicon entry of the lower-case word or of the symbol, -1 when none.
    var entryAny: Int32 = -1
    /// Lexicon entry of the exact-case word (short words only), -1 when none.
    var entryExact: Int32 = -1
    /// The token may start a quantity (a number, or a word/symbol whose entry can).
    var starts = false
}

/// Splits a text into `NumToken`s in one pass over its UTF-8 bytes.
enum NumeralTokenizer {
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }
    @inline(__always) static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }

    /// Length in bytes of the scalar starting with lead byte `c`.
    @inline(__always) static func scalarLength(_ c: UInt8) -> Int {
        c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
    }

    /// Decodes the scalar at `i` (valid UTF-8 assumed: Swift strings are).
    @inline(__always) static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32 {
        let c = p[i]
        if c < 0x80 { return UInt32(c) }
        if c < 0xE0 { return (UInt32(c & 0x1F) << 6) | UInt32(p[i + 1] & 0x3F) }
        if c < 0xF0 { return (UInt32(c & 0x0F) << 12) | (UInt32(p[i + 1] & 0x3F) << 6) | UInt32(p[i + 2] & 0x3F) }
        return (UInt32(c & 0x07) << 18) | (UInt32(p[i + 1] & 0x3F) << 12) | (UInt32(p[i + 2] & 0x3F) << 6)
            | UInt32(p[i + 3] & 0x3F)
    }

    enum ScalarClass { case space, newline, letter, symbol }

    /// Class of a non-ASCII scalar.
    @inline(__always) static func classify(_ s: UInt32) -> ScalarClass {
        switch s {
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
        case 0x85, 0x2028, 0x2029: return .newline
        case 0x80...0xBF, 0xD7, 0xF7: return .symbol
        case 0x2010...0x2BFF: return .symbol
        case 0xC0...0x24F, 0x1E00...0x1EFF, 0x370...0x3FF, 0x400...0x4FF: return .letter
        case 0x300...0x36F: return .letter
        default: return s >= 0x2E80 ? .letter : .symbol
        }
    }

    /// Tokenizes `p`; with a lexicon, also looks every word and symbol up (one pass).
    static func tokenize(_ p: UnsafeBufferPointer<UInt8>, into tokens: inout TokenBuffer, lexicon: NumeralLexicon? = nil) {
        let n = p.count
        var i = 0
        var cp: Int32 = 0
        var gap = true
        var lineBreak = true
        while i < n {
            let c = p[i]
            if c < 0x80 {
                if c == 0x20 || c == 0x09 { gap = true; i &+= 1; cp &+= 1; continue }
                if c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C { gap = true; lineBreak = true; i &+= 1; cp &+= 1; continue }
                if isDigit(c) {
                    let start = i, cstart = cp
                    var digits: UInt32 = 0
                    while i < n {
                        let d = p[i]
                        if isDigit(d) { i &+= 1; digits &+= 1; continue }
                        if (d == 0x2E || d == 0x2C) && i + 1 < n && isDigit(p[i + 1]) { i &+= 1; continue }
                        break
                    }
                    cp &+= Int32(i - start)
                    tokens.append(NumToken(b0: Int32(start), b1: Int32(i), c0: cstart, c1: cp, kind: .number, gap: gap,
                                           lineBreak: lineBreak, capital: false, scalar: digits,
                                           key: WordKey(p, start, i, lower: false), lower: .none, starts: true))
                    gap = false; lineBreak = false
                    continue
                }
                if !isASCIILetter(c) {
                    var t = NumToken(b0: Int32(i), b1: Int32(i + 1), c0: cp, c1: cp + 1, kind: .symbol, gap: gap,
                                     lineBreak: lineBreak, capital: false, scalar: UInt32(c), key: .none, lower: .none)
                    if let lex = lexicon {
                        if c == 0x24 || c == 0x25, let e = lex.symbols[UInt32(c)] { t.entryAny = e }
                        t.starts = c == 0x2D || c == 0x2B || c == 0x28 || c == 0x2C || (t.entryAny >= 0 && lex.startable[Int(t.entryAny)])
                    }
                    tokens.append(t)
                    gap = false; lineBreak = false
                    i &+= 1; cp &+= 1
                    continue
                }
            } else {
                let s = decode(p, i)
                switch classify(s) {
                case .space:
                    gap = true; i &+= scalarLength(c); cp &+= 1; continue
                case .newline:
                    gap = true; lineBreak = true; i &+= scalarLength(c); cp &+= 1; continue
                case .symbol:
                    let len = scalarLength(c)
                    var t = NumToken(b0: Int32(i), b1: Int32(i + len), c0: cp, c1: cp + 1, kind: .symbol, gap: gap,
                                     lineBreak: lineBreak, capital: false, scalar: s, key: .none, lower: .none)
                    if let lex = lexicon, let e = lex.symbols[s] { t.entryAny = e; t.starts = lex.startable[Int(e)] }
                    tokens.append(t)
                    gap = false; lineBreak = false
                    i &+= len; cp &+= 1
                    continue
                case .letter:
                    break
                }
            }
            // A word: ASCII letters and non-ASCII letters; both keys packed on the way.
            let start = i, cstart = cp
            let capital = c &- 0x41 < 26
            var ea: UInt64 = 0, eb: UInt64 = 0, la: UInt64 = 0, lb: UInt64 = 0
            var k = 0
            while i < n {
                let d = p[i]
                if d < 0x80 {
                    guard isASCIILetter(d) else { break }
                    if k < 8 {
                        let sh = UInt64(k) &* 8
                        ea |= UInt64(d) &<< sh; la |= UInt64(d | 0x20) &<< sh
                    } else if k < 16 {
                        let sh = UInt64(k &- 8) &* 8
                        eb |= UInt64(d) &<< sh; lb |= UInt64(d | 0x20) &<< sh
                    }
                    k &+= 1; i &+= 1; cp &+= 1
                    continue
                }
                let s = decode(p, i)
                if classify(s) != .letter { break }
                let len = scalarLength(d)
                for b in 0..<len {
                    let v = UInt64(p[i &+ b])
                    if k < 8 { let sh = UInt64(k) &* 8; ea |= v &<< sh; la |= v &<< sh }
                    else if k < 16 { let sh = UInt64(k &- 8) &* 8; eb |= v &<< sh; lb |= v &<< sh }
                    k &+= 1
                }
                i &+= len; cp &+= 1
            }
            let long = k > WordKey.maxLength
            var t = NumToken(b0: Int32(start), b1: Int32(i), c0: cstart, c1: cp, kind: .word, gap: gap,
                             lineBreak: lineBreak, capital: capital, scalar: 0,
                             key: long ? .none : WordKey(a: ea, b: eb), lower: long ? .none : WordKey(a: la, b: lb))
            if let lex = lexicon, !long {
                let e = lex.anyCase[t.lower]
                t.entryAny = e
                var st = e >= 0 && lex.startable[Int(e)]
                if k <= 6 {
                    let x = lex.exactCase[t.key]
                    t.entryExact = x
                    if x >= 0 && lex.startable[Int(x)] { st = true }
                }
                t.starts = st
            }
            tokens.append(t)
            gap = false; lineBreak = false
        }
    }
}
