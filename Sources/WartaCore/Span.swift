/// A half-open range `[start, end)` of Unicode code points into `AnnotatedDocument.text`.
///
/// Code points (not `Character`s, not UTF-16 units) so that Python's `text[start:end]` gives the
/// same string: that is the unit of Warta's JSON contract.
public struct Span: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    @inlinable public init(_ start: Int, _ end: Int) { self.start = start; self.end = end }
    @inlinable public init(start: Int, end: Int) { self.start = start; self.end = end }

    @inlinable public var length: Int { end - start }
    @inlinable public var isEmpty: Bool { end <= start }

    /// True when the two spans share at least one code point.
    @inlinable public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }
    /// True when `other` lies inside this span.
    @inlinable public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    public static func < (a: Span, b: Span) -> Bool { a.start != b.start ? a.start < b.start : a.end < b.end }
    public var description: String { "\(start)..<\(end)" }
}

/// Something that lives at a span of the document text (a sentence, a quantity, an entity, …).
public protocol Spanned: Sendable {
    var span: Span { get }
}

extension Span: Spanned { public var span: Span { self } }
