import WartaCore

/// The facts of a document the English summary should state: amounts, percentages, counts,
/// dates, people, organizations, products, places, from the pipeline's layers (or read off the
/// surface when those layers are empty).
struct Fact: Hashable {
    enum Kind: Hashable { case amount, percent, count, date, person, organization, product, place }
    var kind: Kind
    /// The English way to state it (a quantity's `english`, an entity's text).
    var english: String
    var span: Span

    var weight: Double {
        switch kind {
        case .amount, .percent: return 2
        case .person: return 1.5
        case .organization, .product: return 1.2
        case .count: return 1
        case .date: return 0.7
        case .place: return 0.5
        }
    }

    /// Capitalised tokens that are units, time zones or titles, never names.
    static let notNames: Set<String> = ["WIB", "WITA", "WIT", "MW", "GW", "KW", "GB", "TB", "MB", "UU", "PT", "CEO",
                                        "CTO", "CFO", "COO", "Tbk", "AS", "RI"]

    /// Every fact of the document, in text order.
    static func all(_ document: AnnotatedDocument, lexicon: Lexicon? = nil) -> [Fact] {
        var out: [Fact] = []
        for q in document.quantities where !q.english.isEmpty {
            let kind: Kind?
            switch q.kind {
            case .money: kind = .amount
            case .percent: kind = .percent
            case .range: kind = q.of == "percent" ? .percent : (q.of == "money" || q.currency != nil ? .amount : .count)
            case .cardinal, .decimal, .quantity, .multiplier, .approximate, .age: kind = q.currency != nil ? .amount : .count
            case .year, .date, .decade: kind = .date
            default: kind = nil
            }
            if let kind { out.append(Fact(kind: kind, english: q.english, span: q.span)) }
        }
        for e in document.entities {
            let kind: Kind
            switch e.label {
            case .PER: kind = .person
            case .ORG: kind = .organization
            case .PRODUCT: kind = .product
            case .LOC: kind = .place
            }
            out.append(Fact(kind: kind, english: e.text, span: e.span))
        }
        // A layer that is empty (its stage not run, or nothing found) is read off the surface.
        let surfaceNumbers = document.quantities.isEmpty, surfaceNames = document.entities.isEmpty
        if surfaceNumbers || surfaceNames {
            for s in document.sentences.prefix(FactSentences.candidateLimit) {
                var first = true
                var run: [String] = []   // consecutive capitalised words: one name (`Hendra Wijaya`)
                func closeRun() {
                    if !run.isEmpty { out.append(Fact(kind: .organization, english: run.joined(separator: " "), span: s)) }
                    run = []
                }
                for piece in Piece.words(document[s]) {
                    guard case .word(let w) = piece else { closeRun(); continue }
                    defer { first = false }
                    let u = w.unicodeScalars
                    if u.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) {
                        closeRun()
                        // Plain numbers only (`ke-3`, `H100` are not figures on their own).
                        guard surfaceNumbers,
                              u.allSatisfy({ ($0.value >= 0x30 && $0.value <= 0x39) || $0 == "." || $0 == "," }) else { continue }
                        out.append(Fact(kind: .count, english: RuleTranslator.englishNumber(w), span: s))
                    } else if surfaceNames, !first, u.first?.properties.isUppercase == true, !w.contains("-") {
                        // A capitalised word is a name only when it is no Indonesian word the lexicon knows.
                        let lower = w.lowercased()
                        if IndonesianGuard.functionWords.contains(lower) || lexicon?.word(lower) != nil
                            || Self.notNames.contains(w)
                            || (lexicon.map { lex in Morphology.candidates(lower).contains { $0.root.count >= 4 && lex.word($0.root) != nil } } ?? false) {
                            closeRun(); continue
                        }
                        run.append(w)
                    } else {
                        closeRun()
                    }
                }
                closeRun()
            }
        }
        return out.sorted { $0.span < $1.span }
    }
}

/// Chooses the sentences the English summary is rendered from: the extract's first sentence
/// (the lede), then, greedily, the sentences that add the most facts not yet stated (amounts and
/// people first), shorter and earlier sentences preferred; up to four, in document order.
enum FactSentences {
    /// At most this many sentences from the top are candidates (news puts its facts early; this
    /// also bounds the work on a huge page).
    static let candidateLimit = 300

    static func choose(_ document: AnnotatedDocument, extract: [Span], maxSentences: Int = 4) -> [Span] {
        guard let lede = extract.first ?? document.sentences.first else { return [] }
        let sentences = Array(document.sentences.prefix(candidateLimit))
        let facts = Fact.all(document)
        func key(_ f: Fact) -> String { "\(f.kind)|\(f.english)" }
        // Facts of each candidate sentence, in one sweep (both lists are sorted by start).
        var bySentence = [[Int]](repeating: [], count: sentences.count)
        var j = 0
        for (fi, f) in facts.enumerated() {
            while j < sentences.count && sentences[j].end <= f.span.start { j += 1 }
            if j == sentences.count { break }
            if sentences[j].contains(f.span) { bySentence[j].append(fi) }
        }
        var chosen = [lede]
        var stated = Set(facts.filter { lede.contains($0.span) }.map(key))
        while chosen.count < maxSentences {
            var best: (Double, Int)? = nil
            for (i, s) in sentences.enumerated() where !chosen.contains(s) {
                if s.length < 30 || s.length > 500 { continue }
                // Headings and captions (no closing punctuation) are not summary sentences.
                guard let last = document[s].unicodeScalars.last, ".!?\"\u{201D}".unicodeScalars.contains(last) else { continue }
                var gain = 0.0
                var seen = Set<String>()
                for fi in bySentence[i] {
                    let k = key(facts[fi])
                    if !stated.contains(k), seen.insert(k).inserted { gain += facts[fi].weight }
                }
                guard gain > 0 else { continue }
                // Quotations read badly out of context and rarely carry the key facts.
                let text = document[s]
                let quoted = text.unicodeScalars.contains { $0 == "\"" || $0 == "\u{201C}" || $0 == "\u{201D}" }
                let score = gain - Double(s.length) / 250 - Double(i) * 0.02 - (quoted ? 1.5 : 0)
                if best == nil || score > best!.0 { best = (score, i) }
            }
            guard let b = best, b.0 > 0 else { break }
            chosen.append(sentences[b.1])
            for fi in bySentence[b.1] { stated.insert(key(facts[fi])) }
        }
        // Too few fact-bearing sentences: complete from the extract, then the lead.
        for s in extract + sentences where chosen.count < 3 && !chosen.contains(s) && s.length >= 30 {
            chosen.append(s)
        }
        return chosen.sorted()
    }
}
