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

    /// NFC (see `UnicodeNormalization.nfc` for when it is skipped).
    public static func nfc(_ s: String) -> String { UnicodeNormalization.nfc(s) }

    /// Unicode scalars in a string (UTF-8 bytes that do not continue a sequence).
    static func scalarCount(_ s: String) -> Int {
        var t = s
        return t.withUTF8 { b in
            var count = 0
            for c in b where c & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }
}
