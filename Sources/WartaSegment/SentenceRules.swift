import WartaCore

/// Decides sentence boundaries over the scanned tokens (one left-to-right walk, looking at most
/// a few tokens ahead). The conventions are those of `../shared/eval/sentences/README.md`:
/// a line break always ends a sentence; `.`, `?`, `!` and an ellipsis end one before a capital;
/// closing quotes and brackets stay with the sentence they close (`"…," kata X.` is one sentence,
/// `“…?” tanya X.` too); abbreviations behave by class (`AbbreviationClass`); a byline such as
/// `(ant)` / `(rls/ant)` at the end of a line is its own segment.
struct SentenceRules {
    let buf: UnsafeBufferPointer<UInt8>
    let lexicon: SegmenterLexicon
    let tokens: UnsafeBufferPointer<ScannedToken>

    enum Terminator { case period, abbreviation(AbbreviationClass), ellipsis, question }

    /// Appends the sentences of `tokens` (whole lines) to `out`.
    func sentences(into out: inout [Span]) {
        let n = tokens.count
        var s = -1           // first token of the open sentence
        var lineStart = 0    // first token of the current line
        var quoteEnd = -1    // closing `"` of the straight-quoted passage being held together
        var quotePartner = -1 // closing `"` of the last straight quote opened
        var parenEnd = -1    // closing `)` of the parenthesis being read
        var parenSearched = -1 // where the last unsuccessful search for a `)` stopped (keeps the walk linear)
        var t = 0
        while t < n {
            let tok = tokens[t]
            // Words and numbers in mid-line (most tokens) neither end nor open anything.
            if tok.flags & ScannedToken.newlineBefore == 0, tok.kind != .punctuation, tok.abbreviation == nil {
                if s < 0 { s = t }
                t &+= 1
                continue
            }
            if t > quotePartner, tok.isPunct(0x22) {
                let (partner, held) = closingStraightQuote(after: t)
                quotePartner = partner
                quoteEnd = held ? partner : -1
            }
            if t > parenEnd, t > parenSearched, tok.isPunct(0x28) {
                (parenEnd, parenSearched) = closingParenthesis(after: t)
            }
            if tok.has(ScannedToken.newlineBefore) {
                if s >= 0 { out.append(Span(tokens[s].start, tokens[t - 1].end)) }
                s = -1
                lineStart = t
            }
            if s < 0 {
                s = t
            } else if tok.isPunct(0x28), tok.has(ScannedToken.spaceBefore), closesSentence(tokens[t - 1]), isByline(t) {
                out.append(Span(tokens[s].start, tokens[t - 1].end))
                s = t
            }
            if let e = boundaryEnd(t, sentenceStart: s, lineStart: lineStart), e >= quoteEnd, e >= parenEnd {
                out.append(Span(tokens[s].start, tokens[e].end))
                s = -1
                t = e + 1
                continue
            }
            t += 1
        }
        if s >= 0 { out.append(Span(tokens[s].start, tokens[n - 1].end)) }
    }

    // MARK: terminators

    func terminator(_ t: Int, sentenceStart s: Int, lineStart: Int) -> Terminator? {
        let tok = tokens[t]
        if let cls = tok.abbreviation { return .abbreviation(cls) }
        guard tok.kind == .punctuation else { return nil }
        switch tok.first {
        case 0x2E:
            // `1. Pendahuluan`, `a. pertama`, `IV. Penutup` at the start of a line: an item number.
            if t - 1 == lineStart, t - 1 == s, isItemNumber(tokens[t - 1]) { return nil }
            return .period
        case 0x2026: return t == s ? nil : .ellipsis
        case 0x3F, 0x21: return .question
        default: return nil
        }
    }

    /// The index of the last token of the sentence ended at token `t`, or nil when `t` ends none.
    func boundaryEnd(_ t: Int, sentenceStart s: Int, lineStart: Int) -> Int? {
        guard let term = terminator(t, sentenceStart: s, lineStart: lineStart) else { return nil }
        let n = tokens.count
        // Closing quotes and brackets, and further stops, written right after the terminator.
        var e = t, j = t + 1, closed = false
        while j < n {
            let x = tokens[j]
            if x.has(ScannedToken.spaceBefore) || x.kind != .punctuation { break }
            if Self.isCloser(x.first) { closed = true }
            else if !(x.first == 0x2E || x.first == 0x3F || x.first == 0x21 || x.first == 0x2026) { break }
            e = j; j += 1
        }
        if j >= n || tokens[j].has(ScannedToken.newlineBefore) { return e }
        let next = tokens[j]
        switch term {
        case .question:
            if next.kind == .word && next.isLower { return closed ? nil : e }
            if next.kind == .punctuation && (next.first == 0x2C || next.first == 0x3B || next.first == 0x3A) { return nil }
            return e
        case .ellipsis:
            if next.kind == .number { return nil }
            return opensSentence(j) ? e : nil
        case .period:
            if next.kind == .number {
                // `tahun 2007. 2008 …` ends; an unknown short capitalised abbreviation (`Ps. 5`) does not.
                let prev = tokens[t - 1 < 0 ? 0 : t - 1]
                if t > 0, prev.kind == .word, prev.isUpper, prev.byteEnd - prev.byteStart <= 3 { return nil }
                return e
            }
            if next.kind == .word && next.isLower {
                // Abbreviations keep their stop (they never reach here), so a lower-case word after
                // the stop of a number or of a longer word starts a sentence written without its
                // capital (`… 1879. atau …`, `… tahun lalu. iPhone …`).
                guard t > 0, e == t else { return nil }
                let prev = tokens[t - 1]
                if prev.kind == .number { return e }
                if prev.kind == .word, prev.byteEnd - prev.byteStart >= 4 { return e }
                return nil
            }
            return opensSentence(j) ? e : nil
        case .abbreviation(var cls):
            if next.kind == .number || next.isLower { return nil }
            // A capital after a number is a magnitude (`Rp2 T.`, `US$1,2 M.`), not an initial.
            if cls == .initial, t > 0, tokens[t - 1].kind == .number { cls = .general }
            if cls.neverEnds { return nil }
            if cls == .initial {
                if next.kind == .word { return isSentenceStarter(next) ? e : nil }
                return next.isPunct(0x28) ? nil : (opensSentence(j) ? e : nil)
            }
            if next.abbreviation == .company || next.abbreviation == .degree || next.isPunct(0x28) { return nil }
            return opensSentence(j) ? e : nil
        }
    }

    /// Whether token `j` can open a sentence: a capitalised word, a currency, or an opening quote,
    /// bracket, dash or bullet followed by one.
    func opensSentence(_ j: Int) -> Bool {
        let x = tokens[j]
        switch x.kind {
        case .word: return !x.isLower
        case .number: return true
        case .url, .email: return false
        case .symbol: return x.isUpper || x.first == 0x24 || x.first == 0x20AC || x.first == 0xA3
        case .punctuation:
            guard Self.isOpener(x.first), j + 1 < tokens.count else { return false }
            // `()` left behind by removed text (foreign script in scraped pages) is transparent.
            if x.first == 0x28, tokens[j + 1].isPunct(0x29), j + 2 < tokens.count {
                return !tokens[j + 2].has(ScannedToken.newlineBefore) && opensSentence(j + 2)
            }
            let y = tokens[j + 1]
            if y.has(ScannedToken.newlineBefore) { return false }
            if y.kind == .word || y.kind == .symbol { return y.isUpper }
            if y.kind == .number { return true }
            return y.kind == .punctuation && Self.isOpener(y.first) && j + 2 < tokens.count && tokens[j + 2].isUpper
        }
    }

    // MARK: helpers

    /// The index of the `"` closing the straight quotation opened at `t`, on the same line; -1
    /// when it stays open (then nothing is held together).
    ///
    /// A straight-quoted passage is kept as one sentence, as UD Indonesian CSUI's news gold does
    /// (`"… berganti. Benar-benar … suara," jelasnya.` is one sentence there); a passage in curly
    /// quotes is split at its inner full stops, as the news-passage conventions ask
    /// (`“Pasarnya besar. Kami …,” ujar Andi.` is two). The two gold sources disagree; the quote
    /// style is what separates their texts.
    /// Quotes pair up in order on a line (open, close, open, …); a passage longer than
    /// `maxQuotedPassage` code points is not held together, so a stray quote cannot swallow a
    /// paragraph. Returns the partner's index (-1 when none) and whether the passage is held.
    func closingStraightQuote(after t: Int) -> (partner: Int, held: Bool) {
        var q = t + 1
        while q < tokens.count, !tokens[q].has(ScannedToken.newlineBefore) {
            if tokens[q].isPunct(0x22) {
                return (q, tokens[q].start - tokens[t].start <= Self.maxQuotedPassage)
            }
            q += 1
        }
        return (-1, false)
    }

    /// The index of the `)` closing the parenthesis opened at `t` on the same line and within
    /// `maxParenthesis` code points, or -1. No sentence ends inside a parenthesis
    /// (`Bandar udara Sultan Syarif Kasim II (SSK. II)`, `(E. hemisphaerica (Bl.) RM Smith)`).
    /// Returns the `)` (or -1) and how far the search went.
    func closingParenthesis(after t: Int) -> (close: Int, searched: Int) {
        let limit = tokens[t].start + Self.maxParenthesis
        var depth = 0
        var q = t + 1
        while q < tokens.count, !tokens[q].has(ScannedToken.newlineBefore), tokens[q].start < limit {
            if tokens[q].isPunct(0x28) { depth += 1 }
            else if tokens[q].isPunct(0x29) {
                if depth == 0 { return (q, q) }
                depth -= 1
            }
            q += 1
        }
        return (-1, q)
    }

    static let maxParenthesis = 250

    /// Longest straight-quoted passage kept whole: the longest in the CSUI development set is
    /// about 310 code points (three sentences).
    static let maxQuotedPassage = 600

    /// `“ ‘ " ' ( [ « „ ` `, dashes and bullets: what may precede the first word of a sentence.
    static func isOpener(_ s: UInt32) -> Bool {
        switch s {
        case 0x22, 0x27, 0x28, 0x5B, 0x60, 0x201C, 0x2018, 0x201E, 0xAB, 0x2039, 0x2D, 0x2013, 0x2014, 0x2022, 0x2A: return true
        default: return false
        }
    }

    /// `” ’ " ' ) ] » ›`: what may close a sentence after its final mark.
    static func isCloser(_ s: UInt32) -> Bool {
        switch s {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x201D, 0x2019, 0xBB, 0x203A: return true
        default: return false
        }
    }

    func closesSentence(_ x: ScannedToken) -> Bool {
        if x.abbreviation != nil { return true }
        guard x.kind == .punctuation else { return false }
        return x.first == 0x2E || x.first == 0x3F || x.first == 0x21 || x.first == 0x2026 || Self.isCloser(x.first)
    }

    /// A list item's number or letter: up to three digits, one letter, or a short Roman numeral.
    func isItemNumber(_ x: ScannedToken) -> Bool {
        let len = x.byteEnd - x.byteStart
        if x.kind == .number { return len <= 3 }
        guard x.kind == .word, len <= 4 else { return false }
        if len == 1 { return true }
        for k in x.byteStart..<x.byteEnd {
            switch buf[k] { case 0x49, 0x56, 0x58, 0x4C: continue; default: return false }
        }
        return true
    }

    func isSentenceStarter(_ x: ScannedToken) -> Bool {
        lexicon.sentenceStarters.lookup(buf, x.byteStart, x.byteEnd) != nil
    }

    /// `(ant)`, `(rls/ant)`, `(Antara)`, `(***)`: a short parenthesis of letters, `/`, `-`, `*`
    /// closing the line or the text.
    func isByline(_ t: Int) -> Bool {
        var k = tokens[t].byteEnd
        let limit = min(buf.count, k + 32)
        var sawMark = false
        while k < limit {
            let c = buf[k]
            if ScalarTable.isLetterASCII(c) || c == 0x2A { sawMark = true; k += 1; continue }
            if c == 0x2F || c == 0x2D || c == 0x20 || c == 0x2E || c == 0x2C || c == 0x26 || c == 0x2B { k += 1; continue }
            break
        }
        guard sawMark, k < buf.count, buf[k] == 0x29 else { return false }
        k += 1
        while k < buf.count, buf[k] == 0x20 || buf[k] == 0x09 || buf[k] == 0x0D { k += 1 }
        return k == buf.count || buf[k] == 0x0A
    }
}
