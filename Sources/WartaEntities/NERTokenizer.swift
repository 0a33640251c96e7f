/// A token of the tagger: its UTF-8 byte range and its code-point span in the document text.
public struct NERToken: Sendable, Hashable {
    public var byteStart: Int32
    public var byteEnd: Int32
    public var start: Int32
    public var end: Int32
    /// True when the token holds a letter or digit (false for punctuation and symbols).
    public var isWord: Bool
}

/// The tagger's own tokenizer, used identically on training sentences and on documents, so the
/// model never depends on another stage's tokenization rules (they change; the weights don't).
///
/// Runs of letters and digits are words; `.` `-` `'` `’` `&` `_` between two word characters and
/// `,` between two digits stay inside (`Kata.ai`, `Sahabat-AI`, `1.500`, `14,8`); every other
/// non-space character is a one-character token (`(Ical)` → `(` `Ical` `)`, `US$14` → `US` `$` `14`).
public enum NERTokenizer {
    enum CharClass { case space, punct, word }

    /// Classifies the scalar at byte `i`; returns its class and byte length.
    @inline(__always)
    static func classify(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int) -> (CharClass, Int) {
        let b = p[i]
        if b < 0x80 {
            if (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) { return (.word, 1) }
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C { return (.space, 1) }
            return (.punct, 1)
        }
        var len = 1
        var v: UInt32 = 0
        if b & 0xE0 == 0xC0 { len = 2; v = UInt32(b & 0x1F) }
        else if b & 0xF0 == 0xE0 { len = 3; v = UInt32(b & 0x0F) }
        else if b & 0xF8 == 0xF0 { len = 4; v = UInt32(b & 0x07) }
        else { return (.punct, 1) }  // stray continuation byte
        if i + len > hi { return (.punct, hi - i) }
        for k in 1..<len { v = (v << 6) | UInt32(p[i + k] & 0x3F) }
        switch v {
        case 0x00A0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x0085, 0x2028, 0x2029: return (.space, len)
        case 0x0080...0x009F: return (.space, len)
        case 0x00A1...0x00A9, 0x00AB...0x00B1, 0x00B4, 0x00B6...0x00B8, 0x00BB, 0x00BF, 0x00D7, 0x00F7:
            return (.punct, len)
        case 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20CF, 0x2100...0x214F, 0x2190...0x23FF,
             0x2500...0x27BF, 0x3001...0x303F, 0xFE30...0xFE4F, 0xFF01...0xFF0F, 0x1F000...0x1FAFF:
            return (.punct, len)
        default: return (.word, len)
        }
    }

    /// True when the byte at `i` starts a joiner that may stay inside a word.
    @inline(__always)
    static func joinerLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int, prevDigit: Bool) -> Int {
        let b = p[i]
        switch b {
        case 0x2E, 0x2D, 0x27, 0x26, 0x5F: return 1                // . - ' & _
        case 0x2C: return prevDigit ? 1 : 0                        // , only inside numbers
        case 0xE2:                                                 // ’ (U+2019)
            if i + 2 < hi, p[i + 1] == 0x80, p[i + 2] == 0x99 { return 3 }
            return 0
        default: return 0
        }
    }

    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// An ASCII letter or digit (what `classify` calls `.word` with length 1).
    @inline(__always)
    static func isASCIIWord(_ b: UInt8) -> Bool { b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26 }

    /// Tokenizes bytes `lo..<hi` of `p`, whose first byte is code point `cpStart`; appends to `out`.
    public static func tokenize(_ p: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, cpStart: Int,
                                into out: inout [NERToken]) {
        var i = lo, cp = cpStart
        while i < hi {
            if p[i] == 0x20 { i += 1; cp += 1; continue }
            let (cls, len) = classify(p, i, hi)
            if cls == .space { i += len; cp += 1; continue }
            if cls == .punct {
                out.append(NERToken(byteStart: Int32(i), byteEnd: Int32(i + len), start: Int32(cp),
                                    end: Int32(cp + 1), isWord: false))
                i += len; cp += 1; continue
            }
            let bs = i, cs = cp
            i += len; cp += 1
            while i < hi {
                if isASCIIWord(p[i]) { i += 1; cp += 1; continue }  // `classify`'s answer, sooner
                let (c, l) = classify(p, i, hi)
                if c == .word { i += l; cp += 1; continue }
                if c == .punct {
                    let jl = joinerLength(p, i, hi, prevDigit: isDigit(p[i - 1]))
                    if jl > 0, i + jl < hi {
                        let (n, _) = classify(p, i + jl, hi)
                        if n == .word, p[i] != 0x2C || isDigit(p[i + jl]) {
                            i += jl; cp += 1; continue
                        }
                    }
                }
                break
            }
            // `Ir. Soprijanto`, `H. Agus`, `St. Louis`: the period of a short capitalised abbreviation
            // stays on it when a capitalised word follows after one space.
            if i + 2 < hi, p[i] == 0x2E, p[i + 1] == 0x20, cp - cs <= 3, p[bs] >= 0x41, p[bs] <= 0x5A,
               p[i + 2] >= 0x41, p[i + 2] <= 0x5A {
                i += 1; cp += 1
            }
            out.append(NERToken(byteStart: Int32(bs), byteEnd: Int32(i), start: Int32(cs), end: Int32(cp), isWord: true))
        }
    }

    /// Tokenizes a whole string (tests and training).
    public static func tokenize(_ s: String) -> [NERToken] {
        var s = s
        var out: [NERToken] = []
        s.withUTF8 { tokenize($0, 0, $0.count, cpStart: 0, into: &out) }
        return out
    }
}
