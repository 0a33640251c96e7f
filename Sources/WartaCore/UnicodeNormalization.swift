import Foundation

/// Unicode normalisation, kept here so that modules importing libxml2 need not import Foundation.
public enum UnicodeNormalization {
    /// NFC. Skipped when every scalar is one NFC never changes on its own and that never combines
    /// with a neighbour: below U+0300; Cyrillic letters, CJK unified ideographs, kana (without the
    /// voicing marks) and Hangul syllables (jamo and combining marks take the full path); and the
    /// punctuation, symbol and emoji blocks news pages use (curly quotes, dashes, ellipsis,
    /// currency signs, arrows), minus the few singletons and composition exclusions there (U+2000,
    /// U+2001, U+2126, U+212A, U+212B, U+2329, U+232A, U+2ADC) and the combining marks for symbols
    /// (U+20D0–U+20FF). One scan of the UTF-8 bytes.
    public static func nfc(_ s: String) -> String {
        var t = s
        let stable = t.withUTF8 { b -> Bool in
            var i = 0
            while i < b.count {
                if b[i] < 0x80 { i += 1; continue }
                let (v, length) = UTF8Scalar.decode(b, i)
                if !isStable(v) { return false }
                i += length
            }
            return true
        }
        return stable ? s : s.precomposedStringWithCanonicalMapping
    }

    @inlinable @inline(__always)
    static func isStable(_ v: UInt32) -> Bool { isStableLetter(v) || isStableSymbol(v) }

    /// Below U+0300, Cyrillic letters, CJK unified ideographs, kana without voicing marks, Hangul syllables.
    @inlinable @inline(__always)
    static func isStableLetter(_ v: UInt32) -> Bool {
        if v < 0x300 { return true }
        if v < 0x400 { return false }
        if v <= 0x482 { return true }                                        // Cyrillic letters
        if v < 0x48A { return false }                                        // Cyrillic combining marks
        if v <= 0x52F { return true }
        if v >= 0x4E00 && v <= 0x9FFF { return true }                        // CJK unified ideographs
        if (v >= 0x3040 && v <= 0x3096) || (v >= 0x30A0 && v <= 0x30FF) { return true }   // kana, no voicing marks
        return v >= 0xAC00 && v <= 0xD7A3                                    // Hangul syllables
    }

    /// The punctuation, symbol and emoji ranges above U+0300 that `nfc` skips (see there).
    @inlinable @inline(__always)
    static func isStableSymbol(_ v: UInt32) -> Bool {
        if v < 0x2002 { return false }
        if v <= 0x20CF { return true }
        if v < 0x2100 { return false }
        if v <= 0x2BFF {
            return v != 0x2126 && v != 0x212A && v != 0x212B && v != 0x2329 && v != 0x232A && v != 0x2ADC
        }
        return v >= 0x1F300 && v <= 0x1FAFF
    }
}
