/// A small open-addressing hash table from `WordKey` to an entry index, with a cheap
/// multiplicative hash: the scanner looks up every word of the text, so this must cost a few
/// nanoseconds (Swift's `Dictionary` hashes with SipHash, several times slower).
struct WordTable: Sendable {
    private var keysA: [UInt64]
    private var keysB: [UInt64]
    private var values: [Int32]
    private let shift: UInt64
    private let mask: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var bits = 4
        while (1 << bits) < capacity * 2 { bits += 1 }
        keysA = [UInt64](repeating: .max, count: 1 << bits)
        keysB = [UInt64](repeating: .max, count: 1 << bits)
        values = [Int32](repeating: -1, count: 1 << bits)
        shift = UInt64(64 - bits)
        mask = (1 << bits) - 1
    }

    @inline(__always) private func slot(_ k: WordKey) -> Int {
        Int(truncatingIfNeeded: ((k.a &* 0x9E37_79B9_7F4A_7C15) ^ (k.b &* 0xC2B2_AE3D_27D4_EB4F)) >> shift)
    }

    /// The entry of `k`, or -1.
    @inline(__always) subscript(_ k: WordKey) -> Int32 {
        if k == .none { return -1 }
        var i = slot(k)
        while true {
            let a = keysA[i]
            if a == k.a && keysB[i] == k.b { return values[i] }
            if a == .max && values[i] < 0 { return -1 }
            i = (i + 1) & mask
        }
    }

    /// Sets the entry of `k` (set-up time; grows when half full).
    mutating func set(_ k: WordKey, _ v: Int32) {
        precondition(k != .none)
        if (count + 1) * 2 > values.count {
            var bigger = WordTable(capacity: values.count)
            for i in 0..<values.count where values[i] >= 0 { bigger.set(WordKey(a: keysA[i], b: keysB[i]), values[i]) }
            self = bigger
        }
        var i = slot(k)
        while values[i] >= 0 && !(keysA[i] == k.a && keysB[i] == k.b) { i = (i + 1) & mask }
        if values[i] < 0 { count += 1 }
        keysA[i] = k.a; keysB[i] = k.b; values[i] = v
    }
}
