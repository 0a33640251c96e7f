import WartaCore
/// What a scanned code point is for the tokenizer. Decided on bytes for ASCII and on the scalar
/// value (by Unicode block) for the rest, never through `Character` (ENGINEERING.md §2.2).
enum ScalarClass: UInt8 {
    case space, newline, lower, upper, digit, otherLetter, punctuation, symbol
}

enum ScalarTable {
    /// Class of an ASCII byte.
    @inline(__always) static func ascii(_ b: UInt8) -> ScalarClass {
        switch b {
        case 0x61...0x7A: return .lower
        case 0x41...0x5A: return .upper
        case 0x30...0x39: return .digit
        case 0x20, 0x09, 0x0B, 0x0C, 0x0D: return .space
        case 0x0A: return .newline
        case 0x5F: return .lower            // `_` joins identifiers and handles
        case 0x24, 0x2B, 0x3C, 0x3D, 0x3E, 0x5E, 0x7C, 0x7E: return .symbol  // `` ` `` is a quote mark here
        case 0x00...0x1F, 0x7F: return .space  // other controls: treated as blanks
        default: return .punctuation
        }
    }

    /// Class of a non-ASCII scalar, by block: the punctuation, symbol and space blocks Indonesian
    /// web text uses; everything else (letters, marks, CJK, …) is part of a word.
    @inline(__always) static func nonASCII(_ s: UInt32) -> ScalarClass {
        switch s {
        case 0x85, 0x2028, 0x2029: return .newline
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
        case 0x80...0x9F: return .space
        case 0xAA, 0xB5, 0xBA: return .otherLetter
        case 0xB2, 0xB3, 0xB9, 0xBC...0xBE: return .otherLetter
        case 0xA2...0xA5, 0xA6, 0xA8, 0xA9, 0xAC, 0xAE...0xB1, 0xB4, 0xB8, 0xD7, 0xF7: return .symbol
        case 0xA1...0xBF: return .punctuation
        case 0x2010...0x2027, 0x2030...0x205E: return .punctuation
        case 0x20A0...0x20CF: return .symbol
        case 0x2100...0x214F: return .symbol
        case 0x2190...0x2BFF: return .symbol
        case 0x3001...0x303F: return .punctuation
        case 0xFE10...0xFE19, 0xFE30...0xFE4F, 0xFE50...0xFE6B: return .punctuation
        case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: return .punctuation
        case 0x1F000...0x1FAFF: return .symbol
        default: return .otherLetter
        }
    }

    /// Decodes the scalar starting at byte `i` (see `UTF8Scalar.decode`).
    @inline(__always) static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (scalar: UInt32, length: Int) {
        UTF8Scalar.decode(p, i)
    }

    /// Case of a non-ASCII letter (only asked for the first scalar of a word).
    static func caseFlag(_ s: UInt32) -> UInt8 {
        guard let u = Unicode.Scalar(s) else { return 0 }
        if u.properties.isUppercase { return ScannedToken.upper }
        if u.properties.isLowercase { return ScannedToken.lower }
        return 0
    }

    @inline(__always) static func isAlnumASCII(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
    }
    @inline(__always) static func isLetterASCII(_ b: UInt8) -> Bool { b | 0x20 >= 0x61 && b | 0x20 <= 0x7A }
    /// The index of the first byte at or after `k` (below `n`) that is not an ASCII letter; eight
    /// bytes at a time (most words end within one 8-byte load).
    @inline(__always) static func letterRunEnd(_ p: UnsafePointer<UInt8>, from k: Int, _ n: Int) -> Int {
        var k = k
        while k &+ 8 <= n {
            let w = UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self)
            let y = (w | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
            let high: UInt64 = 0x8080_8080_8080_8080
            // Per byte: high bit of y + 0x1F is set iff y >= 0x61 ('a'); of y + 0x05 iff y >= 0x7B.
            let letters = ((y &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(y &+ 0x0505_0505_0505_0505) & ~w) & high
            if letters != high {
                return k &+ ((~letters & high).littleEndian.trailingZeroBitCount >> 3)
            }
            k &+= 8
        }
        while k < n, isLetterASCII(p[k]) { k &+= 1 }
        return k
    }

    @inline(__always) static func isUpperASCII(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLowerASCII(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
