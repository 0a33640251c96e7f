import WartaCore

/// Chooses the sentences the English summary is rendered from: the extract's first three, then
/// sentences that bring facts the extract lacks (new amounts, percentages, people, organizations),
/// up to four in document order.
enum FactSentences {
    /// Facts read off the surface when the layers are empty: numbers and capitalised words that
    /// do not start the sentence.
    static func surfaceFacts(_ sentence: String) -> [String] {
        var out: [String] = []
        var first = true
        for piece in Piece.words(sentence) {
            guard case .word(let w) = piece else { continue }
            defer { first = false }
            let u = w.unicodeScalars
            if u.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) { out.append("q:" + w) }
            else if !first, u.first?.properties.isUppercase == true { out.append("e:" + w) }
        }
        return out
    }

    static func choose(_ document: AnnotatedDocument, extract: [Span], maxSentences: Int = 4) -> [Span] {
        var chosen = Array(extract.prefix(3))
        guard chosen.count < maxSentences, document.sentences.count > chosen.count else { return chosen }
        var seen = Set<String>()
        func facts(_ s: Span) -> [String] {
            var f: [String] = []
            for q in document.quantities where s.contains(q.span) {
                switch q.kind {
                case .money, .percent, .range, .cardinal, .decimal, .quantity, .approximate, .multiplier:
                    f.append("q:" + (q.value ?? q.text))
                default: break
                }
            }
            for e in document.entities where s.contains(e.span) && e.label != .LOC { f.append("e:" + e.text) }
            if document.quantities.isEmpty && document.entities.isEmpty { f += surfaceFacts(document[s]) }
            return f
        }
        for s in chosen { seen.formUnion(facts(s)) }
        while chosen.count < maxSentences {
            var best: (Double, Span)? = nil
            for (i, s) in document.sentences.enumerated() where !chosen.contains(s) {
                let len = s.length
                if len < 30 || len > 400 { continue }
                let new = Set(facts(s)).subtracting(seen)
                guard !new.isEmpty else { continue }
                let score = Double(new.count) + (new.contains { $0.hasPrefix("q:") } ? 0.5 : 0) - Double(i) * 0.01
                if best == nil || score > best!.0 { best = (score, s) }
            }
            guard let b = best else { break }
            chosen.append(b.1)
            seen.formUnion(facts(b.1))
        }
        if chosen.count < 3 {
            for s in document.sentences where !chosen.contains(s) && s.length >= 30 {
                chosen.append(s); if chosen.count >= 3 { break }
            }
        }
        return chosen.sorted()
    }
}
