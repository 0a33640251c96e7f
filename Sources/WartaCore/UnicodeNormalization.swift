import Foundation

/// Unicode normalisation, kept here so that modules importing libxml2 need not import Foundation
/// (libxml2's ICU headers clash with Foundation's bundled ICU in one clang module context).
public enum UnicodeNormalization {
    /// NFC, skipped when the text has no scalar that could change (none ≥ U+0300).
    public static func nfc(_ s: String) -> String {
        for u in s.unicodeScalars where u.value >= 0x300 { return s.precomposedStringWithCanonicalMapping }
        return s
    }
}
