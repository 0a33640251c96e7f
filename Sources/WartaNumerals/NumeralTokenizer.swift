import WartaCore
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
    /// Exact-case key of the bytes: numbers and words of at most 6 bytes (`.none` for longer words).
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

/// The lexicon tables the tokenizer looks every word and symbol up in.
struct LookupTables: Sendable {
    var enabled: Bool
    var anyCase: WordTable
    var exactCase: WordTable
    /// Per lexicon entry: a quantity may start there.
    var startable: [Bool]
    var symbols: [UInt32: Int32]
    /// No lookups (tokenizing the lexicon's own surfaces).
    static let empty = LookupTables(enabled: false, anyCase: WordTable(capacity: 1), exactCase: WordTable(capacity: 1),
                                    startable: [], symbols: [:])
}

/// Splits a text into `NumToken`s in one pass over its UTF-8 bytes.
enum NumeralTokenizer {
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }
    @inline(__always) static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }

    /// Length in bytes of the scalar starting with lead byte `c`.
    @inline(__always) static func scalarLength(_ c: UInt8) -> Int {
        c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
    }

    /// Decodes the scalar at `i` (Swift strings are valid UTF-8).
    @inline(__always) static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32 { UTF8Scalar.decode(p, i).scalar }

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
    ///
    /// Code-point offsets are `byte offset - extra`, where `extra` counts the continuation bytes
    /// seen so far, so ASCII bytes cost no counting.
    static func tokenize(_ p: UnsafeBufferPointer<UInt8>, into tokens: inout TokenBuffer, tables: LookupTables = .empty) {
        let n = p.count
        var i = 0
        var extra = 0
        var gap = true
        var lineBreak = true
        let hasLexicon = tables.enabled
        let anyCase = tables.anyCase, exactCase = tables.exactCase, startable = tables.startable, symbols = tables.symbols
        while i < n {
            let c = p[i]
            if c < 0x80 {
                if c == 0x20 { gap = true; i &+= 1; continue }
                if isASCIILetter(c) {
                    // An ASCII-initial word (the common case): handled below.
                } else if isDigit(c) {
                    let start = i
                    var digits: UInt32 = 0
                    while i < n {
                        let d = p[i]
                        if isDigit(d) { i &+= 1; digits &+= 1; continue }
                        if (d == 0x2E || d == 0x2C) && i + 1 < n && isDigit(p[i + 1]) { i &+= 1; continue }
                        break
                    }
                    let c0 = Int32(truncatingIfNeeded: start &- extra), c1 = Int32(truncatingIfNeeded: i &- extra)
                    tokens.append(NumToken(b0: Int32(start), b1: Int32(i), c0: c0, c1: c1, kind: .number, gap: gap,
                                           lineBreak: lineBreak, capital: false, scalar: digits,
                                           key: WordKey(p, start, i, lower: false), lower: .none, starts: true))
                    gap = false; lineBreak = false
                    continue
                } else if c == 0x09 {
                    gap = true; i &+= 1; continue
                } else if c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C {
                    gap = true; lineBreak = true; i &+= 1; continue
                } else {
                    let c0 = Int32(truncatingIfNeeded: i &- extra)
                    var t = NumToken(b0: Int32(i), b1: Int32(i + 1), c0: c0, c1: c0 + 1, kind: .symbol, gap: gap,
                                     lineBreak: lineBreak, capital: false, scalar: UInt32(c), key: .none, lower: .none)
                    if hasLexicon {
                        if c == 0x24 || c == 0x25, let e = symbols[UInt32(c)] { t.entryAny = e }
                        t.starts = c == 0x2D || c == 0x2B || c == 0x28 || c == 0x2C || (t.entryAny >= 0 && startable[Int(t.entryAny)])
                    }
                    tokens.append(t)
                    gap = false; lineBreak = false
                    i &+= 1
                    continue
                }
            } else {
                let s = decode(p, i)
                let len = scalarLength(c)
                switch classify(s) {
                case .space:
                    gap = true; i &+= len; extra &+= len &- 1; continue
                case .newline:
                    gap = true; lineBreak = true; i &+= len; extra &+= len &- 1; continue
                case .symbol:
                    let c0 = Int32(truncatingIfNeeded: i &- extra)
                    var t = NumToken(b0: Int32(i), b1: Int32(i + len), c0: c0, c1: c0 + 1, kind: .symbol, gap: gap,
                                     lineBreak: lineBreak, capital: false, scalar: s, key: .none, lower: .none)
                    if hasLexicon, let e = symbols[s] { t.entryAny = e; t.starts = startable[Int(e)] }
                    tokens.append(t)
                    gap = false; lineBreak = false
                    i &+= len; extra &+= len &- 1
                    continue
                case .letter:
                    break
                }
            }
            // A word: ASCII and non-ASCII letters; the lower-case key is packed on the way.
            let start = i
            let c0 = Int32(truncatingIfNeeded: start &- extra)
            let capital = c &- 0x41 < 26
            var la: UInt64 = 0, lb: UInt64 = 0
            while i < n {
                let d = p[i]
                if d < 0x80 {
                    guard isASCIILetter(d) else { break }
                    let k = i &- start
                    if k < 8 { la |= UInt64(d | 0x20) &<< (UInt64(k) &* 8) }
                    else if k < 16 { lb |= UInt64(d | 0x20) &<< (UInt64(k &- 8) &* 8) }
                    i &+= 1
                    continue
                }
                let s = decode(p, i)
                if classify(s) != .letter { break }
                let len = scalarLength(d)
                for b in 0..<len {
                    let k = i &+ b &- start
                    let v = UInt64(p[i &+ b])
                    if k < 8 { la |= v &<< (UInt64(k) &* 8) } else if k < 16 { lb |= v &<< (UInt64(k &- 8) &* 8) }
                }
                i &+= len; extra &+= len &- 1
            }
            let bytes = i - start
            let long = bytes > WordKey.maxLength
            let short = bytes <= 6
            var t = NumToken(b0: Int32(start), b1: Int32(i), c0: c0, c1: Int32(truncatingIfNeeded: i &- extra), kind: .word, gap: gap,
                             lineBreak: lineBreak, capital: capital, scalar: 0,
                             key: short ? WordKey(p, start, i, lower: false) : .none,
                             lower: long ? .none : WordKey(a: la, b: lb))
            if hasLexicon, !long {
                let e = anyCase[t.lower]
                t.entryAny = e
                var st = e >= 0 && startable[Int(e)]
                if short {
                    let x = exactCase[t.key]
                    t.entryExact = x
                    if x >= 0 && startable[Int(x)] { st = true }
                }
                t.starts = st
            }
            tokens.append(t)
            gap = false; lineBreak = false
        }
    }
}
