/// A growable buffer of tokens with manual memory management: the tokenizer appends hundreds of
/// tokens per page and `Array.append` pays a uniqueness check and capacity check per call through
/// the runtime. The owner calls `deallocate()` when done (tokens are plain values).
struct TokenBuffer {
    private(set) var base: UnsafeMutablePointer<NumToken>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = Swift.max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    @inline(__always) mutating func append(_ t: NumToken) {
        if count == capacity { grow() }
        (base + count).initialize(to: t)
        count &+= 1
    }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<NumToken>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    @inline(__always) subscript(_ i: Int) -> NumToken {
        get { base[i] }
        set { base[i] = newValue }
    }

    var array: [NumToken] { Array(UnsafeBufferPointer(start: base, count: count)) }

    func deallocate() { base.deallocate() }
}
