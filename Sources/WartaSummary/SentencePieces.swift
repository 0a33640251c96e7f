import WartaCore

/// A sentence cut into the units the English renderer works on: protected spans of the pipeline's
/// layers (entities, quantities, glossary terms) and, between them, words and punctuation.
enum Piece: Sendable, Equatable {
    /// A named entity, kept verbatim.
    case name(String, EntityLabel)
    /// A normalised quantity with its English rendering.
    case quantity(Quantity)
    /// A glossary term: its English and its surface text.
    case term(String, surface: String)
    /// A word as written (letters, digits, inner hyphens, inner `.`/`,` between digits).
    case word(String)
    /// One punctuation scalar.
    case punct(String)

    /// Cuts `span` of `document` into pieces. Overlapping layer spans: quantities win over
    /// entities, entities over terms.
    static func cut(_ document: AnnotatedDocument, _ span: Span) -> [Piece] {
        var protected: [(Span, Piece)] = []
        for q in document.quantities where span.contains(q.span) && !q.english.isEmpty { protected.append((q.span, .quantity(q))) }
        for e in document.entities where span.contains(e.span) && !protected.contains(where: { $0.0.overlaps(e.span) }) {
            protected.append((e.span, .name(e.text, e.label)))
        }
        for t in document.terms where span.contains(t.span) && !t.english.isEmpty && !protected.contains(where: { $0.0.overlaps(t.span) }) {
            protected.append((t.span, .term(t.english, surface: t.text)))
        }
        protected.sort { $0.0.start < $1.0.start }
        var out: [Piece] = []
        var pos = span.start
        for (s, p) in protected {
            if s.start > pos { out += words(document[Span(pos, s.start)]) }
            out.append(p)
            pos = s.end
        }
        if pos < span.end { out += words(document[Span(pos, span.end)]) }
        return out
    }

    /// Words and punctuation of plain text.
    static func words(_ text: String) -> [Piece] {
        let s = Array(text.unicodeScalars)
        var out: [Piece] = []
        var i = 0
        func isWord(_ u: Unicode.Scalar) -> Bool { WordTokens.isWordScalar(u) }
        func isDigit(_ u: Unicode.Scalar) -> Bool { u.value >= 0x30 && u.value <= 0x39 }
        while i < s.count {
            let u = s[i]
            if u.properties.isWhitespace { i += 1; continue }
            if isWord(u) {
                var j = i + 1
                while j < s.count {
                    if isWord(s[j]) { j += 1; continue }
                    if j + 1 < s.count, isWord(s[j + 1]) {
                        if s[j] == "-" || s[j] == "'" || s[j] == "\u{2019}" { j += 1; continue }
                        if (s[j] == "." || s[j] == "," || s[j] == ":" || s[j] == "/"), isDigit(s[j - 1]), isDigit(s[j + 1]) { j += 1; continue }
                    }
                    break
                }
                var w = String.UnicodeScalarView(); w.append(contentsOf: s[i..<j])
                out.append(.word(String(w)))
                i = j
            } else {
                out.append(.punct(String(u)))
                i += 1
            }
        }
        return out
    }
}
