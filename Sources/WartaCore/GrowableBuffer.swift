/// A growable buffer of trivial values (tokens) without the uniqueness and capacity checks
/// `Array.append` pays through the runtime on every call (measured ~7 % of the sentence and
/// numeral scanners). Owned by one scan, which frees it with `deallocate()`; the elements must be
/// trivial values (no references), as they are never deinitialised.
@frozen
public struct GrowableBuffer<Element> {
    public var base: UnsafeMutablePointer<Element>
    public var count = 0
    @usableFromInline var capacity: Int

    @inlinable
    public init(capacity: Int) {
        self.capacity = Swift.max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    @inlinable @inline(__always)
    public mutating func append(_ t: Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: t)
        count &+= 1
    }

    @inlinable
    mutating func grow() {
        let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    @inlinable @inline(__always)
    public subscript(_ i: Int) -> Element {
        get { base[i] }
        set { base[i] = newValue }
    }

    /// Forgets the elements (trivial values) and keeps the memory.
    @inlinable public mutating func removeAll() { count = 0 }

    @inlinable public var elements: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    @inlinable public var array: [Element] { Array(elements) }

    @inlinable public func deallocate() { base.deallocate() }
}
