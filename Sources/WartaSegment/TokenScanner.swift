import WartaCore

/// One pass over UTF-8 bytes producing tokens with code-point spans.
///
/// Conventions (issue 5): words keep clitics and hyphenated reduplication (`bukunya`,
/// `perusahaan-perusahaan`, `COVID-19`, `ke-4`); numbers keep their separators (`1.500.000`,
/// `14,8`, `10.30`, `12/6/2025`, `3.5.1`) but a hyphen between two numbers is a range and splits;
/// currency prefixes are split from amounts (`Rp` `1.500.000`, `US$` `14,8`); URLs and e-mail
/// addresses are one token; domain-like names (`detik.com`, `Kata.ai`) are one word; a known
/// abbreviation, an initial or a dotted abbreviation keeps its full stop (`dll.`, `B.J.`,
/// `S.Kom.`); every other punctuation mark is its own token (runs of `.`, of `?`/`!` and of `-`
/// are one token).
struct TokenScanner {
    let buf: UnsafeBufferPointer<UInt8>
    let lexicon: SegmenterLexicon
    var i = 0
    var cp = 0
    var tokens: TokenBuffer
    /// Layout flags (space / line break) collected since the previous token.
    var pending: UInt8 = 0

    /// Tokens per chunk: a chunk ends at the first line break after this many tokens, so the
    /// buffer (32 bytes a token) stays below malloc's mmap threshold and is reused: allocating a
    /// buffer for a whole long text page-faulted on every document (measured: a third of the
    /// stage's time went to the kernel on 186 k-character records).
    static let defaultChunkTokens = 3_000
    let chunkTokens: Int

    init(_ buf: UnsafeBufferPointer<UInt8>, lexicon: SegmenterLexicon, chunkTokens: Int = defaultChunkTokens) {
        self.buf = buf
        self.lexicon = lexicon
        self.chunkTokens = chunkTokens
        tokens = TokenBuffer(capacity: min(buf.count / 5 + 4, chunkTokens &+ 64 < 0 ? Int.max : chunkTokens + 64))
    }

    /// Scans the next chunk of whole lines (nil at the end of the text). A line break always
    /// ends a sentence, so chunks can be split into sentences independently. The tokens are
    /// valid until the next call; the caller deallocates `tokens` at the end.
    mutating func nextChunk() -> UnsafeBufferPointer<ScannedToken>? {
        tokens.removeAll()
        let n = buf.count
        while i < n {
            let b = buf[i]
            if b == 0x0A, tokens.count > 0, tokens.count >= chunkTokens {
                pending |= ScannedToken.newlineBefore | ScannedToken.spaceBefore
                i += 1; cp += 1
                break
            }
            if b < 0x80 {
                switch ScalarTable.ascii(b) {
                case .space:
                    // A lone CR (old Mac line ends) is a line break; CR LF is one.
                    if b == 0x0D, i + 1 >= n || buf[i + 1] != 0x0A { pending |= ScannedToken.newlineBefore }
                    pending |= ScannedToken.spaceBefore
                    i += 1; cp += 1
                case .newline:
                    pending |= ScannedToken.newlineBefore | ScannedToken.spaceBefore
                    i += 1; cp += 1
                case .lower, .upper, .digit, .otherLetter:
                    scanWord()
                case .punctuation, .symbol:
                    scanASCIIPunctuation(b)
                }
            } else {
                let (s, len) = ScalarTable.decode(buf, i)
                switch ScalarTable.nonASCII(s) {
                case .space:
                    pending |= ScannedToken.spaceBefore
                    i += len; cp += 1
                case .newline:
                    pending |= ScannedToken.newlineBefore | ScannedToken.spaceBefore
                    i += len; cp += 1
                case .punctuation, .symbol:
                    let kind: Token.Kind = ScalarTable.nonASCII(s) == .symbol ? .symbol : .punctuation
                    emit(byteStart: i, cpStart: cp, byteEnd: i + len, cpEnd: cp + 1, kind: kind,
                         first: s == 0x2026 ? 0x2026 : s, flags: 0)
                    i += len; cp += 1
                default:
                    scanWord()
                }
            }
        }
        return tokens.count == 0 ? nil : tokens.tokens
    }

    @inline(__always) mutating func emit(byteStart: Int, cpStart: Int, byteEnd: Int, cpEnd: Int, kind: Token.Kind,
                                         first: UInt32, flags: UInt8, abbreviation: AbbreviationClass? = nil) {
        tokens.append(ScannedToken(start: cpStart, end: cpEnd, byteStart32: Int32(truncatingIfNeeded: byteStart),
                                   byteEnd32: Int32(truncatingIfNeeded: byteEnd), kind: kind,
                                   abbreviation: abbreviation, flags: flags | pending, first: first))
        pending = 0
    }

    @inline(__always) func byte(_ k: Int) -> UInt8 { k < buf.count ? buf[k] : 0 }

    // MARK: punctuation

    mutating func scanASCIIPunctuation(_ b: UInt8) {
        let start = i, cstart = cp
        i += 1
        var first = UInt32(b)
        switch b {
        case 0x2E: // a run of full stops: `...` is an ellipsis
            while i < buf.count, buf[i] == 0x2E { i += 1 }
            if i - start > 1 { first = 0x2026 }
        case 0x3F, 0x21: // `?!`, `!!!`
            while i < buf.count, buf[i] == 0x3F || buf[i] == 0x21 { i += 1 }
        case 0x2D: // `--`
            while i < buf.count, buf[i] == 0x2D { i += 1 }
        default: break
        }
        cp += i - start
        emit(byteStart: start, cpStart: cstart, byteEnd: i, cpEnd: cp,
             kind: ScalarTable.ascii(b) == .symbol ? .symbol : .punctuation, first: first, flags: 0)
    }

    // MARK: words, numbers, URLs, e-mail addresses

    /// True when the bytes at `k` start with `prefix` (ASCII, case-insensitive).
    func hasPrefix(_ k: Int, _ prefix: StaticString) -> Bool {
        let len = prefix.utf8CodeUnitCount
        if k + len > buf.count { return false }
        let p = prefix.utf8Start
        for t in 0..<len where buf[k + t] | 0x20 != p[t] { return false }
        return true
    }

    /// The common token: ASCII letters followed by a blank or by punctuation that can never
    /// continue a word (none of `. - ' @ $ : /` or a digit). Returns false to take the full path.
    @inline(__always) mutating func scanPlainWord() -> Bool {
        let n = buf.count
        let p = buf.baseAddress!
        let start = i
        let b = p[start]
        guard ScalarTable.isLetterASCII(b) else { return false }
        var k = ScalarTable.letterRunEnd(p, from: start &+ 1, n)
        if k < n {
            switch p[k] {
            case 0x20, 0x2C, 0x0A, 0x29, 0x3B, 0x3F, 0x21, 0x22, 0x0D, 0x09: break
            default: return false
            }
        }
        let len = k &- start
        emit(byteStart: start, cpStart: cp, byteEnd: k, cpEnd: cp &+ len, kind: .word, first: UInt32(b),
             flags: ScalarTable.isUpperASCII(b) ? ScannedToken.upper : ScannedToken.lower)
        cp &+= len
        // The single space after a word is the most common byte of all: take it here.
        if k < n, p[k] == 0x20 { k &+= 1; cp &+= 1; pending = ScannedToken.spaceBefore }
        i = k
        return true
    }

    mutating func scanWord() {
        if scanPlainWord() { return }
        // Positions live in locals (registers) while scanning; stored back once.
        var i = self.i, cp = self.cp
        defer { self.i = i; self.cp = cp }
        let start = i, cstart = cp
        let b = buf[i]
        if b | 0x20 == 0x68 || b | 0x20 == 0x77, byte(i + 1) | 0x20 == 0x74 || byte(i + 1) | 0x20 == 0x77,
           hasPrefix(i, "http://") || hasPrefix(i, "https://") || hasPrefix(i, "www.") {
            scanURL(start: start, cpStart: cstart)
            i = self.i; cp = self.cp
            return
        }
        var flags: UInt8
        var isNumber = false
        if b < 0x80 {
            switch ScalarTable.ascii(b) {
            case .upper: flags = ScannedToken.upper
            case .digit: flags = ScannedToken.digit; isNumber = true
            default: flags = ScannedToken.lower
            }
            i += 1
        } else {
            let (s, len) = ScalarTable.decode(buf, i)
            flags = ScalarTable.caseFlag(s)
            i += len
        }
        cp += 1
        var lettersOnly = !isNumber       // no digit, stop or hyphen yet
        var segmentStart = start          // byte start of the current stop-separated segment
        var dotted = false                // a stop inside the word (`B.J`, `detik.com`)
        var numberSeparators = true       // a number made only of digits and separators so far
        let n = buf.count
        let p = buf.baseAddress!

        scan: while i < n {
            let c = p[i]
            if c >= 0x80 {
                let (s, len) = ScalarTable.decode(buf, i)
                let cls = ScalarTable.nonASCII(s)
                if cls == .otherLetter {
                    isNumber = false; lettersOnly = false
                    i += len; cp += 1; continue
                }
                // `’` as an apostrophe inside a word (Jum’at), U+2010/2011 as a hyphen.
                if (s == 0x2019 && !isNumber) || s == 0x2010 || s == 0x2011, startsWord(i + len) {
                    isNumber = false; lettersOnly = false
                    i += len; cp += 1; continue
                }
                break scan
            }
            if ScalarTable.isLetterASCII(c) {
                // The common case: a run of ASCII letters.
                let k = ScalarTable.letterRunEnd(p, from: i &+ 1, n)
                cp &+= k &- i; i = k
                isNumber = false; numberSeparators = false
                continue
            }
            switch c {
            case 0x30...0x39:
                if lettersOnly, i - start <= 3, lexicon.currencyPrefixes.lookup(buf, start, i) != nil {
                    emit(byteStart: start, cpStart: cstart, byteEnd: i, cpEnd: cp, kind: .symbol, first: UInt32(b), flags: flags)
                    return
                }
                lettersOnly = false
                var k = i &+ 1
                while k < n, ScalarTable.isDigit(p[k]) { k &+= 1 }
                cp &+= k &- i; i = k
            case 0x5F:
                isNumber = false; numberSeparators = false
                i += 1; cp += 1
            case 0x2E: // full stop
                let next = byte(i + 1)
                if isNumber {
                    if ScalarTable.isDigit(next) { i += 2; cp += 2; continue }
                    break scan
                }
                if next == 0x2E || !ScalarTable.isAlnumASCII(next) { break scan }
                if let cls = lexicon.abbreviations.lookup(buf, start, i + 1) {
                    // `No.34`, `Rp.1.500`, `Jl.Sudirman`: the abbreviation ends here.
                    i += 1; cp += 1
                    emit(byteStart: start, cpStart: cstart, byteEnd: i, cpEnd: cp, kind: .word,
                         first: UInt32(b), flags: flags, abbreviation: cls)
                    return
                }
                if ScalarTable.isUpperASCII(next) && !joinsBeforeCapital(at: i, segmentStart: segmentStart) { break scan }
                i += 1; cp += 1
                segmentStart = i; dotted = true; lettersOnly = false
            case 0x2D: // hyphen: reduplication, clitics, `ke-4`, `COVID-19`; a range `5-10` splits
                let next = byte(i + 1)
                // After a number only a lower-case suffix joins (`1990-an`); `5-10`, `10-US$15` split.
                if isNumber && !ScalarTable.isLowerASCII(next) { break scan }
                if !startsWord(i + 1) || startsAmount(i + 1) { break scan }
                isNumber = false; lettersOnly = false
                i += 1; cp += 1
            case 0x2C: // decimal comma
                if isNumber && ScalarTable.isDigit(byte(i + 1)) { i += 2; cp += 2; continue }
                break scan
            case 0x3A: // 10:30
                if isNumber && ScalarTable.isDigit(byte(i + 1)) { i += 2; cp += 2; continue }
                if byte(i + 1) == 0x2F && byte(i + 2) == 0x2F && lettersOnly {
                    scanURL(start: start, cpStart: cstart)
                    i = self.i; cp = self.cp
                    return
                }
                break scan
            case 0x2F: // 12/6/2025
                if isNumber && numberSeparators && ScalarTable.isDigit(byte(i + 1)) { i += 2; cp += 2; continue }
                break scan
            case 0x27: // apostrophe inside a word: Jum'at, Qur'an
                if !isNumber && ScalarTable.isLetterASCII(byte(i + 1)) && ScalarTable.isLetterASCII(buf[i - 1]) {
                    lettersOnly = false
                    i += 1; cp += 1; continue
                }
                break scan
            case 0x40: // e-mail address
                self.i = i; self.cp = cp
                if scanEmail(start: start, cpStart: cstart) { i = self.i; cp = self.cp; return }
                break scan
            case 0x24: // US$, S$, HK$
                if lettersOnly, lexicon.currencyPrefixes.lookup(buf, start, i + 1) != nil {
                    i += 1; cp += 1
                    emit(byteStart: start, cpStart: cstart, byteEnd: i, cpEnd: cp, kind: .symbol, first: UInt32(b), flags: flags)
                    return
                }
                break scan
            default:
                break scan
            }
        }
        let kind: Token.Kind = isNumber ? .number : .word
        // A full stop right after the word: attach it to a known abbreviation, an initial or a
        // dotted abbreviation (not to the first stop of an ellipsis).
        var abbreviation: AbbreviationClass? = nil
        if !isNumber, i < n, buf[i] == 0x2E, byte(i + 1) != 0x2E {
            if let cls = lexicon.abbreviations.lookup(buf, start, i + 1) {
                abbreviation = cls
            } else if i - start == 1 && ScalarTable.isUpperASCII(b) {
                abbreviation = .initial
            } else if dotted {
                abbreviation = dottedClass(start, i)
            }
            if abbreviation != nil { i += 1; cp += 1 }
        }
        emit(byteStart: start, cpStart: cstart, byteEnd: i, cpEnd: cp, kind: kind, first: UInt32(b), flags: flags,
             abbreviation: abbreviation)
    }

    /// True when a currency prefix and an amount start at byte `k` (`Rp15`, `US$15`): the second
    /// half of a range such as `Rp10 miliar-Rp15 miliar`, never part of a hyphenated word.
    func startsAmount(_ k: Int) -> Bool {
        var e = k
        while e < buf.count, e - k < 3, ScalarTable.isLetterASCII(buf[e]) { e += 1 }
        guard e > k, e < buf.count else { return false }
        if buf[e] == 0x24 { return lexicon.currencyPrefixes.lookup(buf, k, e + 1) != nil }
        return ScalarTable.isDigit(buf[e]) && lexicon.currencyPrefixes.lookup(buf, k, e) != nil
    }

    /// True when a word character starts at byte `k`.
    @inline(__always) func startsWord(_ k: Int) -> Bool {
        guard k < buf.count else { return false }
        let c = buf[k]
        if c < 0x80 { return ScalarTable.isAlnumASCII(c) }
        return ScalarTable.nonASCII(ScalarTable.decode(buf, k).scalar) == .otherLetter
    }

    /// At a stop followed by a capital inside a word: join initials and degrees (`B.J`, `S.Kom`,
    /// `Sp.PD`, `Ph.D`); otherwise the stop is a sentence end with a missing space (`lalu.Kini`).
    func joinsBeforeCapital(at i: Int, segmentStart: Int) -> Bool {
        let segLen = i - segmentStart
        if segLen == 1 { return ScalarTable.isLetterASCII(buf[segmentStart]) }
        if segLen == 2 && ScalarTable.isUpperASCII(buf[segmentStart]) && ScalarTable.isLetterASCII(buf[segmentStart + 1]) {
            var k = i + 1
            while k < buf.count, ScalarTable.isLetterASCII(buf[k]) { k += 1 }
            return k - (i + 1) <= 3
        }
        return false
    }

    /// Class of a dotted word before its final stop: all single capitals → initials (`D.W.`),
    /// short letter segments → a dotted abbreviation (`S.Psi.`); otherwise none (`detik.com.`).
    func dottedClass(_ from: Int, _ to: Int) -> AbbreviationClass? {
        var k = from, segLen = 0, allSingleCapitals = true
        while k < to {
            let c = buf[k]
            if c == 0x2E {
                if segLen == 0 { return nil }
                segLen = 0
            } else if ScalarTable.isLetterASCII(c) {
                segLen += 1
                if segLen > 3 { return nil }
                if segLen > 1 || !ScalarTable.isUpperASCII(c) { allSingleCapitals = false }
            } else {
                return nil
            }
            k += 1
        }
        return allSingleCapitals ? .initial : .dotted
    }
}
