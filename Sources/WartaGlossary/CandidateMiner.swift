import Foundation
import WartaCore

/// Mines new term candidates from annotated documents, outside entities, quantities and known
/// terms:
/// - parenthetical glosses, `pelabelan data (data labeling)`, `model bahasa besar (large
///   language model/LLM)`: the English inside, the Indonesian before it;
/// - acronyms (`LLM`, `RAG`) and English loanwords or phrases used in Indonesian text;
/// - recurring multiword phrases (2–4 words, no function word at either edge or inside, not
///   starting with a verb form), ranked by C-value (Frantzi, Ananiadou & Mima 2000: frequency
///   discounted by the longer candidates that contain the phrase, times log2 of its length)
///   weighted by rarity in general Indonesian (`terms/general-frequencies.tsv`).
struct CandidateMiner: Sendable {
    let trie: TermTrie
    let lexicon: GlossaryLexicon

    struct Stat: Sendable {
        var surface: String
        var words: [String]
        var count = 0
        var example = ""
        var english = ""
        var forms: Set<String> = []
    }

    private(set) var glosses: [String: Stat] = [:]
    private(set) var acronyms: [String: Stat] = [:]
    private(set) var loanwords: [String: Stat] = [:]
    private(set) var ngrams: [String: Stat] = [:]
    /// Acronyms glossed after known terms (`efektivitas penggunaan daya (PUE)`), by entry index.
    private(set) var knownAcronyms: [Int: Set<String>] = [:]

    init(trie: TermTrie, lexicon: GlossaryLexicon) { self.trie = trie; self.lexicon = lexicon }

    /// A word of a document as the miner sees it.
    struct Word {
        var span: Span
        var text: String
        var lower: String
        /// Inside an entity, a quantity or a known term.
        var taken: Bool
        var isWord: Bool
        /// Index of the chunk (run of words without punctuation between them).
        var chunk: Int
        /// First token of its sentence (may be capitalised without being a name).
        var sentenceInitial: Bool
    }

    static func words(of doc: AnnotatedDocument) -> [Word] {
        var blocked = doc.entities.map(\.span) + doc.quantities.map(\.span) + doc.terms.map(\.span)
        blocked.sort()
        var out: [Word] = []
        var b = 0
        var chunk = 0
        var sentence = 0
        for t in doc.tokens {
            while sentence < doc.sentences.count, doc.sentences[sentence].end <= t.span.start { sentence += 1; chunk += 1 }
            let initial = sentence < doc.sentences.count && doc.sentences[sentence].start == t.span.start
            let text = doc[t.span]
            while b < blocked.count, blocked[b].end <= t.span.start { b += 1 }
            var taken = false
            var j = b
            while j < blocked.count, blocked[j].start < t.span.end {
                if blocked[j].overlaps(t.span) { taken = true; break }
                j += 1
            }
            let isWord = t.kind == .word
            if !isWord && !(text == "-" || text == "/") { chunk += 1 }
            out.append(Word(span: t.span, text: text, lower: text.lowercased(), taken: taken, isWord: isWord, chunk: chunk,
                            sentenceInitial: initial))
            if !isWord && !(text == "-" || text == "/") { chunk += 1 }
        }
        return out
    }

    static func isAcronym(_ s: String) -> Bool {
        var letters = 0
        for u in s.unicodeScalars {
            if u.value >= 0x41 && u.value <= 0x5A { letters += 1 } else if !(u.value >= 0x30 && u.value <= 0x39) { return false }
        }
        return letters >= 2 && s.unicodeScalars.count <= 6
    }

    static func startsLower(_ s: String) -> Bool { s.unicodeScalars.first.map { $0.properties.isLowercase } ?? false }

    /// A verb form of a known Indonesian root (`membangun`, `dilatih`): never the first word of a term.
    func isVerbForm(_ lower: String) -> Bool {
        guard lower.hasPrefix("me") || lower.hasPrefix("di") || lower.hasPrefix("ber") || lower.hasPrefix("ter") else { return false }
        return AffixAnalyzer.analyses(of: lower) { lexicon.fallback[$0] != nil || trie.words.id(of: $0) != nil }
            .contains { $0.segmentation.kind == .verbal }
    }

    /// A word that cannot be inside a term candidate: a meN-/di- verb form (`membangun`,
    /// `dibanding`) or a word with the clitic `-nya` (`teknologinya`).
    func breaksPhrase(_ lower: String) -> Bool {
        if lower.hasSuffix("nya") && lower.utf8.count > 5 { return true }
        guard lower.hasPrefix("me") || lower.hasPrefix("di") else { return false }
        return isVerbForm(lower)
    }

    mutating func add(_ doc: AnnotatedDocument) {
        let words = Self.words(of: doc)
        mineGlosses(words, doc)
        mineLoans(words, doc)
        mineNgrams(words, doc)
    }

    private static func note(_ table: inout [String: Stat], key: String, surface: String, words: [String],
                             english: String = "", form: String? = nil, span: Span, doc: AnnotatedDocument) {
        var s = table[key] ?? Stat(surface: surface, words: words)
        s.count += 1
        if s.example.isEmpty { s.example = GlossaryBuilder.sentence(around: span, in: doc) }
        if s.english.isEmpty { s.english = english }
        if let form { s.forms.insert(form) }
        table[key] = s
    }

    // MARK: parenthetical glosses

    private mutating func mineGlosses(_ words: [Word], _ doc: AnnotatedDocument) {
        var i = 0
        while i < words.count {
            defer { i += 1 }
            guard words[i].text == "(" else { continue }
            var close = i + 1
            while close < words.count, close - i <= 12, words[close].text != ")" , words[close].text != "(" { close += 1 }
            guard close < words.count, words[close].text == ")", close > i + 1 else { continue }
            let inner = Array(words[(i + 1)..<close])
            guard inner.allSatisfy({ $0.isWord || $0.text == "-" || $0.text == "/" }) else { continue }
            let innerText = doc[Span(inner.first!.span.start, inner.last!.span.end)]
            let alternatives = innerText.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
            var english: String?
            var acronym: String?
            for a in alternatives where !a.isEmpty {
                if Self.isAcronym(a) { acronym = acronym ?? a }
                else if english == nil, looksEnglish(a) { english = a }
            }
            guard english != nil || acronym != nil else { continue }
            // A known term right before the parenthesis: its glossed acronym joins the entry.
            if i > 0, words[i - 1].taken, let acronym,
               let t = doc.terms.first(where: { $0.span.end == words[i - 1].span.end }),
               let known = trie.entryIndex(forForm: t.lemma), trie.entry(forForm: acronym) == nil {
                knownAcronyms[known, default: []].insert(acronym)
                continue
            }
            // The Indonesian before the parenthesis: as many words as the English has (an acronym:
            // one per letter), at least two when two content words are there, at most four.
            var before: [Word] = []
            var k = i - 1
            while k >= 0, before.count < 4, words[k].isWord, !words[k].taken, words[k].chunk == words[i - 1].chunk,
                  Self.startsLower(words[k].text), !lexicon.functionWords.contains(words[k].lower) {
                before.insert(words[k], at: 0); k -= 1
            }
            if before.isEmpty { continue }
            var n: Int
            if let english {
                n = english.split(whereSeparator: { $0 == " " || $0 == "-" }).count
                if n == 1 && before.count >= 2 && english.unicodeScalars.count >= 6 { n = 2 }
            } else {
                n = acronym!.unicodeScalars.filter { $0.properties.isUppercase }.count
            }
            n = min(max(n, 1), before.count)
            var chosen = Array(before.suffix(n))
            while chosen.count > 1, isVerbForm(chosen[0].lower) { chosen.removeFirst() }
            let term = chosen.map(\.lower).joined(separator: " ")
            // English glossed by English (`(such as the real line)`) is no Indonesian term.
            if looksEnglish(term) { continue }
            if let known = trie.entryIndex(forForm: term) {
                if let acronym, trie.entry(forForm: acronym) == nil { knownAcronyms[known, default: []].insert(acronym) }
                continue
            }
            let span = Span(chosen.first!.span.start, words[close].span.end)
            var proposed = english ?? acronym!
            // An acronym of the Indonesian words themselves (`masyarakat berpenghasilan rendah
            // (MBR)`) is an Indonesian form of the term, not its English.
            if english == nil, let a = acronym,
               String(chosen.compactMap { $0.lower.first }).uppercased() == a {
                proposed = ""
            }
            Self.note(&glosses, key: term, surface: term, words: chosen.map(\.lower), english: proposed,
                      form: acronym, span: span, doc: doc)
        }
    }

    /// An English word or phrase: every word an English dictionary word, at least one unknown to
    /// Indonesian dictionaries (`data labeling`: `labeling`).
    func looksEnglish(_ s: String) -> Bool {
        let ws = s.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        guard !ws.isEmpty, ws.count <= 6 else { return false }
        var foreign = false
        for w in ws {
            let english = lexicon.englishWords.contains(w) || lexicon.englishWords.contains(String(w.dropLast()))
                || (w.hasSuffix("ing") && lexicon.englishWords.contains(String(w.dropLast(3))))
            if !english { return false }
            if !lexicon.isIndonesian(w) { foreign = true }
        }
        return foreign
    }

    // MARK: acronyms and loanwords

    private mutating func mineLoans(_ words: [Word], _ doc: AnnotatedDocument) {
        var i = 0
        while i < words.count {
            let w = words[i]
            guard w.isWord, !w.taken else { i += 1; continue }
            if Self.isAcronym(w.text) {
                if trie.entry(forForm: w.text) == nil, !lexicon.functionWords.contains(w.text),
                   !knownAcronyms.values.contains(where: { $0.contains(w.text) }) {
                    Self.note(&acronyms, key: w.text, surface: w.text, words: [w.text], span: w.span, doc: doc)
                }
                i += 1; continue
            }
            // A run of English words in lower case (`machine learning`, `deepfake`).
            var j = i
            while j < words.count, words[j].isWord, !words[j].taken, words[j].chunk == w.chunk,
                  Self.startsLower(words[j].text), !lexicon.functionWords.contains(words[j].lower),
                  isLoan(words[j].lower) {
                j += 1
            }
            if j > i {
                let run = Array(words[i..<min(j, i + 3)])
                let term = run.map(\.lower).joined(separator: " ")
                if trie.entry(forForm: term) == nil {
                    Self.note(&loanwords, key: term, surface: term, words: run.map(\.lower), english: term,
                              span: Span(run.first!.span.start, run.last!.span.end), doc: doc)
                }
                i = j
            } else {
                i += 1
            }
        }
    }

    func isLoan(_ lower: String) -> Bool {
        lower.unicodeScalars.count >= 4 && lexicon.englishWords.contains(lower) && !lexicon.isIndonesian(lower)
            && lexicon.generalZipf[lower].map { $0 < 4.5 } ?? true
    }

    // MARK: multiword phrases

    private mutating func mineNgrams(_ words: [Word], _ doc: AnnotatedDocument) {
        var i = 0
        while i < words.count {
            let w = words[i]
            guard w.isWord, !w.taken, Self.startsLower(w.text) || w.sentenceInitial, !lexicon.functionWords.contains(w.lower),
                  !isVerbForm(w.lower), !breaksPhrase(w.lower),
                  !w.text.unicodeScalars.contains(where: { $0.properties.numericType != nil })
            else { i += 1; continue }
            var run: [Word] = [w]
            var j = i + 1
            while j < words.count, run.count < 4, words[j].isWord, !words[j].taken, words[j].chunk == w.chunk,
                  Self.startsLower(words[j].text), !lexicon.functionWords.contains(words[j].lower),
                  !breaksPhrase(words[j].lower),
                  !words[j].text.unicodeScalars.contains(where: { $0.properties.numericType != nil }) {
                run.append(words[j]); j += 1
                let key = run.map(\.lower).joined(separator: " ")
                if trie.entry(forForm: key) == nil {
                    Self.note(&ngrams, key: key, surface: key, words: run.map(\.lower),
                              span: Span(run.first!.span.start, run.last!.span.end), doc: doc)
                }
            }
            i += 1
        }
    }

    // MARK: ranking

    /// The new candidates, best first.
    func candidates(minFrequency: Int, composer: EnglishComposer) -> [GlossaryRow] {
        var rows: [String: GlossaryRow] = [:]
        func put(_ r: GlossaryRow) {
            if let old = rows[r.term], old.score >= r.score { return }
            rows[r.term] = r
        }
        for (key, s) in glosses where s.count >= 1 {
            let freq = max(s.count, ngrams[key]?.count ?? 0)
            guard freq >= minFrequency else { continue }
            if s.english.isEmpty {
                // Glossed by its own Indonesian acronym: the English is composed.
                let (english, conf, sources) = composer.compose(s.words)
                put(GlossaryRow(term: key, english: english, kind: .gloss, frequency: freq, confidence: conf,
                                forms: s.forms.sorted(), example: s.example,
                                source: "Indonesian acronym in the corpus; composed: " + sources.joined(separator: " + "),
                                score: 1000 + Double(freq)))
                continue
            }
            put(GlossaryRow(term: key, english: s.english, kind: .gloss, frequency: freq, confidence: 0.9,
                            forms: s.forms.sorted(), example: s.example, source: "parenthetical gloss in the corpus",
                            score: 1000 + Double(freq)))
        }
        let expansions = Dictionary(glosses.values.flatMap { s in s.forms.map { ($0, s.english) } }, uniquingKeysWith: { a, _ in a })
        let glossedKnown = knownAcronyms.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        // Everyday abbreviations (`AS`, `RS`, `DKI`, `OJK`: Zipf ≥ 3.8 in general Indonesian) are
        // not terms.
        for (key, s) in acronyms where s.count >= max(minFrequency, 2) && !glossedKnown.contains(key)
            && (lexicon.generalZipf[key.lowercased()] ?? 0) < 3.8 {
            let expansion = expansions[key]
            put(GlossaryRow(term: key, english: expansion ?? key, kind: .acronym, frequency: s.count,
                            confidence: expansion == nil ? 0.4 : 0.8, example: s.example,
                            source: expansion == nil ? "acronym kept as is" : "expansion from a gloss in the corpus",
                            score: 500 + Double(s.count)))
        }
        for (key, s) in loanwords where s.count >= max(minFrequency, 2) {
            put(GlossaryRow(term: key, english: key, kind: .loanword, frequency: s.count,
                            confidence: s.words.count > 1 ? 0.7 : 0.6, example: s.example,
                            source: "English loanword in the Indonesian text", score: 300 + Double(s.count)))
        }
        // C-value over the multiword phrases seen at least twice.
        let frequent = ngrams.filter { $0.value.count >= max(minFrequency, 2) && $0.value.words.count >= 2 }
        var nestedSum: [String: Int] = [:], nestedCount: [String: Int] = [:]
        for (_, s) in frequent where s.words.count > 2 {
            let n = s.words.count
            var seen: Set<String> = []
            for len in 2..<n {
                for start in 0...(n - len) {
                    let sub = s.words[start..<(start + len)].joined(separator: " ")
                    if frequent[sub] != nil, seen.insert(sub).inserted {
                        nestedSum[sub, default: 0] += s.count; nestedCount[sub, default: 0] += 1
                    }
                }
            }
        }
        for (key, s) in frequent {
            let n = Double(s.words.count)
            var f = Double(s.count)
            if let c = nestedCount[key] { f -= Double(nestedSum[key]!) / Double(c) }
            let cvalue = log2(n) * f
            // At least one word must be known Indonesian (foreign-language pages slip through).
            guard cvalue > 0, s.words.contains(where: { lexicon.generalZipf[$0] != nil || lexicon.fallback[$0] != nil })
            else { continue }
            // Rarity in general Indonesian: 0 for the commonest words (Zipf ≥ 7), 1 for unseen ones.
            let rarity = s.words.map { max(0.05, (7 - (lexicon.generalZipf[$0] ?? 0)) / 7) }.reduce(0, +) / n
            let (english, conf, sources) = composer.compose(s.words)
            put(GlossaryRow(term: key, english: english, kind: .multiword, frequency: s.count, confidence: conf,
                            example: s.example, source: "composed: " + sources.joined(separator: " + "),
                            score: cvalue * rarity))
        }
        return rows.values.sorted { $0.score != $1.score ? $0.score > $1.score : $0.term < $1.term }
    }
}
