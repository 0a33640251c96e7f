import WartaCore

/// The built-in English renderer: each chosen sentence is cut into pieces (names, quantities,
/// glossary terms, words), words are looked up in the lexicon (phrases first, then the word, then
/// its affix-stripped roots), and word-order rules turn Indonesian order into English:
/// noun + adjective → adjective + noun, noun + noun → compound, `N tersebut/ini/itu` → `the/this/that N`,
/// noun + organization → `N of ORG`, verb tense from `akan`/`telah`, `pada` + date → `in`/`on`,
/// `kata X` → `said X`. A word it cannot translate is left out unless it is a name, so no
/// Indonesian reaches the English.
public struct RuleTranslator: Translator {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Whether to close with a sentence naming the article's remaining people, organizations and figures.
    public var factLine = true

    public func english(_ document: AnnotatedDocument, sentences: [Span]) throws(StageError) -> String {
        let body = sentences.map { render(Piece.cut(document, $0)) }.filter { !$0.isEmpty }.joined(separator: " ")
        guard factLine else { return body }
        let line = FactLine.render(document, stated: body, lexicon: lexicon)
        return Self.withoutIndonesian(line.isEmpty ? body : body.isEmpty ? line : body + " " + line)
    }

    /// The last guard: any remaining Indonesian function word (even inside a name) is removed.
    static func withoutIndonesian(_ s: String) -> String {
        guard s.split(whereSeparator: { !$0.isLetter }).contains(where: { IndonesianGuard.functionWords.contains($0.lowercased()) })
        else { return s }
        var out: [Substring] = []
        for token in s.split(separator: " ", omittingEmptySubsequences: true) {
            let letters = token.filter { $0.isLetter }
            if !letters.isEmpty, letters.count == token.count || token.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ",.;:)(".unicodeScalars.contains($0) }),
               IndonesianGuard.functionWords.contains(String(letters).lowercased()) {
                // Keep trailing punctuation of a dropped word.
                if let p = token.last, ",.;:".contains(p), !out.isEmpty { out[out.count - 1] += String(p) }
                continue
            }
            out.append(token)
        }
        return out.joined(separator: " ")
    }

    /// A name with its Indonesian function words in English (`Badan Riset dan Inovasi` →
    /// `Badan Riset and Inovasi`) or, for a name the lexicon knows whole, its English.
    static func cleanName(_ name: String, lexicon: Lexicon) -> String {
        // `Kementerian Komunikasi dan Digital (Komdigi)`: the name, then its acronym.
        if name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex {
            let base = name[..<open].trimmingCharacters(in: .whitespaces)
            return cleanName(base, lexicon: lexicon) + " " + name[open...]
        }
        if let e = lexicon.phrase(name.lowercased()) ?? lexicon.word(name.lowercased()), e.core, !e.english.isEmpty,
           e.pos == .noun { return titleCase(e.english) }
        if let inst = institutionName(name, lexicon: lexicon) { return inst }
        return name.split(separator: " ").map { w -> String in
            let s = String(w)
            guard IndonesianGuard.functionWords.contains(s) else { return s }
            return lexicon.word(s).map(\.english) ?? ""
        }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// One output unit with what the word-order rules need to know about it.
    struct Out {
        var text: String
        var pos: LexPOS
        var isName = false
        /// A verb rendered as a participle (after `yang`, drop the relative pronoun).
        var participle = false
        /// A noun group may not extend back past this token (it was moved into place already).
        var fixed = false
        /// A name used as a modifier inside a noun group (`AI model`).
        var modifier = false
    }

    /// Renders one sentence's pieces as an English sentence.
    func render(_ pieces: [Piece]) -> String {
        var out: [Out] = []
        var i = Self.datelineEnd(pieces)
        var quoteOpen = false
        var singleOpen = false
        while i < pieces.count {
            switch pieces[i] {
            case .name(let t, let label):
                if label == .LOC || label == .ORG {
                    var base = t, acronym = ""
                    if t.hasSuffix(")"), let open = t.lastIndex(of: "("), open > t.startIndex {
                        base = t[..<open].trimmingCharacters(in: .whitespaces); acronym = String(t[open...])
                    }
                    if let e = lexicon.phrase(base.lowercased()) ?? lexicon.word(base.lowercased()), e.core, !e.english.isEmpty {
                        emitProper(e.english, into: &out)
                        if !acronym.isEmpty { out.append(Out(text: acronym, pos: .noun, isName: true)) }
                        i += 1
                        continue
                    }
                }
                if label != .PER, Self.isAcronym(t), let start = nounGroupStart(out) {
                    // `model AI` → `AI model`, `klaster GPU` → `GPU cluster`.
                    out.insert(Out(text: t, pos: .noun, isName: true, modifier: true), at: start)
                    i += 1
                    continue
                } else if label != .PER, let last = out.last, last.pos == .noun || last.pos == .title && label == .ORG,
                          !last.isName, last.text != "of" {
                    out.append(Out(text: "of", pos: .preposition))
                } else if let last = out.last, last.participle {
                    // `dipimpin Arkana Ventures` → `led by Arkana Ventures`.
                    out.append(Out(text: "by", pos: .preposition))
                }
                out.append(Out(text: Self.cleanName(t, lexicon: lexicon), pos: .noun, isName: true))
                i += 1
            case .quantity(let q):
                emitQuantity(q, into: &out)
                i += 1
            case .term(let e, let surface):
                if let (english, next) = titleRun(pieces, at: i), !out.isEmpty {
                    emitProper(english, into: &out)
                    i = next
                    continue
                }
                // A verb form of a term (`menginvestasikan` for `investasi`) reads as the verb.
                if let v = lexicon.word(surface.lowercased()), v.pos == .verb, v.core {
                    emitWord(surface, into: &out, next: i + 1 < pieces.count ? pieces[i + 1] : nil)
                } else {
                    emitNoun(e, into: &out)
                }
                i += 1
            case .punct(let p):
                var t = p
                if p == "\u{201C}" || p == "\u{201D}" || p == "\"" { quoteOpen.toggle(); t = quoteOpen ? "\u{201C}" : "\u{201D}" }
                if p == "'" || p == "\u{2018}" || p == "\u{2019}" { singleOpen.toggle(); t = singleOpen ? "\u{2018}" : "\u{2019}" }
                out.append(Out(text: t, pos: .other))
                i += 1
            case .word(let w):
                if let (english, next) = titleRun(pieces, at: i), !out.isEmpty {
                    emitProper(english, into: &out)
                    i = next
                    continue
                }
                i = emitWords(pieces, at: i, first: w, into: &out)
            }
        }
        return Self.finish(out)
    }

    /// A run of two or more capitalised glossary terms or lexicon words that names something
    /// (`Peta Jalan Kecerdasan Artifisial Nasional`): Indonesian puts the head first, English last,
    /// so the units come out reversed (`National Artificial Intelligence Roadmap`). Returns the
    /// English and the index after the run, or nil.
    func titleRun(_ pieces: [Piece], at i: Int) -> (String, Int)? {
        var units: [String] = []
        var j = i
        func capitalised(_ w: String) -> Bool { w.unicodeScalars.first?.properties.isUppercase == true }
        outer: while j < pieces.count {
            // A capitalised lexicon phrase (`Peta Jalan`).
            var ws: [String] = []
            var k = j
            while k < pieces.count, ws.count < lexicon.maxPhrase, case .word(let w) = pieces[k], capitalised(w) {
                ws.append(w.lowercased()); k += 1
            }
            if ws.count >= 2 {
                for n in stride(from: ws.count, through: 2, by: -1) {
                    if let e = lexicon.phrase(ws[0..<n].joined(separator: " ")), e.core, !e.english.isEmpty,
                       e.pos == .noun || e.pos == .adjective {
                        units.append(e.english); j += n
                        continue outer
                    }
                }
            }
            switch pieces[j] {
            case .term(let e, let surface) where capitalised(surface):
                units.append(e); j += 1; continue
            case .word(let w) where capitalised(w) && !Self.isAcronym(w):
                guard let e = lexicon.word(w.lowercased()), e.core, !e.english.isEmpty,
                      e.pos == .noun || e.pos == .adjective else { break }
                units.append(e.english); j += 1; continue
            default: break
            }
            break
        }
        guard units.count >= 2, !Self.institutionHeads.contains(Self.titleCase(units[0])) else { return nil }
        // Followed by a name it cannot translate (`Universitas Teknologi Nusantara`): a proper name, kept.
        if j < pieces.count, case .word(let w) = pieces[j], capitalised(w) { return nil }
        if j < pieces.count, case .name = pieces[j] { return nil }
        return (units.reversed().joined(separator: " "), j)
    }

    /// Index after a dateline that opens a lede (`Jakarta -`, `JAKARTA, KOMPAS.com –`): up to five
    /// leading name-like words or punctuation closed by a dash; 0 when there is none.
    static func datelineEnd(_ pieces: [Piece]) -> Int {
        for (k, p) in pieces.prefix(8).enumerated() {
            switch p {
            case .punct(let d) where d == "-" || d == "\u{2013}" || d == "\u{2014}":
                return k > 0 ? k + 1 : 0
            case .punct(let c) where c == "," || c == ".": continue
            case .name: continue
            case .word(let w) where w.unicodeScalars.first?.properties.isUppercase == true: continue
            default: return 0
            }
        }
        return 0
    }

    /// Emits a quantity with the preposition rules that depend on it.
    func emitQuantity(_ q: Quantity, into out: inout [Out]) {
        var text = q.english
        if let last = out.last, !last.isName {
            // `pada 2014` → `in 2014`; `pada 11 Juni 2025` → `on 11 June 2025`.
            if last.text == "on", q.kind == .year || q.kind == .decade || (q.kind == .date && !startsWithDay(text)) {
                out[out.count - 1].text = "in"
            }
            let lower = text.lowercased()
            if ["about", "around", "approximately", "nearly", "almost", "more than", "at least", "up to", "over"]
                .contains(where: { lower.hasPrefix($0 + " ") }), ["about", "around", "approximately"].contains(last.text) {
                out.removeLast()
            }
        }
        if text.isEmpty { text = q.text }
        out.append(Out(text: text, pos: .number))
    }

    func startsWithDay(_ s: String) -> Bool { s.unicodeScalars.first.map { $0.value >= 0x30 && $0.value <= 0x39 } ?? false }

    /// Emits the words starting at `i` (a lexicon phrase if one matches); returns the next index.
    func emitWords(_ pieces: [Piece], at i: Int, first: String, into out: inout [Out]) -> Int {
        // Longest lexicon phrase over consecutive words.
        if lexicon.maxPhrase > 1 {
            var ws: [String] = []
            var j = i
            while j < pieces.count, ws.count < lexicon.maxPhrase, case .word(let w) = pieces[j] { ws.append(w.lowercased()); j += 1 }
            if ws.count > 1 {
                for n in stride(from: ws.count, through: 2, by: -1) {
                    if let e = lexicon.phrase(ws[0..<n].joined(separator: " ")) {
                        // A capitalised phrase mid-sentence, or one capitalised throughout, is a name.
                        let caps = (i..<(i + n)).map { k -> Bool in
                            if case .word(let w) = pieces[k] { return w.unicodeScalars.first?.properties.isUppercase == true }
                            return false
                        }
                        if e.pos != .verb, caps[0], !out.isEmpty || caps.filter({ $0 }).count >= 2 {
                            if !e.english.isEmpty { emitProper(e.english, into: &out) }
                            return i + n
                        }
                        emitEntry(e, form: .same, possessive: false, into: &out, next: pieces.count > i + n ? pieces[i + n] : nil)
                        return i + n
                    }
                }
            }
        }
        emitWord(first, into: &out, next: i + 1 < pieces.count ? pieces[i + 1] : nil)
        return i + 1
    }

    /// Emits one word: a number, a lexicon word, an inflected lexicon word, or a name.
    func emitWord(_ w: String, into out: inout [Out], next: Piece?) {
        let scalars = w.unicodeScalars
        let hasDigit = scalars.contains { $0.value >= 0x30 && $0.value <= 0x39 }
        if hasDigit {
            if w.lowercased().hasPrefix("ke-"), let n = Int(w.dropFirst(3)) {
                let o = Out(text: Self.ordinal(n), pos: .adjective, fixed: true)
                if let start = nounGroupStart(out) { out.insert(o, at: start) } else { out.append(o) }
                return
            }
            let text = Self.englishNumber(w)
            if let last = out.last, last.text == "on", Self.isYear(text) { out[out.count - 1].text = "in" }
            out.append(Out(text: text, pos: .number))
            return
        }
        let lower = w.lowercased()
        let capitalised = scalars.first.map { $0.properties.isUppercase } ?? false
        let innerCaps = scalars.dropFirst().contains { $0.properties.isUppercase }
        // A clause starts the sentence, or follows a dash, colon or opening quote: there a capital
        // letter does not make a name.
        let clauseStart = out.isEmpty || ["-", "\u{2013}", "\u{2014}", ":", "\u{201C}", "\u{2018}"].contains(out.last!.text)
        var nextIsCapitalised = false
        switch next {
        case .name?: nextIsCapitalised = true
        case .word(let n)?: nextIsCapitalised = n.unicodeScalars.first?.properties.isUppercase == true
        default: break
        }
        let entry = innerCaps ? nil : lexicon.word(lower)
        func emit(_ e: LexEntry) {
            let passive = e.pos == .verb && lower.hasPrefix("di") && !e.english.hasPrefix("di")
            emitEntry(e, form: passive ? .passive : .same, possessive: false, into: &out, next: next)
        }
        // 1. The hand-written lexicon: mid-sentence capitalised words are parts of names.
        if let e = entry, e.core {
            if capitalised && !clauseStart && e.pos != .verb {
                if !e.english.isEmpty { emitProper(e.english, into: &out) }
            } else {
                emit(e)
            }
            return
        }
        // 2. A capitalised word mid-sentence that the core lexicon does not know: a name.
        if capitalised && !clauseStart || innerCaps {
            if Self.isAcronym(w), let start = nounGroupStart(out) {
                out.insert(Out(text: w, pos: .noun, isName: true, modifier: true), at: start)
                return
            }
            if let last = out.last, last.pos == .noun, !last.isName {
                out.append(Out(text: "of", pos: .preposition))
            }
            out.append(Out(text: w, pos: .noun, isName: true))
            return
        }
        // A capitalised clause opener followed by another capitalised word is a name (`Lintas Nalar`).
        let mayTranslate = !capitalised || !nextIsCapitalised
        let candidates = Morphology.candidates(lower).filter { $0.root.count >= 3 }
        // 3. An inflected form of a hand-written entry (`anak-anak` → `children`).
        if mayTranslate {
            for c in candidates {
                if let e = lexicon.word(c.root), e.core, !e.english.isEmpty {
                    emitEntry(e, form: c.form, possessive: c.possessive, into: &out, next: next)
                    return
                }
            }
        }
        // 4. The derived (Wordnet) lexicon: the word, then its roots.
        if mayTranslate, let e = entry, !e.english.isEmpty {
            emit(e)
            return
        }
        if mayTranslate && !capitalised {
            for c in candidates {
                if let e = lexicon.word(c.root), !e.english.isEmpty {
                    emitEntry(e, form: c.form, possessive: c.possessive, into: &out, next: next)
                    return
                }
            }
        }
        if capitalised {   // clause-initial and unknown: a name
            out.append(Out(text: w, pos: .noun, isName: true))
        } else if lexicon.isEnglishLoan(lower) {
            // `superintelligence`, `startup`: English already.
            out.append(Out(text: lower, pos: .noun))
        }
        // Otherwise an untranslatable common word: left out.
    }

    /// Emits a translated part of a name (`Kementerian Komunikasi` → `Ministry of Communication`):
    /// title case, in Indonesian order, `of` after an institution's head word.
    func emitProper(_ english: String, into out: inout [Out]) {
        if let last = out.last, last.isName, Self.institutionHeads.contains(last.text) {
            out.append(Out(text: "of", pos: .preposition))
        }
        let text = Self.titleCase(english)
        // `Ministry of …` takes the article (`the Ministry of Communication and Digital Affairs`).
        if let head = Self.institutionHeads.first(where: { text.hasPrefix($0 + " of ") }), !head.isEmpty,
           !["the", "The", "of"].contains(out.last?.text ?? "") {
            out.append(Out(text: "the", pos: .determiner))
        }
        out.append(Out(text: text, pos: .noun, isName: true))
    }

    /// `Kementerian Kesehatan` → `Ministry of Health`, `Badan Riset dan Inovasi Nasional` →
    /// `National Agency of Research and Innovation`: an institution's head word and words the core
    /// lexicon all knows; nil otherwise (the name stays as written).
    static func institutionName(_ name: String, lexicon: Lexicon) -> String? {
        let words = name.split(separator: " ").map(String.init)
        guard words.count >= 2, let head = lexicon.word(words[0].lowercased()), head.core,
              institutionHeads.contains(titleCase(head.english)) else { return nil }
        var adjectives: [String] = [], rest: [String] = []
        for w in words.dropFirst() {
            guard let e = lexicon.word(w.lowercased()), e.core, !e.english.isEmpty else { return nil }
            if e.pos == .adjective { adjectives.append(titleCase(e.english)) }
            else if e.pos == .conjunction { rest.append(e.english) }
            else { rest.append(titleCase(e.english)) }
        }
        guard !rest.isEmpty else { return nil }
        return (adjectives + [titleCase(head.english), "of"] + rest).joined(separator: " ")
    }

    static let institutionHeads: Set<String> = [
        "Ministry", "University", "Agency", "Institute", "Center", "Bank", "Laboratory", "Council", "Department",
        "Office", "Board", "Commission", "Directorate", "Authority", "Association", "Consortium", "Minister",
        "Director General", "Head",
    ]

    /// Emits a lexicon entry in the form the morphology and context ask for.
    func emitEntry(_ e: LexEntry, form: Morphology.Form, possessive: Bool, into out: inout [Out], next: Piece?) {
        guard !e.english.isEmpty else { return }
        switch e.pos {
        case .verb:
            var o = Out(text: e.english, pos: .verb)
            // `dari 25 menjadi 1.200` → `from 25 to 1,200`.
            if e.english == "become", form == .same, let last = out.last,
               last.pos == .number || last.participle || last.pos == .verb
                || out.suffix(3).contains(where: { $0.pos == .number }) && out.suffix(6).contains(where: { $0.text == "from" }) {
                out.append(Out(text: "to", pos: .preposition))
                return
            }
            let modal = Self.inModalContext(out)
            if form == .passive {
                o.text = e.participle ?? e.english; o.participle = true
                if modal { o.text = "be " + o.text }
            } else if let last = out.last, ["after", "before", "since", "without", "while", "when", "by", "with", "about", "in", "of",
                                             "than", "compared with", "instead of", "for", "specifically for"].contains(last.text.lowercased()) {
                // `setelah meraup` → `after earning`.
                o.text = Inflection.gerund(e.english)
            } else if !modal {
                o.text = e.past ?? e.english
            }
            out.append(o)
        case .adjective:
            // Noun + adjective → adjective + noun (`perusahaan besar` → `big company`).
            if let start = nounGroupStart(out) {
                out.insert(Out(text: e.english, pos: .adjective, fixed: true), at: start)
            } else {
                out.append(Out(text: e.english, pos: .adjective))
            }
        case .determiner where ["the", "this", "that", "these", "those"].contains(e.english):
            // `N tersebut/ini/itu` → `the/this/that N`.
            if let start = nounGroupStart(out) {
                out.insert(Out(text: e.english, pos: .determiner, fixed: true), at: start)
            } else {
                out.append(Out(text: e.english == "the" ? "it" : e.english, pos: .pronoun))
            }
        case .noun:
            var text = form == .plural ? Inflection.plural(e.english) : e.english
            if let last = out.last, last.pos == .number, !["1", "one", "a"].contains(last.text) { text = Inflection.plural(text) }
            if possessive {
                // `jumlah pekerjanya` → `the number of its workers`.
                if let last = out.last, last.pos == .noun, !last.isName { out.append(Out(text: "of", pos: .preposition)) }
                out.append(Out(text: "its", pos: .determiner))
                out.append(Out(text: text, pos: .noun, fixed: true))
                return
            }
            emitNoun(text, into: &out)
        default:
            if possessive, e.pos == .preposition { out.append(Out(text: e.english, pos: e.pos)); out.append(Out(text: "it", pos: .pronoun)); return }
            out.append(Out(text: e.english, pos: e.pos))
        }
    }

    /// True when the verb being emitted follows a modal or `to` in its clause (`will soon launch`,
    /// `planned to pay`): it keeps its base form.
    static func inModalContext(_ out: [Out]) -> Bool {
        let modals: Set<String> = ["will", "can", "could", "must", "to", "may", "should", "would", "not", "cannot", "might",
                                   "did", "need to", "want to", "not yet"]
        for o in out.reversed().prefix(4) {
            let t = o.text.lowercased()
            if modals.contains(t) || t.hasSuffix(" to") { return true }
            if o.pos == .verb || o.pos == .other || o.isName || o.pos == .number || o.pos == .noun { return false }
        }
        return false
    }

    /// Emits a common noun: after another common noun it becomes the head of an English compound
    /// (`pusat data` → `data center` comes from terms; `pendiri perusahaan` → `company founder`).
    func emitNoun(_ noun: String, into out: inout [Out]) {
        var text = noun
        // After a number other than one: plural (`5,000 GPU` → `5,000 GPUs`).
        if let last = out.last, last.pos == .number, !["1", "one", "a"].contains(last.text) {
            text = Inflection.plural(text)
        }
        if let last = out.last, last.pos == .noun, !last.isName, let start = nounGroupStart(out) {
            out.insert(Out(text: text, pos: .noun, fixed: true), at: start)
        } else {
            out.append(Out(text: text, pos: .noun))
        }
    }

    /// Where the common-noun group that ends the output starts, or nil when it does not end in one.
    func nounGroupStart(_ out: [Out]) -> Int? {
        var k = out.count
        while k > 0, out[k - 1].pos == .noun || out[k - 1].pos == .adjective, !out[k - 1].isName || out[k - 1].modifier { k -= 1 }
        guard k < out.count, out[k...].contains(where: { $0.pos == .noun }) else { return nil }
        return k
    }
}
