/// 64-bit FNV-1a: stable across runs, machines and Swift versions (unlike `Hasher`, which is
/// seeded per process). Used for shard assignment, the data hash, hashed features and word tables.
public enum FNV1a {
    public static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Mixes one byte into `h`.
    @inlinable @inline(__always)
    public static func mix(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* prime }

    /// FNV-1a of `bytes`, continuing from `seed`.
    @inlinable @inline(__always)
    public static func hash<S: Sequence>(_ bytes: S, seed: UInt64 = offset) -> UInt64 where S.Element == UInt8 {
        var h = seed
        for b in bytes { h = mix(h, b) }
        return h
    }

    /// FNV-1a of a string's UTF-8 bytes.
    @inlinable
    public static func hash(_ s: String, seed: UInt64 = offset) -> UInt64 { hash(s.utf8, seed: seed) }
}
