/// Maps between code-point offsets and UTF-8 byte offsets of one fixed text, built once per
/// document in a single pass so that `text[span]` is O(1) and no stage ever calls `distance`.
///
/// Pure-ASCII texts (most of the bytes of Indonesian news) need no table: both units coincide.
public struct TextIndex: Sendable, Hashable {
    /// Number of code points in the text.
    public let scalarCount: Int
    /// Number of UTF-8 bytes in the text.
    public let utf8Count: Int
    /// `scalarStart[i]` = UTF-8 offset of code point `i`; `scalarCount + 1` entries. Empty when ASCII.
    @usableFromInline let scalarStart: [Int32]

    /// Builds the index of `text` (one pass over its UTF-8 bytes).
    public init(_ text: String) {
        var s = text
        var starts: [Int32] = []
        var count = 0
        let n = s.withUTF8 { buf -> Int in
            // Count scalar starts first (a branch-free loop), then fill an exactly sized table:
            // appending per scalar cost ~26 instructions a byte (callgrind), more than the
            // sentence splitter itself.
            var starts32 = 0
            for b in buf where b & 0xC0 != 0x80 { starts32 &+= 1 }
            if starts32 == buf.count { count = buf.count; return buf.count }   // ASCII
            starts = [Int32](unsafeUninitializedCapacity: starts32 + 1) { out, initialized in
                var k = 0
                for i in 0..<buf.count where buf[i] & 0xC0 != 0x80 {
                    out[k] = Int32(truncatingIfNeeded: i); k &+= 1
                }
                out[k] = Int32(truncatingIfNeeded: buf.count)
                initialized = k &+ 1
            }
            count = starts32
            return buf.count
        }
        scalarCount = count
        utf8Count = n
        scalarStart = starts
    }

    /// True when every code point is one byte (the offset maps are the identity).
    @inlinable public var isASCII: Bool { scalarStart.isEmpty }

    /// UTF-8 offset of code point `i` (`0...scalarCount`).
    @inlinable public func utf8Offset(ofScalar i: Int) -> Int {
        isASCII ? i : Int(scalarStart[i])
    }

    /// Code-point offset of the code point that contains UTF-8 byte `b` (`0...utf8Count`).
    /// Binary search; scanners that walk bytes should count code points as they go instead.
    public func scalarOffset(ofUTF8 b: Int) -> Int {
        if isASCII { return b }
        var lo = 0, hi = scalarCount
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(scalarStart[mid]) <= b { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// UTF-8 byte range of a code-point span.
    @inlinable public func utf8Range(_ span: Span) -> Range<Int> {
        utf8Offset(ofScalar: span.start)..<utf8Offset(ofScalar: span.end)
    }
}
