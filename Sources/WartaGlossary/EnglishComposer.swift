/// Proposes an English equivalent for an Indonesian phrase by dictionary composition: each word
/// through the term base, then the fallback dictionary (directly or via its affix base), English
/// loanwords as themselves; the words are then reversed, because Indonesian noun phrases put the
/// head first and English puts it last (`pusat data` → *data center*, `model bahasa besar` →
/// *large language model*).
public struct EnglishComposer: Sendable {
    public let trie: TermTrie
    public let lexicon: GlossaryLexicon

    public init(trie: TermTrie, lexicon: GlossaryLexicon) { self.trie = trie; self.lexicon = lexicon }

    /// The English of one word and how sure it is (0…1), or nil.
    public func word(_ w: String) -> (english: String, confidence: Double, source: String)? {
        let lower = w.lowercased()
        if let e = trie.entry(forForm: w), !e.lemma.contains(" ") || e.forms.contains(lower) {
            return (e.english, 1.0, "term base \(e.id)")
        }
        if let f = lexicon.fallback[lower] {
            // A one-word English is the better part of a composition (`peneliti`: *researcher*,
            // not *research worker*).
            let english = f.english.contains(" ") ? (f.alternatives.first { !$0.contains(" ") } ?? f.english) : f.english
            return (english, 0.7, "\(f.source) (\(f.licence))")
        }
        if isLoanword(lower) { return (lower, 0.8, "loanword") }
        for a in AffixAnalyzer.analyses(of: lower, accept: { lexicon.fallback[$0] != nil }) {
            if let f = lexicon.fallback[a.base] { return (f.english, 0.4, "\(f.source) (\(f.licence)) via \(a.segmentation.describe(base: a.base))") }
        }
        if let r = LoanwordRespelling.english(for: lower, isEnglish: { lexicon.englishWords.contains($0) }) {
            return (r, 0.5, "loanword respelling")
        }
        return nil
    }

    /// True for a word that English dictionaries know and Indonesian ones do not (`chatbot`).
    public func isLoanword(_ lower: String) -> Bool {
        lower.utf8.count >= 3 && lexicon.englishWords.contains(lower) && !lexicon.isIndonesian(lower)
    }

    /// The composed English of `words`, its confidence, and where the parts came from.
    public func compose(_ words: [String]) -> (english: String, confidence: Double, sources: [String]) {
        if words.allSatisfy({ isLoanword($0.lowercased()) || TermKey.isCaseSensitive($0) }) {
            return (words.joined(separator: " "), 0.6, ["loanword phrase"])
        }
        var parts: [String] = []
        var conf = 0.0
        var sources: [String] = []
        // Longest known sub-phrase first (`rumah sakit` → *hospital*, not *pain house*).
        var i = 0
        while i < words.count {
            var matched = false
            for len in stride(from: words.count - i, through: 2, by: -1) {
                let phrase = words[i..<(i + len)].joined(separator: " ").lowercased()
                if let e = trie.entry(forForm: phrase) {
                    parts.append(e.english); conf += Double(len); sources.append("term base \(e.id)")
                } else if let f = lexicon.fallback[phrase] {
                    parts.append(f.english); conf += 0.9 * Double(len); sources.append("\(f.source) (\(f.licence))")
                } else { continue }
                i += len; matched = true; break
            }
            if matched { continue }
            let w = words[i]
            if let t = word(w) { parts.append(t.english); conf += t.confidence; sources.append(t.source) }
            else { parts.append(w); sources.append("untranslated") }
            i += 1
        }
        let english = parts.reversed().joined(separator: " ")
        return (english, 0.8 * conf / Double(max(words.count, 1)), sources)
    }
}
