/// One line of a built glossary: a known term-base entry found in the corpus, or a new candidate.
public struct GlossaryRow: Sendable, Hashable {
    /// How the row was found.
    public enum Kind: String, Sendable, Hashable {
        /// An entry of the term base that occurs in the corpus.
        case known
        /// A parenthetical gloss in the text: `pelabelan data (data labeling)`.
        case gloss
        /// An acronym used in the Indonesian text.
        case acronym
        /// An English word or phrase used in the Indonesian text.
        case loanword
        /// A recurring multiword phrase ranked by C-value against general frequencies.
        case multiword
    }

    /// The Indonesian term (lemma for known entries).
    public var term: String
    /// The English equivalent (the entry's, or a proposal).
    public var english: String
    public var kind: Kind
    /// Occurrences in the corpus.
    public var frequency: Int
    /// 1 for known entries; for candidates an estimate (0…1) of the proposal being right.
    public var confidence: Double
    /// Term-base entry id (known entries).
    public var entry: String?
    public var pos: String
    public var domain: String
    /// Surface forms seen (`dilatih`, `melatih`) or variants (`LLM`).
    public var forms: [String]
    /// A sentence of the corpus using the term.
    public var example: String
    /// Where the English comes from (term base entry, gloss, dictionary sources with licences).
    public var source: String
    /// Ranking score of candidates (C-value × rarity, or frequency-based).
    public var score: Double

    public init(term: String, english: String, kind: Kind, frequency: Int, confidence: Double, entry: String? = nil,
                pos: String = "", domain: String = "", forms: [String] = [], example: String = "", source: String = "",
                score: Double = 0) {
        self.term = term; self.english = english; self.kind = kind; self.frequency = frequency
        self.confidence = confidence; self.entry = entry; self.pos = pos; self.domain = domain
        self.forms = forms; self.example = example; self.source = source; self.score = score
    }
}
