import Foundation

/// The dense quantized weight rows, in memory the tagger reads at random (tens of megabytes):
/// allocated on a 2 MiB boundary and marked for transparent huge pages, so a row read costs a
/// cache miss but rarely a TLB miss as well. Immutable after `init`; shared by all workers.
final class WeightTable: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Int16>
    let count: Int

    /// A zeroed table of `count` weights.
    init(count: Int) {
        self.count = count
        let bytes = max(2, count * MemoryLayout<Int16>.stride)
        let huge = 1 << 21
        var raw: UnsafeMutableRawPointer?
        if posix_memalign(&raw, huge, bytes) != 0 || raw == nil {
            raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: MemoryLayout<Int16>.alignment)
            ownedByPosix = false
        } else {
            ownedByPosix = true
            #if os(Linux)
            _ = madvise(raw, bytes, 14)  // MADV_HUGEPAGE (a hint; ignored where unsupported)
            #endif
        }
        raw!.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
        base = raw!.assumingMemoryBound(to: Int16.self)
    }

    private let ownedByPosix: Bool

    deinit {
        if ownedByPosix { free(base) } else { base.deallocate() }
    }

    subscript(_ i: Int) -> Int16 {
        precondition(i >= 0 && i < count)
        return base[i]
    }

    /// Fills the table (only during `LinearChainModel.init`).
    func initialize(_ body: (UnsafeMutableBufferPointer<Int16>) -> Void) {
        body(UnsafeMutableBufferPointer(start: base, count: count))
    }

    @inline(__always)
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Int16>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }
}
