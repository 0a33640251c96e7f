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

    public func english(_ document: AnnotatedDocument, sentences: [Span]) throws(StageError) -> String {
        sentences.map { render(Piece.cut(document, $0)) }.filter { !$0.isEmpty }.joined(separator: " ")
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
    }

    /// Renders one sentence's pieces as an English sentence.
    func render(_ pieces: [Piece]) -> String {
        var out: [Out] = []
        var i = 0
        var quoteOpen = false
        while i < pieces.count {
            switch pieces[i] {
            case .name(let t, let label):
                if label != .PER, let last = out.last, last.pos == .noun, !last.isName, last.text != "of" {
                    out.append(Out(text: "of", pos: .preposition))
                }
                out.append(Out(text: t, pos: .noun, isName: true))
                i += 1
            case .quantity(let q):
                emitQuantity(q, into: &out)
                i += 1
            case .term(let e):
                emitNoun(e, into: &out)
                i += 1
            case .punct(let p):
                var t = p
                if p == "\u{201C}" || p == "\u{201D}" || p == "\"" { quoteOpen.toggle(); t = quoteOpen ? "\u{201C}" : "\u{201D}" }
                out.append(Out(text: t, pos: .other))
                i += 1
            case .word(let w):
                i = emitWords(pieces, at: i, first: w, into: &out)
            }
        }
        return Self.finish(out)
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
            out.append(Out(text: Self.englishNumber(w), pos: .number))
            return
        }
        let lower = w.lowercased()
        let capitalised = scalars.first.map { $0.properties.isUppercase } ?? false
        let innerCaps = scalars.dropFirst().contains { $0.properties.isUppercase }
        if let e = lexicon.word(lower), !innerCaps, !capitalised || e.core {
            if capitalised && !out.isEmpty && e.pos != .verb && !e.english.isEmpty {
                var c = e
                c.english = Self.titleCase(e.english)
                emitEntry(c, form: .same, possessive: false, into: &out, next: next)
            } else {
                emitEntry(e, form: .same, possessive: false, into: &out, next: next)
            }
            return
        }
        if capitalised && out.isEmpty == false || innerCaps {
            if let last = out.last, last.pos == .noun, !last.isName {
                out.append(Out(text: "of", pos: .preposition))
            }
            out.append(Out(text: w, pos: .noun, isName: true))
            return
        }
        for c in Morphology.candidates(lower) {
            if let e = lexicon.word(c.root), !e.english.isEmpty {
                emitEntry(e, form: c.form, possessive: c.possessive, into: &out, next: next)
                return
            }
        }
        if capitalised {   // sentence-initial and unknown: a name
            out.append(Out(text: w, pos: .noun, isName: true))
        }
        // Otherwise an untranslatable common word: left out.
    }

    /// Emits a lexicon entry in the form the morphology and context ask for.
    func emitEntry(_ e: LexEntry, form: Morphology.Form, possessive: Bool, into out: inout [Out], next: Piece?) {
        guard !e.english.isEmpty else { return }
        switch e.pos {
        case .verb:
            let prev = out.last?.text.lowercased() ?? ""
            let modal = ["will", "can", "could", "must", "to", "may", "should", "would", "not", "cannot", "might", "did", "want to", "plans to"]
                .contains(prev)
            var o = Out(text: e.english, pos: .verb)
            if form == .passive {
                o.text = e.participle ?? e.english; o.participle = true
                if modal { o.text = "be " + o.text }
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
            if possessive { out.append(Out(text: "its", pos: .determiner)) }
            emitNoun(text, into: &out)
        default:
            if possessive, e.pos == .preposition { out.append(Out(text: e.english, pos: e.pos)); out.append(Out(text: "it", pos: .pronoun)); return }
            out.append(Out(text: e.english, pos: e.pos))
        }
    }

    /// Emits a common noun: after another common noun it becomes the head of an English compound
    /// (`pusat data` → `data center` comes from terms; `pendiri perusahaan` → `company founder`).
    func emitNoun(_ text: String, into out: inout [Out]) {
        if let last = out.last, last.pos == .noun, !last.isName, let start = nounGroupStart(out) {
            out.insert(Out(text: text, pos: .noun, fixed: true), at: start)
        } else {
            out.append(Out(text: text, pos: .noun))
        }
    }

    /// Where the common-noun group that ends the output starts, or nil when it does not end in one.
    func nounGroupStart(_ out: [Out]) -> Int? {
        var k = out.count
        while k > 0, out[k - 1].pos == .noun || out[k - 1].pos == .adjective, !out[k - 1].isName { k -= 1 }
        guard k < out.count, out[k...].contains(where: { $0.pos == .noun }) else { return nil }
        return k
    }

    /// `president director` → `President Director`.
    static func titleCase(_ s: String) -> String {
        s.split(separator: " ").map { w in
            guard let f = w.unicodeScalars.first, f.properties.isLowercase else { return String(w) }
            return String(f).uppercased() + String(w.unicodeScalars.dropFirst())
        }.joined(separator: " ")
    }

    /// Indonesian digit grouping → English: `14,8` → `14.8`, `1.024` → `1,024`, `Rp12,5` → `Rp12.5`.
    static func englishNumber(_ w: String) -> String {
        let s = Array(w.unicodeScalars)
        var r = String.UnicodeScalarView()
        for (k, u) in s.enumerated() {
            if (u == "." || u == ","), k > 0, k + 1 < s.count,
               s[k - 1].properties.numericType != nil, s[k + 1].properties.numericType != nil {
                r.append(u == "." ? "," : ".")
            } else {
                r.append(u)
            }
        }
        return String(r)
    }

    /// Joins the output with English spacing, drops stray relative pronouns and repeated words,
    /// capitalises and ends the sentence.
    static func finish(_ raw: [Out]) -> String {
        var out: [Out] = []
        for (k, o) in raw.enumerated() {
            let t = o.text
            if let last = out.last, !o.isName, last.text.lowercased() == t.lowercased(), o.pos != .other { continue }
            // `yang` before a participle or adjective is dropped (`the deal announced in June`).
            if t == "that", k + 1 < raw.count, raw[k + 1].participle || raw[k + 1].pos == .adjective && !raw[k + 1].fixed { continue }
            if !o.isName, IndonesianGuard.functionWords.contains(t.lowercased()) { continue }
            out.append(o)
        }
        // Trim leading punctuation and dangling connectors.
        while let f = out.first, f.pos == .other, [",", ".", ";", ":", "-", "\u{2013}", "\u{2014}"].contains(f.text) { out.removeFirst() }
        var s = ""
        var noSpaceNext = true
        for o in out {
            let t = o.text
            let attachLeft = [",", ".", ";", ":", "!", "?", ")", "%", "\u{201D}", "'s"].contains(t)
                || (t == "$" && s.hasSuffix("US") || t == "$" && s.hasSuffix("S"))
            if !s.isEmpty && !attachLeft && !noSpaceNext { s += " " }
            s += t
            noSpaceNext = ["(", "$", "\u{201C}", "US$", "S$", "Rp", "/"].contains(t)
        }
        s = s.replacingOccurrences(of: " ,", with: ",")
        guard let first = s.unicodeScalars.first else { return "" }
        if first.properties.isLowercase {
            s = String(first).uppercased() + String(s.unicodeScalars.dropFirst())
        }
        while let l = s.last, l == "," || l == ";" || l == ":" || l == " " { s.removeLast() }
        if let l = s.last, !".!?\u{201D}".contains(l) { s += "." }
        return s
    }
}

/// The Indonesian function words that must never reach the English (the e2e scorer's `leak`
/// list, and a few more); a last filter after rendering, for words outside names.
enum IndonesianGuard {
    static let functionWords: Set<String> = Set("""
        yang dan di ini itu dengan untuk dari pada akan tidak telah sebagai oleh dalam atau juga karena \
        bahwa tersebut adalah sudah masih bisa lebih kata ujar menurut secara serta hingga sejak namun \
        tetapi para ke pun lah nya sang si bagi agar supaya jika kalau ketika saat sedang belum
        """.split(separator: " ").map(String.init))
}
