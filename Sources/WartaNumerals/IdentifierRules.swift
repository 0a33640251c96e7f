/// What is never a quantity: phone numbers, product names and model numbers (`Llama 4`, `H100`,
/// `GPT-4o`, `COVID-19`, `G20`), versions (`2.1.0`), legal references (`UU Nomor 27 Tahun 2022`,
/// `Pasal 5`), standards (`ISO 27001`).
extension QuantityScanner {
    /// A phone number starting at token `i` (`0812-3456-7890`, `(021) 5555-1234`, `+62 21 555 1234`):
    /// the token index after it, else nil.
    func phoneEnd(_ i: Int) -> Int? {
        var j = i
        if isSymbol(j, 0x2B) { guard j + 1 < count, tokens[j + 1].kind == .number, attached(j + 1) else { return nil }; j += 1 }
        else if isSymbol(j, 0x28) { guard j + 1 < count, tokens[j + 1].kind == .number, attached(j + 1) else { return nil }; j += 1 }
        let t = tokens[j]
        let plus = isSymbol(i, 0x2B)
        guard t.kind == .number, t.b1 - t.b0 == Int32(t.scalar), t.scalar >= (plus || isDash(j + 1) ? 2 : 3) else { return nil }
        let startsZero = p[Int(t.b0)] == 0x30
        if !startsZero && !plus {
            // `301-796-9110`: three or more dash-joined digit groups.
            var k = j, groups = 1
            while isDash(k + 1), attached(k + 1), k + 2 < count, tokens[k + 2].kind == .number, attached(k + 2),
                  tokens[k + 2].b1 - tokens[k + 2].b0 == Int32(tokens[k + 2].scalar) { k += 2; groups += 1 }
            return groups >= 3 && readISODate(j) == nil ? k + 1 : nil
        }
        if !plus && t.scalar < 4 && !isSymbol(i, 0x28) && !isDash(j + 1) { return nil }
        // Consume the rest: digit groups joined by `-`, spaces, `)` or `.`.
        var k = j + 1
        while k < count, sameLine(k) {
            let dotBeforeDigits = isSymbol(k, 0x2E) && k + 1 < count && tokens[k + 1].kind == .number && attached(k + 1)
            if isSymbol(k, 0x29) || isDash(k) || dotBeforeDigits { k += 1; continue }
            let plainDigits = tokens[k].kind == .number && tokens[k].b1 - tokens[k].b0 == Int32(tokens[k].scalar)
            if plainDigits && tokens[k].scalar >= 2 { k += 1; continue }
            break
        }
        // A dash at the end is not part of it.
        while k > j + 1 && isDash(k - 1) { k -= 1 }
        // A lone token needs the length of a phone number (`08123456789`); `0033` is a number.
        if k == j + 1 && !plus && !isSymbol(i, 0x28) && t.scalar < 7 { return nil }
        return k
    }

    /// A number right after an identifier word (`Pasal 5`, `No. 5`, `UU Nomor 27 Tahun 2022`, `ISO 27001`):
    /// the token index after the identifier, else nil.
    func identifierEnd(_ i: Int) -> Int? {
        var j = i + 1
        if isSymbol(j, 0x2E), attached(j) { j += 1 }
        if j < count, tokens[j].kind == .symbol, tokens[j].scalar == 0x28 || tokens[j].scalar == 0x3A { j += 1 }
        guard j < count, tokens[j].kind == .number, sameLine(j) else { return nil }
        // `model 70 miliar parameter`, `tingkat 5 persen`: an amount with a scale or unit is not an identifier.
        // (A duration after it is not: `Nomor 27 Tahun 2022`, `Llama 4 hari ini`.)
        if let a = readAmount(j), a.currency != nil || a.number.scale != nil || (a.unit.map { $0.kind != .duration } ?? false) {
            return nil
        }
        var k = j + 1
        // `27/2022`, `27-A`, `2.1.0`, `Tahun 2022`
        while k < count, sameLine(k) {
            if (isSymbol(k, 0x2F) || isDash(k)) && attached(k) && k + 1 < count && attached(k + 1)
                && (tokens[k + 1].kind == .number || tokens[k + 1].kind == .word && tokens[k + 1].b1 - tokens[k + 1].b0 <= 2) {
                k += 2; continue
            }
            if tokens[k].kind == .word && !tokens[k].gap { k += 1; continue }
            if tokens[k].kind == .symbol && tokens[k].scalar == 0x29 && attached(k) { k += 1; continue }
            if isSymbol(k, 0x3A), attached(k), k + 1 < count, tokens[k + 1].kind == .number, attached(k + 1) { k += 2; continue }
            if isWord(k, kw.tahun), k + 1 < count, tokens[k + 1].kind == .number { k += 2; continue }
            break
        }
        return k
    }

    /// True when the digits at token `i` are glued to an identifier: letters right before (`H100`,
    /// `G20`, `x86`), `WORD-` before (`COVID-19`, `GPT-4o`), or letters right after that are no
    /// unit (`4o`, `5G`, `3D`).
    func gluedIdentifier(_ i: Int, end: Int) -> Bool {
        if i > 0, attached(i), tokens[i - 1].kind == .word { return true }
        if i > 1, isDash(i - 1), attached(i), attached(i - 1), tokens[i - 2].kind == .word, !isWord(i - 2, kw.ke) {
            if number(i - 2) == nil && entry(i - 2)?.currencyAfter == nil && exact(i - 2)?.currencyBefore == nil { return true }
        }
        if i > 0, attached(i), tokens[i - 1].kind == .number { return true }
        if end < count, attached(end), tokens[end].kind == .word {
            // `4o`, `5G`; `2x` is a multiplier unless a number follows (`2x24 jam`).
            if tokens[end].lower != kw.x { return true }
            if end + 1 < count, tokens[end + 1].kind == .number, attached(end + 1) { return true }
        }
        if end < count, attached(end), tokens[end].kind == .number { return true }
        // `2.1` in `v2.1.0`-like chains and `3.5-turbo`
        if end + 1 < count, isDash(end), attached(end), attached(end + 1), tokens[end + 1].kind == .word, !isWord(end + 1, kw.an) {
            return true
        }
        return false
    }

    /// A plain integer that reads as a code: a leading zero (`05`, `0033`) or five or more digits
    /// without separators (`10110`, `19870512`: postal codes, registration numbers).
    func codeLike(_ a: Amount) -> Bool {
        guard let d = a.number.digits, a.number.scale == nil, a.currency == nil, a.unit == nil, d.fractionDigits == 0,
              !d.grouped, a.number.form == .cardinal else { return false }
        if d.leadingZero || d.integerDigits >= 5 { return true }
        return false
    }

    /// `4.0`, `5.0`: a dotted number ending in `.0` without unit or scale is a version or generation.
    func versionLike(_ a: Amount) -> Bool {
        guard let d = a.number.digits, a.number.scale == nil, a.currency == nil, a.unit == nil, d.fractionDigits == 1,
              !d.grouped else { return false }
        let t = tokens[a.number.end - 1]
        guard t.kind == .number, t.b1 - t.b0 >= 3 else { return false }
        return p[Int(t.b1) - 2] == 0x2E && p[Int(t.b1) - 1] == 0x30
    }

    /// A plain number after a capitalized name is a model or product number (`Llama 4`,
    /// `Windows 11`, `Nusa-LM 2`, `Gemini 2.5`), unless the name starts the sentence.
    func afterProductName(_ i: Int) -> Bool {
        guard i > 0, tokens[i].gap, sameLine(i), tokens[i - 1].kind == .word, tokens[i - 1].capital else { return false }
        if sentenceStart(i - 1) { return false }
        if entry(i - 1) != nil || exact(i - 1) != nil { return false }
        let w = tokens[i - 1].lower
        if kw.weekdays.contains(w) || w == kw.tahun || w == kw.pukul || w == kw.jam { return false }
        return !titleCaseLine(i)
    }

    /// The line of token `i` is a title-case heading (`Pemerintah Siapkan 500 Beasiswa`): most of its
    /// words are capitalized, so a capital before a number says nothing.
    func titleCaseLine(_ i: Int) -> Bool {
        var a = i
        while a > 0 && !tokens[a].lineBreak && i - a < 40 { a -= 1 }
        var b = i + 1
        while b < count && !tokens[b].lineBreak && b - i < 40 { b += 1 }
        var words = 0, capitals = 0
        for k in a..<b where tokens[k].kind == .word && tokens[k].b1 - tokens[k].b0 > 3 {
            words += 1
            if tokens[k].capital { capitals += 1 }
        }
        return words >= 3 && words <= 25 && capitals * 4 >= words * 3
    }
}
