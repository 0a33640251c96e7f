import WartaCore

/// The `terms` stage: every occurrence of an AI-industry term-base entry, in any affixed or
/// reduplicated form, with the entry's lemma, English term and id. Longest match over words;
/// acronyms match in their own case only; no term overlaps an entity or a quantity.
public struct TermStage: DocumentStage {
    public static let name = "terms"
    public static let requires: Set<Layer> = [.text, .tokens, .entities]
    public static let provides: Set<Layer> = [.terms]

    /// The matcher over the term base.
    public let matcher: TermMatcher

    /// Loads `terms/terms.tsv` from the data folder.
    public init(config: StageConfig) throws(StageError) {
        let base = try TermBase(config: config, stage: TermStage.name)
        matcher = TermMatcher(entries: base.entries)
    }

    /// A stage over explicit entries (tests).
    public init(entries: [TermEntry]) { matcher = TermMatcher(entries: entries) }

    public func process(_ document: inout AnnotatedDocument) throws(StageError) {
        let (found, functionWords) = matcher.scan(document)
        // The term base lists English forms used inside Indonesian text (`chip`, `cloud`); on a
        // page in English they would tag ordinary English.
        if functionWords.readsAsEnglish {
            document.terms = []
            document.note(TermStage.name, "english-text", "the text reads as English: no Indonesian terms aligned")
            return
        }
        let entries = matcher.trie.entries
        var terms: [TermMatch] = []
        terms.reserveCapacity(found.count)
        for m in found {
            let e = entries[m.entry]
            terms.append(TermMatch(span: m.span, text: document[m.span], lemma: e.lemma, english: e.english, entry: e.id))
        }
        document.terms = terms
    }
}
