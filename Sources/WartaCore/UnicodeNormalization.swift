import Foundation

/// Unicode normalisation, kept here so that modules importing libxml2 need not import Foundation.
public enum UnicodeNormalization {
    /// NFC. Skipped when every scalar is one NFC never changes on its own and that never combines
    /// with a neighbour: below U+0300, or in the punctuation, symbol and emoji blocks news pages
    /// use (curly quotes, dashes, ellipsis, currency signs, arrows), minus the few singletons and
    /// composition exclusions there (U+2000, U+2001, U+2126, U+212A, U+212B, U+2329, U+232A,
    /// U+2ADC) and the combining marks for symbols (U+20D0–U+20FF).
    public static func nfc(_ s: String) -> String {
        for u in s.unicodeScalars where !isStable(u.value) { return s.precomposedStringWithCanonicalMapping }
        return s
    }

    @inlinable @inline(__always)
    static func isStable(_ v: UInt32) -> Bool { v < 0x300 || isStableSymbol(v) }

    /// The punctuation, symbol and emoji ranges above U+0300 that `nfc` skips (see there).
    @inlinable @inline(__always)
    public static func isStableSymbol(_ v: UInt32) -> Bool {
        if v < 0x2002 { return false }
        if v <= 0x20CF { return true }
        if v < 0x2100 { return false }
        if v <= 0x2BFF {
            return v != 0x2126 && v != 0x212A && v != 0x212B && v != 0x2329 && v != 0x232A && v != 0x2ADC
        }
        return v >= 0x1F300 && v <= 0x1FAFF
    }
}
