import WartaCore

/// The words the matcher walks over: word and number tokens, with hyphenated words
/// (`model-model`, `open-source`, `di-scrape`) cut into their parts whatever the tokenizer did
/// with the hyphen. A match may only start at a word's first part and end at its last part, so a
/// term is never found inside half of a hyphenated word.
struct WordPart {
    /// Code points of the part.
    var span: Span
    /// UTF-8 range of the part in the text.
    var bytes: Range<Int>
    /// First part of its word.
    var canStart: Bool
    /// Last part of its word.
    var canEnd: Bool
    /// Overlaps an entity or a quantity: no term may cover it.
    var blocked: Bool
    /// Index of the word's first part (for hyphenated-word analyses).
    var wordFirst: Int
    /// Index of the word's last part.
    var wordLast: Int
}

enum WordUnits {
    /// The parts of the document's words, in text order. `blocked` spans must be sorted by start.
    static func parts(of doc: AnnotatedDocument, text: UnsafeBufferPointer<UInt8>, blocked: [Span]) -> [WordPart] {
        var parts: [WordPart] = []
        parts.reserveCapacity(doc.tokens.count)
        let tokens = doc.tokens
        let index = doc.index
        var b = 0 // next blocked span that may overlap
        var t = 0
        while t < tokens.count {
            let tok = tokens[t]
            guard tok.kind == .word || tok.kind == .number else { t += 1; continue }
            // Extend over `-` word pairs written without spaces (a tokenizer that splits hyphens).
            var last = t
            while last + 2 < tokens.count, tokens[last + 1].kind == .punctuation,
                  tokens[last + 1].span.start == tokens[last].span.end,
                  tokens[last + 2].span.start == tokens[last + 1].span.end,
                  tokens[last + 2].kind == .word || tokens[last + 2].kind == .number,
                  text[index.utf8Offset(ofScalar: tokens[last + 1].span.start)] == 0x2D {
                last += 2
            }
            let wordSpan = Span(tok.span.start, tokens[last].span.end)
            let lo = index.utf8Offset(ofScalar: wordSpan.start), hi = index.utf8Offset(ofScalar: wordSpan.end)
            let first = parts.count
            // Fast path, most words: ASCII letters and digits only, no hyphen.
            var plain = hi > lo
            for i in lo..<hi {
                let c = text[i]
                if !((c &- 0x30) < 10 || ((c | 0x20) &- 0x61) < 26) { plain = false; break }
            }
            if plain {
                var part = WordPart(span: wordSpan, bytes: lo..<hi, canStart: true, canEnd: true, blocked: false,
                                    wordFirst: first, wordLast: first)
                while b < blocked.count, blocked[b].end <= wordSpan.start { b += 1 }
                var j = b
                while j < blocked.count, blocked[j].start < wordSpan.end {
                    if blocked[j].overlaps(wordSpan) { part.blocked = true; break }
                    j += 1
                }
                parts.append(part)
                t = last + 1
                continue
            }
            var partStart = lo, cpStart = wordSpan.start, cp = wordSpan.start
            var i = lo
            while i <= hi {
                if i == hi || text[i] == 0x2D {
                    // Quotes and other non-letters glued to a word (`“Data`) are not part of it.
                    var a = partStart, z = i, ca = cpStart, cz = cp
                    while a < z, let len = nonLetterLength(text, at: a) { a += len; ca += 1 }
                    while a < z, let len = nonLetterLengthBefore(text, end: z) { z -= len; cz -= 1 }
                    if z > a {
                        parts.append(WordPart(span: Span(ca, cz), bytes: a..<z, canStart: false,
                                              canEnd: false, blocked: false, wordFirst: first, wordLast: first))
                    }
                    if i == hi { break }
                    i += 1; cp += 1; partStart = i; cpStart = cp
                    continue
                }
                if text[i] & 0xC0 != 0x80 { cp += 1 }
                i += 1
            }
            if parts.count > first {
                parts[first].canStart = true
                parts[parts.count - 1].canEnd = true
                for k in first..<parts.count {
                    parts[k].wordLast = parts.count - 1
                    let s = parts[k].span
                    while b < blocked.count, blocked[b].end <= s.start { b += 1 }
                    var j = b
                    while j < blocked.count, blocked[j].start < s.end {
                        if blocked[j].overlaps(s) { parts[k].blocked = true; break }
                        j += 1
                    }
                }
            }
            t = last + 1
        }
        return parts
    }

    /// The byte length of the scalar at `i` when it is neither a letter nor a digit, else nil.
    @inline(__always)
    static func nonLetterLength(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let b = text[i]
        if b < 0x80 {
            let alnum = (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
            return alnum ? nil : 1
        }
        let len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard i + len <= text.count else { return nil }
        return isLetterOrDigit(UnsafeBufferPointer(rebasing: text[i..<(i + len)])) ? nil : len
    }

    /// Like `nonLetterLength` for the scalar that ends at `end`.
    @inline(__always)
    static func nonLetterLengthBefore(_ text: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        var s = end - 1
        while s > 0, text[s] & 0xC0 == 0x80 { s -= 1 }
        guard let len = nonLetterLength(text, at: s), s + len == end else { return nil }
        return len
    }

    static func isLetterOrDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let u = String(decoding: bytes, as: UTF8.self).unicodeScalars.first else { return false }
        return u.properties.isAlphabetic || u.properties.numericType != nil
    }
}
