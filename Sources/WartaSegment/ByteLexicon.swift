/// A set of byte strings with a value each, looked up straight from a text buffer without
/// building a `String` (64-bit FNV-1a hash, verified against the stored bytes).
struct ByteLexicon<Value: Sendable>: Sendable {
    private var table: [UInt64: (bytes: [UInt8], value: Value)] = [:]
    /// Longest entry in bytes: longer candidates are rejected before hashing.
    private(set) var maxLength = 0

    init() {}

    var count: Int { table.count }

    /// Adds `key` unless an entry with the same bytes exists (the first one wins).
    mutating func insert(_ key: String, _ value: Value) {
        let bytes = Array(key.utf8)
        let h = bytes.withUnsafeBufferPointer { Self.hash($0, 0, $0.count) }
        if table[h] != nil { return }
        table[h] = (bytes, value)
        maxLength = max(maxLength, bytes.count)
    }

    @inline(__always) static func hash(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        var i = from
        while i < to { h = (h ^ UInt64(p[i])) &* 0x100000001b3; i += 1 }
        return h
    }

    /// The value stored for the bytes `p[from..<to]`.
    @inline(__always) func lookup(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Value? {
        let len = to - from
        if len <= 0 || len > maxLength { return nil }
        guard let e = table[Self.hash(p, from, to)], e.bytes.count == len else { return nil }
        for k in 0..<len where e.bytes[k] != p[from + k] { return nil }
        return e.value
    }

    func contains(_ key: String) -> Bool {
        let bytes = Array(key.utf8)
        return bytes.withUnsafeBufferPointer { lookup($0, 0, $0.count) != nil }
    }
}
