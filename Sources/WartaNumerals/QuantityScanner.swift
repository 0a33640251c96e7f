import WartaCore

/// A number read from one or more tokens (`14,8 miliar`, `dua puluh lima`, `ketiga`, `ratusan ribu`).
struct NumberReading {
    enum Form { case cardinal, ordinal, fraction, approximate }
    var value: ExactDecimal
    /// Token index after the number.
    var end: Int
    var form: Form = .cardinal
    /// Written in words (`tiga`, `satu miliar`).
    var spelled: Bool
    /// The scale word or abbreviation used (`miliar` = 9).
    var scale: Int?
    /// The digit token's reading, when written with digits.
    var digits: DigitReading?
    var fraction: (Int, Int)?
}

/// An amount: a number with its currency or unit (`US$14,8 miliar`, `49 persen`, `500 km`).
struct Amount {
    var start: Int
    var end: Int
    var number: NumberReading
    var currency: Currency?
    var unit: Unit?
    var value: ExactDecimal { number.value }
}

/// What the scanner found, before it becomes a `Quantity`.
struct Found {
    var start: Int
    var end: Int
    var kind: QuantityKind
    var value: String?
    var min: String? = nil
    var max: String? = nil
    var of: String? = nil
    var currency: String? = nil
    var unit: String? = nil
    var english: String
    var extra: [(String, String)] = []
}

/// Scans a whole text for quantities: tokenizes it once, then tries the grammar at each token.
struct QuantityScanner {
    let lex: NumeralLexicon
    let kw = KW.shared
    let p: UnsafeBufferPointer<UInt8>
    /// The tokens of the text; `deallocate()` them when done with the scanner.
    var tokens: TokenBuffer
    var style: DigitStyle = .indonesian

    init(lexicon: NumeralLexicon, bytes: UnsafeBufferPointer<UInt8>) {
        lex = lexicon
        p = bytes
        tokens = TokenBuffer(capacity: Swift.min(bytes.count / 5 + 16, 1 << 16))
        NumeralTokenizer.tokenize(bytes, into: &tokens, tables: lexicon.tables)
        for i in 0..<tokens.count where tokens[i].kind == .number && tokens[i].b1 - tokens[i].b0 != Int32(tokens[i].scalar) {
            style = DigitParser.detect(bytes, tokens: tokens)
            break
        }
    }

    // MARK: token helpers

    var count: Int { tokens.count }
    @inline(__always) func entry(_ i: Int) -> LexEntry? {
        guard i >= 0, i < tokens.count, tokens[i].entryAny >= 0 else { return nil }
        return lex.entries[Int(tokens[i].entryAny)]
    }
    @inline(__always) func exact(_ i: Int) -> LexEntry? {
        guard i >= 0, i < tokens.count, tokens[i].entryExact >= 0 else { return nil }
        return lex.entries[Int(tokens[i].entryExact)]
    }
    @inline(__always) func isWord(_ i: Int, _ k: WordKey) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .word && tokens[i].lower == k
    }
    @inline(__always) func isSymbol(_ i: Int, _ s: UInt32) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .symbol && tokens[i].scalar == s
    }
    @inline(__always) func isDash(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .symbol else { return false }
        let s = tokens[i].scalar
        return s == 0x2D || s == 0x2013 || s == 0x2014 || s == 0x2012
    }
    /// Token `i` follows the previous one without a gap and on the same line.
    @inline(__always) func attached(_ i: Int) -> Bool { i > 0 && i < tokens.count && !tokens[i].gap }
    /// Token `i` exists and is on the same line as token `i - 1`.
    @inline(__always) func sameLine(_ i: Int) -> Bool { i < tokens.count && !tokens[i].lineBreak }
    func number(_ i: Int) -> NumberWord? { entry(i)?.number }

    /// Two-digit-or-less integer token value (`11`), for dates and times.
    func smallInt(_ i: Int, maxDigits: Int = 2) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number else { return nil }
        let t = tokens[i]
        guard t.b1 - t.b0 == Int32(t.scalar), t.scalar <= UInt32(maxDigits) else { return nil }
        var v = 0
        for b in Int(t.b0)..<Int(t.b1) { v = v * 10 + Int(p[b] - 0x30) }
        return v
    }

    /// Letters of a word token as a lower-case string (rare paths only).
    func lowerString(_ i: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: p[Int(tokens[i].b0)..<Int(tokens[i].b1)]), as: UTF8.self).lowercased()
    }

    /// A sentence starts at token `i` (text start, line start, or after `.`, `!`, `?`, `:`, or a quote).
    func sentenceStart(_ i: Int) -> Bool {
        if i == 0 || tokens[i].lineBreak { return true }
        var j = i - 1
        while j >= 0 && tokens[j].kind == .symbol {
            let s = tokens[j].scalar
            if s == 0x2E || s == 0x21 || s == 0x3F || s == 0x3A || s == 0x3B { return true }
            if s == 0x22 || s == 0x201C || s == 0x201D || s == 0x27 || s == 0x2018 || s == 0x28 || s == 0x2022
                || s == 0x2D || s == 0x2013 || s == 0x2014 {
                if tokens[j].lineBreak || j == 0 { return true }
                j -= 1; continue
            }
            return false
        }
        return j < 0
    }

    // MARK: main loop

    enum Step { case emit(Found, Int), skip(Int), none }

    mutating func scan() -> [Found] {
        var out: [Found] = []
        var i = 0
        let n = tokens.count
        while i < n {
            if !tokens[i].starts { i += 1; continue }
            switch match(i) {
            case .emit(let f, let next):
                out.append(f); i = Swift.max(next, i + 1)
            case .skip(let next):
                i = Swift.max(next, i + 1)
            case .none:
                i += 1
            }
        }
        return out
    }
}
