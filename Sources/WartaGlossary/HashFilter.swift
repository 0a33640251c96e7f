/// A 32 KB Bloom filter (two bits per key) over the hashes of every word the matcher could look
/// up: the term-base words and their derived forms. Most tokens of a news text are neither, and
/// the filter, small enough to stay in the L1/L2 cache, rejects them without touching the larger
/// hash tables (their probes were the stage's main cost: cache misses, measured with perf).
struct HashFilter: Sendable {
    private let bits: [UInt64]
    private static let mask: UInt64 = (1 << 18) - 1

    init<S: Sequence>(hashes: S) where S.Element == UInt64 {
        var b = [UInt64](repeating: 0, count: 1 << 12)
        for h in hashes {
            let x = h & Self.mask, y = (h >> 32) & Self.mask
            b[Int(x >> 6)] |= 1 << (x & 63)
            b[Int(y >> 6)] |= 1 << (y & 63)
        }
        bits = b
    }

    /// Runs `body` with the raw bits (for the hot loop).
    func withBits<R>(_ body: (UnsafeBufferPointer<UInt64>) -> R) -> R { bits.withUnsafeBufferPointer(body) }

    /// False when no key has hash `h`.
    @inline(__always) static func mayContain(_ bits: UnsafeBufferPointer<UInt64>, _ h: UInt64) -> Bool {
        let x = h & mask, y = (h >> 32) & mask
        return bits[Int(x >> 6)] & (1 << (x & 63)) != 0 && bits[Int(y >> 6)] & (1 << (y & 63)) != 0
    }
}
