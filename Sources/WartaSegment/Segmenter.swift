import WartaCore

/// Indonesian sentence splitter and tokenizer over UTF-8 bytes, usable without a document:
///
/// ```swift
/// let segmenter = try Segmenter(config: StageConfig())
/// let (tokens, sentences) = segmenter.segment("Harga naik 5%. Kini stabil.")
/// ```
///
/// Spans are Unicode code-point offsets (the contract's unit). One byte-level pass makes the
/// tokens (`TokenScanner`), one walk over the tokens makes the sentences (`SentenceRules`);
/// both are linear in the text length.
public struct Segmenter: Sendable {
    public let lexicon: SegmenterLexicon

    public init(lexicon: SegmenterLexicon) { self.lexicon = lexicon }

    /// Loads the lexicon from `Glossary/segment/`.
    public init(config: StageConfig) throws(StageError) { lexicon = try SegmenterLexicon(config: config) }

    /// Tokens and sentences of UTF-8 text (invalid bytes count as one code point per sequence).
    public func segment(_ utf8: UnsafeBufferPointer<UInt8>) -> (tokens: [Token], sentences: [Span]) {
        if utf8.isEmpty { return ([], []) }
        var scanner = TokenScanner(utf8, lexicon: lexicon)
        let buffer = scanner.run()
        defer { buffer.deallocate() }
        let scanned = buffer.tokens
        if scanned.isEmpty { return ([], []) }
        let sentences = SentenceRules(buf: utf8, lexicon: lexicon, tokens: scanned).sentences()
        let tokens = [Token](unsafeUninitializedCapacity: scanned.count) { out, initialized in
            for k in 0..<scanned.count { (out.baseAddress! + k).initialize(to: scanned[k].publicToken) }
            initialized = scanned.count
        }
        return (tokens, sentences)
    }

    /// Tokens and sentences of a string.
    public func segment(_ text: String) -> (tokens: [Token], sentences: [Span]) {
        var s = text
        return s.withUTF8 { segment($0) }
    }
}
