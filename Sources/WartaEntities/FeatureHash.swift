import WartaCore

/// 64-bit hashing of byte strings and hash combination for the hashed feature space.
///
/// Features are never materialized as strings: every token gets a few base hashes (FNV-1a over
/// its UTF-8 bytes), and a feature is a mix of a template number with one to three base hashes,
/// folded into `2^bits` buckets.
enum FeatureHash {
    static let fnvOffset = FNV1a.offset
    static let fnvPrime = FNV1a.prime

    /// FNV-1a over bytes.
    @inline(__always)
    static func bytes(_ p: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, seed: UInt64 = fnvOffset) -> UInt64 {
        var h = seed
        var i = lo
        while i < hi { h = (h ^ UInt64(p[i])) &* fnvPrime; i += 1 }
        return h
    }

    /// FNV-1a over a byte array slice.
    @inline(__always)
    static func bytes(_ a: [UInt8], _ lo: Int, _ hi: Int, seed: UInt64 = fnvOffset) -> UInt64 {
        a.withUnsafeBufferPointer { bytes($0, lo, hi, seed: seed) }
    }

    /// FNV-1a over a string's UTF-8 bytes.
    static func string(_ s: String) -> UInt64 { FNV1a.hash(s) }

    /// A strong 64-bit finalizer (SplitMix64's), so that mixed hashes spread over all bits.
    @inline(__always)
    static func finalize(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Combines a template number with up to three hashes (multiply–xorshift rounds: cheap,
    /// and the feature extraction runs ~50 of these per token).
    @inline(__always)
    static func mix(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        let k: UInt64 = 0xD6E8_FEB8_6659_FD93
        var h = (a ^ (template &* 0x9E37_79B9_7F4A_7C15)) &* k
        h = ((h ^ (h >> 32)) ^ b) &* k
        h = ((h ^ (h >> 32)) ^ c) &* k
        return h ^ (h >> 29)
    }
}

/// A small deterministic random number generator (SplitMix64) for shuffling training data.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
