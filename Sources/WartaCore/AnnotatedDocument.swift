/// The one value that flows through every stage: the input's id, page metadata, the fixed clean
/// text, and stand-off layers of spans into that text.
///
/// The text is fixed when the document is made (by the scrubber, or verbatim from a text record);
/// stages only add layers. All spans are code-point offsets (see `Span`), resolved in O(1)
/// through `index`.
public struct AnnotatedDocument: Sendable {
    /// The input's id: the path as given, a JSONL record's `id`, or a WARC-Record-ID.
    public let id: String
    public var meta: DocumentMeta
    /// The clean text (NFC for HTML input; verbatim for text input).
    public let text: String
    /// Code-point ↔ UTF-8 offset maps of `text`, built once.
    public let index: TextIndex
    public var sentences: [Span] = []
    public var tokens: [Token] = []
    public var quantities: [Quantity] = []
    public var entities: [Entity] = []
    public var terms: [TermMatch] = []
    public var summary: Summary?
    public var diagnostics: [Diagnostic] = []
    /// Extra top-level fields for the output record (e.g. `warc` provenance), written as strings.
    public var extra: [(String, String)] = []
    /// Layers present so far (the pipeline adds each stage's `provides`).
    public var layers: Set<Layer>

    /// Makes a document whose text is now fixed.
    public init(id: String, text: String, meta: DocumentMeta = DocumentMeta()) {
        self.id = id
        self.text = text
        self.index = TextIndex(text)
        self.meta = meta
        self.layers = [.text, .meta]
    }

    /// Number of code points in the text.
    @inlinable public var length: Int { index.scalarCount }

    /// The text of a span, O(1) in the position of the span.
    public subscript(span: Span) -> String {
        let r = index.utf8Range(span)
        let u = text.utf8
        let lo = u.index(u.startIndex, offsetBy: r.lowerBound)
        let hi = u.index(lo, offsetBy: r.count)
        return String(text[lo..<hi])
    }

    /// Runs `body` over the UTF-8 bytes of the text without copying them.
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var s = text
        return try s.withUTF8(body)
    }

    /// Appends a diagnostic.
    public mutating func note(_ stage: String, _ kind: String, _ message: String) {
        diagnostics.append(Diagnostic(stage: stage, kind: kind, message: message))
    }
}

extension AnnotatedDocument: Equatable {
    public static func == (a: AnnotatedDocument, b: AnnotatedDocument) -> Bool {
        a.id == b.id && a.text == b.text && a.meta == b.meta && a.sentences == b.sentences
            && a.tokens == b.tokens && a.quantities == b.quantities && a.entities == b.entities
            && a.terms == b.terms && a.summary == b.summary && a.diagnostics == b.diagnostics
    }
}
