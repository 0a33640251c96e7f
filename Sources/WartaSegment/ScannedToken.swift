import WartaCore

/// A token as the scanner sees it: code-point span (the public `Token`), byte span (for lexicon
/// look-ups), first scalar and layout flags (what the sentence rules look at).
struct ScannedToken {
    var start: Int
    var end: Int
    /// Byte offsets (texts are far below 2 GiB: pages over `--max-page-bytes` never get here).
    var byteStart32: Int32
    var byteEnd32: Int32
    var kind: Token.Kind
    /// Abbreviation class when the token is a word with its full stop attached (`dll.`, `B.J.`).
    var abbreviation: AbbreviationClass?
    var flags: UInt8
    /// The first scalar; for an ellipsis (`...`, `…`) always U+2026.
    var first: UInt32

    static let spaceBefore: UInt8 = 1
    static let newlineBefore: UInt8 = 2
    static let upper: UInt8 = 4
    static let lower: UInt8 = 8
    static let digit: UInt8 = 16

    @inline(__always) var byteStart: Int { Int(byteStart32) }
    @inline(__always) var byteEnd: Int { Int(byteEnd32) }

    @inline(__always) func has(_ f: UInt8) -> Bool { flags & f != 0 }
    var isUpper: Bool { has(ScannedToken.upper) }
    var isLower: Bool { has(ScannedToken.lower) }
    var startsWithDigit: Bool { has(ScannedToken.digit) }
    var isPunctuation: Bool { kind == .punctuation || kind == .symbol }
    @inline(__always) func isPunct(_ s: UInt32) -> Bool { (kind == .punctuation || kind == .symbol) && first == s }

    var publicToken: Token { Token(span: Span(start, end), kind: kind) }
}
