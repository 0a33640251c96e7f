import WartaCore

/// The closing sentence of the built-in English summary: the people, organizations and figures
/// of the article that the rendered sentences did not state
/// (`The article also names Jason Droege and Google and cites US$200 million and 2019.`).
enum FactLine {
    static func render(_ document: AnnotatedDocument, stated english: String, lexicon: Lexicon,
                       maxNames: Int = 8, maxFigures: Int = 12) -> String {
        var names: [String] = [], figures: [String] = []
        var mentioned = english
        let facts = Fact.all(document, lexicon: lexicon)
        // People and organizations first, then products, then places; the most mentioned first.
        var mentions: [String: Int] = [:]
        for f in facts { mentions[f.english, default: 0] += 1 }
        let order: [Fact.Kind] = [.person, .organization, .product, .place]
        for kind in order {
            let ofKind = facts.enumerated().filter { $0.element.kind == kind }
                .sorted { (mentions[$0.element.english] ?? 0, -$0.offset) > (mentions[$1.element.english] ?? 0, -$1.offset) }
            for (_, f) in ofKind where names.count < maxNames {
                let name = RuleTranslator.cleanName(f.english, lexicon: lexicon)
                if name.isEmpty || mentioned.contains(name) { continue }
                if name.split(separator: " ").contains(where: { IndonesianGuard.functionWords.contains($0.lowercased()) }) { continue }
                // A longer form replaces a shorter one (`Mark Zuckerberg` for `Zuckerberg`).
                if let k = names.firstIndex(where: { name.contains($0) }) { names[k] = name; mentioned += " " + name; continue }
                if names.contains(where: { $0.contains(name) }) { continue }
                names.append(name); mentioned += " " + name
            }
        }
        for kind: Fact.Kind in [.amount, .percent, .count, .date] {
            for f in facts where f.kind == kind && figures.count < maxFigures {
                let text = f.english
                // Only figures with digits (`twice`, `both` say little on their own).
                guard text.unicodeScalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) else { continue }
                if mentioned.contains(text) || figures.contains(text) { continue }
                figures.append(text); mentioned += " " + text
            }
        }
        // Amounts of the headline (`Rp237 Triliun`): the title is not annotated, so read them off it.
        if let title = document.meta.title {
            for f in titleFigures(title, lexicon: lexicon) where figures.count < maxFigures + 2 {
                if !mentioned.contains(f) && !figures.contains(f) { figures.append(f); mentioned += " " + f }
            }
        }
        figures.sort { a, b in
            let ia = facts.firstIndex { $0.english == a } ?? 0, ib = facts.firstIndex { $0.english == b } ?? 0
            return ia < ib
        }
        var parts: [String] = []
        if !names.isEmpty { parts.append("names " + list(names)) }
        if !figures.isEmpty { parts.append("cites " + list(figures)) }
        guard !parts.isEmpty else { return "" }
        return "The article also " + parts.joined(separator: ", and ") + "."
    }

    /// Figures with a scale word in a headline: `Rp237 Triliun` → `Rp237 trillion`, `US$45 Juta` →
    /// `US$45 million`.
    static func titleFigures(_ title: String, lexicon: Lexicon) -> [String] {
        let pieces = Piece.words(title)
        var out: [String] = []
        for (k, p) in pieces.enumerated() {
            guard case .word(let w) = p, w.unicodeScalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }),
                  k + 1 < pieces.count, case .word(let scale) = pieces[k + 1],
                  let e = lexicon.word(scale.lowercased()), e.pos == .number,
                  ["thousand", "million", "billion", "trillion"].contains(e.english) else { continue }
            var prefix = ""
            if k >= 2, case .punct("$") = pieces[k - 1], case .word(let cur) = pieces[k - 2] { prefix = cur + "$" }
            out.append(prefix + RuleTranslator.englishNumber(w) + " " + e.english)
        }
        return out
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ xs: [String]) -> String {
        xs.count <= 2 ? xs.joined(separator: " and ") : xs.dropLast().joined(separator: ", ") + " and " + xs.last!
    }
}
