import WartaCore

/// Indonesian sentence splitter and tokenizer over UTF-8 bytes, usable without a document:
///
/// ```swift
/// let segmenter = try Segmenter(config: StageConfig())
/// let (tokens, sentences) = segmenter.segment("Harga naik 5%. Kini stabil.")
/// ```
///
/// Spans are Unicode code-point offsets (the contract's unit). One byte-level pass makes the
/// tokens (`TokenScanner`), chunk by chunk of whole lines; a walk over each chunk's tokens makes
/// the sentences (`SentenceRules`); both are linear in the text length.
public struct Segmenter: Sendable {
    public let lexicon: SegmenterLexicon

    public init(lexicon: SegmenterLexicon) { self.lexicon = lexicon }

    /// Loads the lexicon from `Glossary/segment/`.
    public init(config: StageConfig) throws(StageError) { lexicon = try SegmenterLexicon(config: config) }

    /// Tokens and sentences of UTF-8 text (invalid bytes count as one code point per sequence).
    public func segment(_ utf8: UnsafeBufferPointer<UInt8>) -> (tokens: [Token], sentences: [Span]) {
        segment(utf8, chunkTokens: TokenScanner.defaultChunkTokens)
    }

    /// `segment` with a chosen chunk size (tests check that it never changes the result).
    func segment(_ utf8: UnsafeBufferPointer<UInt8>, chunkTokens: Int) -> (tokens: [Token], sentences: [Span]) {
        if utf8.isEmpty { return ([], []) }
        var scanner = TokenScanner(utf8, lexicon: lexicon, chunkTokens: chunkTokens)
        defer { scanner.tokens.deallocate() }
        var tokens: [Token] = []
        var sentences: [Span] = []
        tokens.reserveCapacity(utf8.count / 6 + 16)
        sentences.reserveCapacity(utf8.count / 120 + 4)
        while let chunk = scanner.nextChunk() {
            SentenceRules(buf: utf8, lexicon: lexicon, tokens: chunk).sentences(into: &sentences)
            tokens.append(contentsOf: chunk.lazy.map(\.publicToken))
        }
        return (tokens, sentences)
    }

    /// Tokens and sentences of a string.
    public func segment(_ text: String) -> (tokens: [Token], sentences: [Span]) {
        var s = text
        return s.withUTF8 { segment($0) }
    }
}
