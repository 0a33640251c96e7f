import WartaCore

/// Whitespace collapsing and Unicode NFC for scrubbed text.
public enum TextNormalization {
    /// Collapses runs of whitespace (including NBSP and zero-width spaces) to one space and trims.
    public static func collapseWhitespace(_ s: String) -> String {
        var out: [UInt8] = []
        var pendingSpace = false
        var s = s
        s.withUTF8 { buf in
            out.reserveCapacity(buf.count)
            var i = 0
            while i < buf.count {
                let b = buf[i]
                var ws = 0
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B { ws = 1 }
                else if b == 0xC2, i + 1 < buf.count, buf[i + 1] == 0xA0 { ws = 2 }
                else if b == 0xE2, i + 2 < buf.count, buf[i + 1] == 0x80,
                        (buf[i + 2] >= 0x80 && buf[i + 2] <= 0x8B) || buf[i + 2] == 0xAF { ws = 3 }   // U+2000–200B, U+202F
                else if b == 0xEF, i + 2 < buf.count, buf[i + 1] == 0xBB, buf[i + 2] == 0xBF { i += 3; continue }  // BOM / ZWNBSP
                else if b == 0x00 { i += 1; continue }
                if ws > 0 { pendingSpace = !out.isEmpty; i += ws; continue }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// NFC. Skipped (as `UnicodeNormalization.nfc` does for Latin text and punctuation) also when
    /// every other scalar is a Cyrillic, CJK, kana or Hangul syllable letter: NFC leaves each of
    /// them as it is and none combines with a neighbour unless a combining mark or jamo (which
    /// take the full path) is present. Checked against Python's unicodedata 14.0.
    public static func nfc(_ s: String) -> String {
        var t = s
        let stable = t.withUTF8 { b -> Bool in
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                // Decode one scalar (the string is valid UTF-8).
                var v: UInt32
                if c < 0xE0 { v = UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2 }
                else if c < 0xF0 { v = UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3 }
                else { v = UInt32(c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F); i += 4 }
                if !isStableLetter(v) && !isStableSymbol(v) { return false }
            }
            return true
        }
        return stable ? s : UnicodeNormalization.nfc(s)
    }

    /// Unicode scalars in a string (UTF-8 bytes that do not continue a sequence).
    static func scalarCount(_ s: String) -> Int {
        var t = s
        return t.withUTF8 { b in
            var count = 0
            for c in b where c & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// The punctuation and symbol ranges `UnicodeNormalization.nfc` skips.
    @inline(__always)
    static func isStableSymbol(_ v: UInt32) -> Bool { UnicodeNormalization.isStableSymbol(v) }

    @inline(__always)
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
}
