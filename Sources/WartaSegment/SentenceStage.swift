import WartaCore

/// The `sentences` stage: sentence spans and token spans in code points, in one pass.
/// (Minimal rules; the Indonesian splitter issue replaces them.)
public struct SentenceStage: DocumentStage {
    public static let name = "sentences"
    public static let requires: Set<Layer> = [.text]
    public static let provides: Set<Layer> = [.sentences, .tokens]

    public init(config: StageConfig) throws(StageError) {}

    public func process(_ document: inout AnnotatedDocument) throws(StageError) {
        let (tokens, sentences) = document.withUTF8 { SimpleSegmenter.segment($0) }
        document.tokens = tokens
        document.sentences = sentences
    }
}

/// A byte-level scanner: runs of letters/digits are words or numbers, everything else is one
/// punctuation token; a sentence ends at `.`, `!`, `?` before whitespace and an upper-case letter,
/// a digit or a quote, and always at a line break.
public enum SimpleSegmenter {
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b >= 0x80
    }

    public static func segment(_ buf: UnsafeBufferPointer<UInt8>) -> ([Token], [Span]) {
        var tokens: [Token] = []
        var sentences: [Span] = []
        var i = 0, cp = 0
        let n = buf.count
        var sentStart: Int? = nil
        var lastTokEnd = 0
        func closeSentence() {
            if let s = sentStart { sentences.append(Span(s, lastTokEnd)); sentStart = nil }
        }
        while i < n {
            let b = buf[i]
            if b == 0x0A { closeSentence(); i += 1; cp += 1; continue }
            if b == 0x20 || b == 0x09 || b == 0x0D { i += 1; cp += 1; continue }
            // Non-breaking space (U+00A0) is whitespace too.
            if b == 0xC2, i + 1 < n, buf[i + 1] == 0xA0 { i += 2; cp += 1; continue }
            let start = cp
            if isWordByte(b) {
                var digitsOnly = true
                while i < n {
                    let c = buf[i]
                    if isWordByte(c) {
                        if c < 0x30 || c > 0x39 { digitsOnly = false }
                        i += 1; if c & 0xC0 != 0x80 { cp += 1 }
                        continue
                    }
                    // Keep 1.500.000 / 14,8 / perusahaan-perusahaan together.
                    if (c == 0x2E || c == 0x2C || c == 0x2D), i + 1 < n, isWordByte(buf[i + 1]),
                       c == 0x2D || digitsOnly {
                        i += 1; cp += 1; continue
                    }
                    break
                }
                tokens.append(Token(span: Span(start, cp), kind: digitsOnly ? .number : .word))
            } else {
                // One code point of punctuation.
                i += 1
                while i < n, buf[i] & 0xC0 == 0x80 { i += 1 }
                cp += 1
                tokens.append(Token(span: Span(start, cp), kind: .punctuation))
            }
            if sentStart == nil { sentStart = start }
            lastTokEnd = cp
            if b == 0x21 || b == 0x3F || (b == 0x2E) {
                // Look ahead: whitespace then an upper-case letter, digit or quote ends the sentence.
                var j = i
                var sawSpace = false
                while j < n, buf[j] == 0x20 { j += 1; sawSpace = true }
                if j >= n || buf[j] == 0x0A { closeSentence() }
                else if sawSpace {
                    let c = buf[j]
                    if (c >= 0x41 && c <= 0x5A) || c == 0x22 || c == 0xE2 || (c >= 0x30 && c <= 0x39) { closeSentence() }
                }
            }
        }
        closeSentence()
        return (tokens, sentences)
    }
}
