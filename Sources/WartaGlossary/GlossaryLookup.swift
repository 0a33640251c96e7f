import WartaCore

/// `warta glossary lookup`: what Warta knows about a word or phrase — the term-base entry it
/// aligns to (as the `terms` stage would align it), every affix analysis whose base is in the term
/// base or the fallback dictionary, and the fallback translations.
public struct GlossaryLookup: Sendable {
    public let matcher: TermMatcher
    public let lexicon: GlossaryLexicon?

    public init(entries: [TermEntry], lexicon: GlossaryLexicon?) {
        matcher = TermMatcher(entries: entries)
        self.lexicon = lexicon
    }

    static func describe(_ e: TermEntry) -> String {
        var s = "\(e.id)  \(e.lemma) → \(e.english)"
        if !e.pos.isEmpty || !e.domain.isEmpty { s += "  [\([e.pos, e.domain].filter { !$0.isEmpty }.joined(separator: ", "))]" }
        if !e.variants.isEmpty { s += "\n    variants: " + e.variants.joined(separator: ", ") }
        if !e.synonyms.isEmpty { s += "\n    English synonyms: " + e.synonyms.joined(separator: ", ") }
        return s
    }

    /// The report for a query (one word or a phrase) given as a tokenized document, as text.
    public func report(_ doc: AnnotatedDocument) -> String {
        var lines: [String] = []
        let query = doc.text
        // What the terms stage would do with the query as a text.
        let found = matcher.matches(in: doc)
        if found.isEmpty {
            lines.append("terms stage: no term-base entry")
        } else {
            for m in found {
                lines.append("terms stage: \"\(doc[m.span])\" → " + Self.describe(matcher.trie.entries[m.entry]))
            }
        }
        let words = query.split(separator: " ").map(String.init)
        for w in words {
            lines.append("")
            lines.append("\(w):")
            let inTermBase: (String) -> Bool = { self.matcher.trie.entry(forForm: $0) != nil }
            if let e = matcher.trie.entry(forForm: w) { lines.append("  term base: " + Self.describe(e)) }
            let analyses = AffixAnalyzer.analyses(of: w) { base in inTermBase(base) || self.lexicon?.fallback[base] != nil }
            if analyses.isEmpty { lines.append("  analyses: none with a known base") }
            for a in analyses {
                var line = "  analysis: " + (a.reduplicated ? "reduplicated " : "") + a.segmentation.describe(base: a.base)
                    + "  (\(a.segmentation.kind))"
                if let e = matcher.trie.entry(forForm: a.base) { line += "  → term base \(e.id) \(e.lemma) → \(e.english)" }
                else if let f = lexicon?.fallback[a.base] { line += "  → fallback \(f.english) [\(f.source), \(f.licence)]" }
                lines.append(line)
            }
            if let lexicon, lexicon.fallback[w.lowercased()] == nil,
               let r = LoanwordRespelling.english(for: w.lowercased(), isEnglish: { lexicon.englishWords.contains($0) }) {
                lines.append("  loanword respelling: \(r)")
            }
            if let f = lexicon?.fallback[w.lowercased()] {
                lines.append("  fallback: \(f.english)" + (f.alternatives.isEmpty ? "" : " (also: \(f.alternatives.joined(separator: ", ")))")
                             + " [\(f.pos), \(f.source), \(f.licence)]")
            }
        }
        return lines.joined(separator: "\n")
    }
}
