import WartaCore

/// An immutable interning table from words (UTF-8 bytes) to dense ids, looked up straight from a
/// slice of the document's bytes, optionally with one restored initial byte (the consonant that
/// Indonesian nasal prefixes delete: `memproses` keeps it, `menyimpan` → `s`+`impan`).
///
/// Open addressing over FNV-1a hashes: the hot path hashes and compares bytes, never builds a
/// `String` (ENGINEERING.md: no `String`/`Character` work per token).
///
/// `@unchecked Sendable`: the buffers are written only in `init` and freed in `deinit`; every
/// other access is a read, so one table is safely shared by all worker threads. Raw buffers
/// rather than arrays because array reads from a class cost reference counting per lookup
/// (measured: 15 % of the stage's time).
public final class WordTable: @unchecked Sendable {
    /// Concatenated bytes of all words; word `i` is `storage[offsets[i]..<offsets[i+1]]`.
    private let storage: UnsafeMutableBufferPointer<UInt8>
    private let offsets: UnsafeMutableBufferPointer<Int32>
    private let hashes: UnsafeMutableBufferPointer<UInt64>
    /// Slot → word id + 1 (0 = empty). Power-of-two size, at most half full.
    private let slots: UnsafeMutableBufferPointer<Int32>
    private let mask: Int

    /// The words in id order.
    public let words: [String]

    /// Interns `words` (duplicates get the id of their first occurrence).
    public init(_ input: [String]) {
        var unique: [String] = []
        var seen: Set<String> = []
        for w in input where !seen.contains(w) { seen.insert(w); unique.append(w) }
        var bytes: [UInt8] = []
        var offs: [Int32] = [0]
        var hs: [UInt64] = []
        for w in unique {
            let b = Array(w.utf8)
            bytes.append(contentsOf: b)
            offs.append(Int32(bytes.count))
            hs.append(b.withUnsafeBufferPointer { WordTable.hash($0, restore: 0) })
        }
        var size = 16
        while size < unique.count * 2 + 2 { size <<= 1 }
        var sl = [Int32](repeating: 0, count: size)
        for (i, h) in hs.enumerated() {
            var s = Int(truncatingIfNeeded: h) & (size - 1)
            while sl[s] != 0 { s = (s + 1) & (size - 1) }
            sl[s] = Int32(i + 1)
        }
        func copy<T>(_ a: [T]) -> UnsafeMutableBufferPointer<T> {
            let p = UnsafeMutableBufferPointer<T>.allocate(capacity: max(a.count, 1))
            _ = p.initialize(from: a)
            return p
        }
        storage = copy(bytes); offsets = copy(offs); hashes = copy(hs); slots = copy(sl)
        mask = size - 1; words = unique
    }

    deinit {
        storage.deallocate(); offsets.deallocate(); hashes.deallocate(); slots.deallocate()
    }

    /// Number of words.
    public var count: Int { words.count }

    /// FNV-1a of `restore` (when non-zero) followed by `bytes`.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, restore: UInt8) -> UInt64 {
        FNV1a.hash(bytes, seed: restore != 0 ? FNV1a.mix(FNV1a.offset, restore) : FNV1a.offset)
    }

    /// Hashes of all words (for building filters over several tables).
    var allHashes: UnsafeBufferPointer<UInt64> { UnsafeBufferPointer(rebasing: hashes[0..<words.count]) }

    /// The id of `restore`+`bytes` (`restore` 0 = none), or nil.
    @inline(__always)
    public func id(of bytes: UnsafeBufferPointer<UInt8>, restore: UInt8 = 0) -> Int32? {
        id(of: bytes, restore: restore, hash: WordTable.hash(bytes, restore: restore))
    }

    /// The id of `restore`+`bytes` whose FNV-1a hash `h` the caller already has, or nil.
    @inline(__always)
    func id(of bytes: UnsafeBufferPointer<UInt8>, restore: UInt8 = 0, hash h: UInt64) -> Int32? {
        let length = bytes.count + (restore != 0 ? 1 : 0)
        if length == 0 { return nil }
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let v = slots[s]
            if v == 0 { return nil }
            let i = Int(v - 1)
            if hashes[i] == h {
                let lo = Int(offsets[i]), hi = Int(offsets[i + 1])
                if hi - lo == length {
                    var ok = true
                    var k = lo
                    if restore != 0 { ok = storage[k] == restore; k += 1 }
                    var j = 0
                    while ok && j < bytes.count { if storage[k + j] != bytes[j] { ok = false }; j += 1 }
                    if ok { return Int32(i) }
                }
            }
            s = (s + 1) & mask
        }
    }

    /// The id of a word given as a string, or nil.
    public func id(of word: String) -> Int32? {
        var w = word
        return w.withUTF8 { id(of: $0) }
    }
}
