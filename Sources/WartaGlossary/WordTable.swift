/// An immutable interning table from words (UTF-8 bytes) to dense ids, looked up straight from a
/// slice of the document's bytes, optionally with one restored initial byte (the consonant that
/// Indonesian nasal prefixes delete: `memproses` keeps it, `melatih`… `menyimpan` → `s`+`impan`).
///
/// Open addressing over FNV-1a hashes: the hot path hashes and compares bytes, never builds a
/// `String` (ENGINEERING.md: no `String`/`Character` work per token).
public struct WordTable: Sendable {
    /// Concatenated bytes of all words; word `i` is `storage[offsets[i]..<offsets[i+1]]`.
    private let storage: [UInt8]
    private let offsets: [Int32]
    private let hashes: [UInt64]
    /// Slot → word id + 1 (0 = empty). Power-of-two size, at most half full.
    private let slots: [Int32]
    private let mask: Int

    /// The words in id order.
    public let words: [String]

    /// Interns `words` (duplicates get the id of their first occurrence).
    public init(_ input: [String]) {
        var unique: [String] = []
        var seen: Set<String> = []
        for w in input where !seen.contains(w) { seen.insert(w); unique.append(w) }
        var storage: [UInt8] = []
        var offsets: [Int32] = [0]
        var hashes: [UInt64] = []
        for w in unique {
            let bytes = Array(w.utf8)
            storage.append(contentsOf: bytes)
            offsets.append(Int32(storage.count))
            hashes.append(bytes.withUnsafeBufferPointer { WordTable.hash($0, restore: 0) })
        }
        var size = 16
        while size < unique.count * 2 + 2 { size <<= 1 }
        var slots = [Int32](repeating: 0, count: size)
        for (i, h) in hashes.enumerated() {
            var s = Int(truncatingIfNeeded: h) & (size - 1)
            while slots[s] != 0 { s = (s + 1) & (size - 1) }
            slots[s] = Int32(i + 1)
        }
        self.storage = storage; self.offsets = offsets; self.hashes = hashes
        self.slots = slots; self.mask = size - 1; self.words = unique
    }

    /// Number of words.
    public var count: Int { words.count }

    /// FNV-1a of `restore` (when non-zero) followed by `bytes`.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, restore: UInt8) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        if restore != 0 { h = (h ^ UInt64(restore)) &* 0x100000001b3 }
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    /// The id of `restore`+`bytes` (`restore` 0 = none), or nil.
    @inline(__always)
    public func id(of bytes: UnsafeBufferPointer<UInt8>, restore: UInt8 = 0) -> Int32? {
        let length = bytes.count + (restore != 0 ? 1 : 0)
        if length == 0 { return nil }
        let h = WordTable.hash(bytes, restore: restore)
        var s = Int(truncatingIfNeeded: h) & mask
        return storage.withUnsafeBufferPointer { store -> Int32? in
            while true {
                let v = slots[s]
                if v == 0 { return nil }
                let i = Int(v - 1)
                if hashes[i] == h {
                    let lo = Int(offsets[i]), hi = Int(offsets[i + 1])
                    if hi - lo == length {
                        var ok = true
                        var k = lo
                        if restore != 0 { ok = store[k] == restore; k += 1 }
                        var j = 0
                        while ok && j < bytes.count { if store[k + j] != bytes[j] { ok = false }; j += 1 }
                        if ok { return Int32(i) }
                    }
                }
                s = (s + 1) & mask
            }
        }
    }

    /// The id of a word given as a string, or nil.
    public func id(of word: String) -> Int32? {
        var w = word
        return w.withUTF8 { id(of: $0) }
    }
}
