/// Up to 16 UTF-8 bytes of a word packed into two integers: a hashable, allocation-free lookup key.
///
/// Longer words get `WordKey.none`, which matches nothing (no lexicon word is that long).
public struct WordKey: Hashable, Sendable {
    public var a: UInt64
    public var b: UInt64

    public static let none = WordKey(a: .max, b: .max)
    public static let maxLength = 16

    @inlinable init(a: UInt64, b: UInt64) { self.a = a; self.b = b }

    /// Packs `bytes[from..<to]`, ASCII-lowercased when `lower` is true.
    @inlinable
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, lower: Bool) {
        let n = to - from
        guard n > 0, n <= WordKey.maxLength else { self = .none; return }
        var a: UInt64 = 0, b: UInt64 = 0
        var i = 0
        while i < n {
            var c = bytes[from + i]
            if lower && c >= 0x41 && c <= 0x5A { c |= 0x20 }
            if i < 8 { a |= UInt64(c) << (UInt64(i) * 8) } else { b |= UInt64(c) << (UInt64(i - 8) * 8) }
            i += 1
        }
        self.a = a; self.b = b
    }

    /// The key of a string (set-up time only).
    init(_ s: String, lower: Bool) {
        var s = s
        self = s.withUTF8 { WordKey($0, 0, $0.count, lower: lower) }
    }
}
