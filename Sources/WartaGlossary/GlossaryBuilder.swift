import Foundation
import WartaCore

/// Builds a glossary from annotated documents: the term-base entries the `terms` stage found, with
/// frequency, surface forms and an example sentence, plus new candidates mined from the text
/// (`CandidateMiner`). Feed documents with `add(_:)` in corpus order, then call `rows(…)`.
public struct GlossaryBuilder: Sendable {
    public let trie: TermTrie
    public let lexicon: GlossaryLexicon
    public let composer: EnglishComposer

    struct KnownStat: Sendable {
        var count = 0
        var forms: [String: Int] = [:]
        var example = ""
    }

    private var known: [Int: KnownStat] = [:]
    var miner: CandidateMiner
    /// Entry id → index in `trie.entries`.
    private let entryIndex: [String: Int]

    public init(entries: [TermEntry], lexicon: GlossaryLexicon) {
        let trie = TermTrie(entries: entries)
        self.trie = trie
        self.lexicon = lexicon
        self.composer = EnglishComposer(trie: trie, lexicon: lexicon)
        self.miner = CandidateMiner(trie: trie, lexicon: lexicon)
        var index: [String: Int] = [:]
        for (i, e) in entries.enumerated() where index[e.id] == nil { index[e.id] = i }
        self.entryIndex = index
    }

    /// Loads the term base and the glossary lexicon from the data folder.
    public init(config: StageConfig) throws(StageError) {
        let base = try TermBase(config: config, stage: "glossary")
        self.init(entries: base.entries, lexicon: try GlossaryLexicon(config: config))
    }

    /// Adds one annotated document (it must carry `terms`, `tokens`, `sentences`). Pages that
    /// do not read as Indonesian are skipped: they hold no Indonesian terms to mine.
    public mutating func add(_ doc: AnnotatedDocument) {
        if !EnglishTextGuess.isIndonesian(doc) { return }
        for t in doc.terms {
            guard let i = entryIndex[t.entry] else { continue }
            var s = known[i] ?? KnownStat()
            s.count += 1
            s.forms[t.text.lowercased(), default: 0] += 1
            if s.example.isEmpty { s.example = Self.sentence(around: t.span, in: doc) }
            known[i] = s
        }
        miner.add(doc)
    }

    /// The sentence of `doc` containing `span`, whitespace-folded and at most 300 characters.
    static func sentence(around span: Span, in doc: AnnotatedDocument) -> String {
        var lo = 0, hi = doc.sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if doc.sentences[mid].end <= span.start { lo = mid + 1 } else { hi = mid }
        }
        let s = lo < doc.sentences.count && doc.sentences[lo].start <= span.start ? doc.sentences[lo] : span
        let text = doc[s].split(whereSeparator: { $0 == "\n" || $0 == " " || $0 == "\t" }).joined(separator: " ")
        return text.count > 300 ? String(text.prefix(297)) + "..." : text
    }

    /// The glossary: known entries (most frequent first), then new candidates (best first).
    /// Rows occurring fewer than `minFrequency` times are left out; multiword candidates need at
    /// least two occurrences, and at most `maxCandidates` new candidates are kept.
    public func rows(minFrequency: Int = 1, maxCandidates: Int = 200) -> [GlossaryRow] {
        var out: [GlossaryRow] = []
        for (i, s) in known where s.count >= minFrequency {
            let e = trie.entries[i]
            let forms = s.forms.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
                + (miner.knownAcronyms[i] ?? []).sorted()
            out.append(GlossaryRow(term: e.lemma, english: e.english, kind: .known, frequency: s.count, confidence: 1,
                                   entry: e.id, pos: e.pos, domain: e.domain, forms: forms, example: s.example,
                                   source: "term base", score: Double(s.count)))
        }
        out.sort { $0.frequency != $1.frequency ? $0.frequency > $1.frequency : $0.term < $1.term }
        let candidates = miner.candidates(minFrequency: minFrequency, composer: composer)
        return out + candidates.prefix(maxCandidates)
    }
}
