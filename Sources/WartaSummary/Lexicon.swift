import Foundation
import WartaCore

/// Part of speech of a lexicon entry, as far as the renderer's word-order rules need it.
public enum LexPOS: String, Sendable {
    case noun = "n", verb = "v", adjective = "adj", adverb = "adv", preposition = "prep"
    case conjunction = "conj", determiner = "det", pronoun = "pron", number = "num"
    /// A title that stands before a person's name (`CEO`, `president director`).
    case title = "title"
    /// Anything else (particles, discourse words).
    case other = "x"
}

/// One Indonesian→English entry. Verbs carry `base|past[|participle]`; an empty English drops the
/// Indonesian word (particles such as `pun`, the plural marker `para`).
public struct LexEntry: Sendable, Hashable {
    public var english: String
    public var pos: LexPOS
    public var past: String?
    public var participle: String?
    /// From the hand-written core lexicon (trusted for capitalised words too).
    public var core = false

    public init(english: String, pos: LexPOS, past: String? = nil, participle: String? = nil) {
        self.english = english; self.pos = pos; self.past = past; self.participle = participle
    }

    /// Parses the `english` cell: `base|past|participle` for verbs.
    init(cell: String, pos: LexPOS) {
        let parts = cell.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        english = parts[0] == "-" ? "" : parts[0]
        self.pos = pos
        if pos == .verb {
            past = parts.count > 1 ? parts[1] : Inflection.past(english)
            participle = parts.count > 2 ? parts[2] : Inflection.participle(english, past: past ?? english)
        }
    }
}

/// The Indonesian–English lexicon: single words and phrases of up to five words, lower-case keys.
/// Loaded from `summary/lexicon.tsv` (written by us, takes precedence) and
/// `summary/lexicon-wordnet.tsv` (derived from Wordnet Bahasa, fallback).
public struct Lexicon: Sendable {
    var words: [String: LexEntry] = [:]
    var phrases: [String: LexEntry] = [:]
    /// The longest phrase key, in words.
    var maxPhrase = 1
    /// English words (from WordNet lemmas) that are not Indonesian: loanwords kept as they are.
    var englishWords: Set<String> = []

    public init() {}

    /// Adds an entry; an existing entry for the same key is kept (earlier files win).
    public mutating func add(_ indonesian: String, _ entry: LexEntry) {
        let key = indonesian.lowercased()
        let n = key.split(separator: " ").count
        if n > 1 {
            if phrases[key] == nil { phrases[key] = entry }
            maxPhrase = max(maxPhrase, n)
        } else if words[key] == nil {
            words[key] = entry
        }
    }

    /// Adds every row of a `indonesian english pos` TSV; `core` marks the hand-written lexicon.
    public mutating func add(table: DataTable, core: Bool = false) {
        let iId = table.column("indonesian") ?? 0, iEn = table.column("english") ?? 1, iPos = table.column("pos") ?? 2
        for row in table.rows where row.count > max(iId, iEn) {
            let pos = iPos < row.count ? (LexPOS(rawValue: row[iPos]) ?? .other) : .other
            var e = LexEntry(cell: row[iEn], pos: pos)
            e.core = core
            add(row[iId], e)
        }
    }

    /// The entry of a lower-case word.
    public func word(_ w: String) -> LexEntry? { words[w] }

    /// True when an unknown lower-case word is English already (`superintelligence`, `startup`):
    /// a listed English word, or one with spelling Indonesian does not use (`th`, `ph`, `ck`, `x`,
    /// `q`, double vowels or consonants, `-tion`).
    public func isEnglishLoan(_ w: String) -> Bool {
        if IndonesianGuard.functionWords.contains(w) || words[w] != nil { return false }
        if englishWords.contains(w) { return true }
        guard w.unicodeScalars.count >= 5, w.unicodeScalars.allSatisfy({ $0.value >= 0x61 && $0.value <= 0x7A }) else { return false }
        for pattern in ["th", "ph", "ck", "x", "q", "ee", "oo", "ll", "ss", "ff", "tt", "pp", "tion", "sh", "wh", "ght", "ence", "ity"]
        where w.contains(pattern) { return true }
        return false
    }

    /// The entry of a lower-case phrase of several words joined by single spaces.
    public func phrase(_ p: String) -> LexEntry? { phrases[p] }

    /// Loads the shipped lexicons; an empty lexicon when the data folder has none.
    public static func load(config: StageConfig) throws(StageError) -> Lexicon {
        var lex = Lexicon()
        guard let dir = config.dataDirectory else { return lex }
        let wordsURL = dir.appendingPathComponent("summary/english-words.txt")
        if let data = FileManager.default.contents(atPath: wordsURL.path) {
            for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty && line.first != UInt8(ascii: "#") {
                lex.englishWords.insert(String(decoding: line, as: UTF8.self))
            }
        }
        for file in ["summary/lexicon.tsv", "summary/lexicon-wordnet.tsv"] {
            let url = dir.appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            lex.add(table: try DataTable.load(url: url, stage: "summary"), core: file == "summary/lexicon.tsv")
        }
        return lex
    }
}

/// English verb and noun inflection for regular forms.
enum Inflection {
    /// The past tense of a regular verb (`invest` → `invested`, `plan` → `planned`, `try` → `tried`).
    static func past(_ base: String) -> String {
        guard !base.isEmpty else { return base }
        // Phrasal verbs inflect their first word (`cut off` → `cut off` handled by irregulars).
        if let sp = base.firstIndex(of: " ") {
            return past(String(base[..<sp])) + base[sp...]
        }
        if let irregular = irregularPast[base] { return irregular }
        let s = Array(base.unicodeScalars)
        let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u"]
        if base.hasSuffix("e") { return base + "d" }
        if base.hasSuffix("y"), s.count > 1, !vowels.contains(s[s.count - 2]) { return String(base.dropLast()) + "ied" }
        if s.count >= 3, s.count <= 4, !vowels.contains(s[s.count - 1]), vowels.contains(s[s.count - 2]),
           !vowels.contains(s[s.count - 3]), !"wxy".unicodeScalars.contains(s[s.count - 1]) {
            return base + String(s[s.count - 1]) + "ed"
        }
        return base + "ed"
    }

    /// The past participle (`take` → `taken`); the past tense for regular verbs.
    static func participle(_ base: String, past: String) -> String {
        if let sp = base.firstIndex(of: " ") {
            return participle(String(base[..<sp]), past: Inflection.past(String(base[..<sp]))) + base[sp...]
        }
        return irregularParticiple[base] ?? past
    }

    static let irregularParticiple: [String: String] = [
        "be": "been", "become": "become", "begin": "begun", "break": "broken", "choose": "chosen",
        "come": "come", "do": "done", "draw": "drawn", "drive": "driven", "eat": "eaten", "fall": "fallen",
        "fly": "flown", "forget": "forgotten", "get": "gotten", "give": "given", "go": "gone", "grow": "grown",
        "know": "known", "rise": "risen", "run": "run", "see": "seen", "speak": "spoken", "take": "taken",
        "throw": "thrown", "write": "written", "show": "shown", "bear": "borne", "shake": "shaken",
        "wear": "worn", "withdraw": "withdrawn", "undertake": "undertaken", "overcome": "overcome", "arise": "arisen",
    ]

    /// The -ing form (`earn` → `earning`, `make` → `making`, `plan` → `planning`).
    static func gerund(_ base: String) -> String {
        if let sp = base.firstIndex(of: " ") { return gerund(String(base[..<sp])) + base[sp...] }
        if base == "be" { return "being" }
        if base.hasSuffix("ie") { return String(base.dropLast(2)) + "ying" }
        if base.hasSuffix("e"), !base.hasSuffix("ee"), base.count > 2 { return String(base.dropLast()) + "ing" }
        let past = Inflection.past(base)
        // Regular doubling shows in the past tense (`plan` → `planned`).
        if past.hasSuffix("ed"), past.count == base.count + 3, past.dropLast(2).last == past.dropLast(3).last {
            return String(past.dropLast(2)) + "ing"
        }
        return base + "ing"
    }

    /// The plural of a noun (`company` → `companies`).
    static func plural(_ noun: String) -> String {
        guard !noun.isEmpty, !noun.hasSuffix("s") else { return noun }
        let irregular = ["person": "people", "child": "children", "man": "men", "woman": "women"]
        if let p = irregular[noun] { return p }
        if irregular.values.contains(noun) { return noun }
        if let sp = noun.lastIndex(of: " ") { return noun[...sp] + plural(String(noun[noun.index(after: sp)...])) }
        let vowels = "aeiou"
        if noun.hasSuffix("y"), let p = noun.dropLast().last, !vowels.contains(p) { return noun.dropLast() + "ies" }
        if noun.hasSuffix("ch") || noun.hasSuffix("sh") || noun.hasSuffix("x") { return noun + "es" }
        return noun + "s"
    }

    static let irregularPast: [String: String] = [
        "be": "was", "become": "became", "begin": "began", "break": "broke", "bring": "brought",
        "build": "built", "buy": "bought", "choose": "chose", "come": "came", "cut": "cut", "do": "did",
        "draw": "drew", "drive": "drove", "eat": "ate", "fall": "fell", "feel": "felt", "fight": "fought",
        "find": "found", "fly": "flew", "forget": "forgot", "get": "got", "give": "gave", "go": "went",
        "grow": "grew", "have": "had", "hear": "heard", "hold": "held", "keep": "kept", "know": "knew",
        "lead": "led", "leave": "left", "lend": "lent", "let": "let", "lose": "lost", "make": "made",
        "mean": "meant", "meet": "met", "pay": "paid", "put": "put", "read": "read", "rise": "rose",
        "run": "ran", "say": "said", "see": "saw", "seek": "sought", "sell": "sold", "send": "sent",
        "set": "set", "shut": "shut", "sit": "sat", "speak": "spoke", "spend": "spent", "stand": "stood",
        "take": "took", "teach": "taught", "tell": "told", "think": "thought", "throw": "threw",
        "understand": "understood", "win": "won", "write": "wrote", "hit": "hit", "split": "split",
        "spread": "spread", "show": "showed", "bear": "bore", "catch": "caught", "shake": "shook",
        "strike": "struck", "swear": "swore", "wear": "wore", "withdraw": "withdrew", "undertake": "undertook",
        "overcome": "overcame", "arise": "arose", "bet": "bet", "bid": "bid", "quit": "quit", "shed": "shed",
    ]
}
