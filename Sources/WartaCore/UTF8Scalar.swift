/// One Unicode scalar from UTF-8 bytes: the decoder every byte-level scanner uses (tokenizer,
/// numerals, boilerplate word counts, the NFC quick check).
public enum UTF8Scalar {
    /// Decodes the scalar starting at byte `i`. Malformed or truncated sequences decode to U+FFFD
    /// with the length of the bytes consumed (a stray byte and its continuation bytes), so a scan
    /// always moves on.
    @inlinable @inline(__always)
    public static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (scalar: UInt32, length: Int) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1) }
        let n = p.count
        if b0 & 0xE0 == 0xC0, i + 1 < n, p[i + 1] & 0xC0 == 0x80 {
            return (((b0 & 0x1F) << 6) | UInt32(p[i + 1] & 0x3F), 2)
        }
        if b0 & 0xF0 == 0xE0, i + 2 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 {
            return (((b0 & 0x0F) << 12) | (UInt32(p[i + 1] & 0x3F) << 6) | UInt32(p[i + 2] & 0x3F), 3)
        }
        if b0 & 0xF8 == 0xF0, i + 3 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80 {
            return (((b0 & 0x07) << 18) | (UInt32(p[i + 1] & 0x3F) << 12) | (UInt32(p[i + 2] & 0x3F) << 6)
                    | UInt32(p[i + 3] & 0x3F), 4)
        }
        var j = i + 1
        while j < n, p[j] & 0xC0 == 0x80, j - i < 4 { j += 1 }
        return (0xFFFD, j - i)
    }
}
