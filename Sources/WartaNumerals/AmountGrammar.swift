/// Amounts: a number with a currency before or after it (`US$14,8 miliar`, `10 miliar dolar AS`,
/// `20€`), or with a unit after it (`49 persen`, `0,25 persen poin`, `500 km`, `24GB`).
extension QuantityScanner {
    /// A currency written before an amount at token `i`: `Rp`, `Rp.`, `US$`, `$`, `€`, `USD`, `S$`.
    /// Returns the currency and the token index of the amount.
    func currencyBefore(_ i: Int) -> (Currency, Int)? {
        guard i < count else { return nil }
        let t = tokens[i]
        var c: Int?
        var next = i + 1
        if t.kind == .word {
            if let d = lex.dollarPrefixes[t.key], isSymbol(i + 1, 0x24), attached(i + 1) {
                c = d; next = i + 2
            } else if let e = exact(i)?.currencyBefore {
                c = e
                if isSymbol(next, 0x2E), attached(next) { next += 1 }  // `Rp.`
            }
        } else if t.kind == .symbol, let e = entry(i)?.currencyBefore {
            c = e
        }
        guard let ci = c, next < count, sameLine(next) else { return nil }
        let nt = tokens[next]
        // The amount follows directly or after spaces: digits, a number word, or `,5`.
        guard nt.kind == .number || (nt.kind == .word && number(next) != nil) || (nt.kind == .symbol && nt.scalar == 0x2C)
        else { return nil }
        return (lex.currencies[ci], next)
    }

    /// A currency written after an amount ending at token `i`: `dolar AS`, `rupiah`, `$`, `€`, `USD`.
    /// Returns the currency (with the qualifier's code) and the token index after it.
    func currencyAfter(_ i: Int) -> (Currency, Int)? {
        guard i < count, sameLine(i) else { return nil }
        let t = tokens[i]
        var ci: Int?
        if t.kind == .symbol {
            ci = entry(i)?.currencyAfter
        } else if t.kind == .word {
            ci = exact(i)?.currencyAfter ?? entry(i)?.currencyAfter
            // A prefix-only code glued after the digits (`20Rp`).
            if ci == nil && !t.gap { ci = exact(i)?.currencyBefore }
        }
        guard let c = ci else { return nil }
        var cur = lex.currencies[c]
        var end = i + 1
        // Country qualifier: the longest that matches (`dolar Amerika Serikat`).
        if t.kind == .word, let e = entry(i), !e.qualifiers.isEmpty {
            var best = 0
            for qi in e.qualifiers {
                let q = lex.qualifiers[qi]
                var ok = true
                for (k, sig) in q.phrase.enumerated() {
                    let j = i + 1 + k
                    if j >= count || !sameLine(j) || !tokens[j].gap && sig.kind == .word || !sig.matches(tokens[j]) { ok = false; break }
                }
                if ok && q.phrase.count > best {
                    best = q.phrase.count
                    cur.code = q.code
                    if !q.english.isEmpty { cur.english = q.english }
                }
            }
            end += best
        }
        // `(AS)` after `dolar`: `dolar (AS)` is rare; not handled.
        return (cur, end)
    }

    /// The longest unit phrase starting at token `i` (`persen poin` before `persen`).
    func unitAt(_ i: Int) -> (Unit, Int)? {
        guard i < count, sameLine(i) else { return nil }
        let anyUnits = entry(i)?.units ?? IndexList(), exactUnits = exact(i)?.units ?? IndexList()
        guard !anyUnits.isEmpty || !exactUnits.isEmpty else { return nil }
        let candidates = [anyUnits, exactUnits].joined()
        var best: (Unit, Int)?
        for ui in candidates {
            let u = lex.units[ui]
            var ok = true
            for (k, sig) in u.phrase.enumerated() {
                let j = i + k
                if j >= count || !sameLine(j) || !sig.matches(tokens[j]) { ok = false; break }
                // Words of a phrase are separate words; symbols in a phrase are glued (`km/jam`, `°C`).
                if k > 0 && sig.kind != .word && tokens[j].gap { ok = false; break }
                if k > 0 && sig.kind == .word && tokens[j].gap == false && u.phrase[k - 1].kind == .word { ok = false; break }
            }
            if ok, u.phrase.count > (best.map { $0.1 - i } ?? 0) { best = (u, i + u.phrase.count) }
        }
        guard let b = best else { return nil }
        // A unit written in letters must end the word: `5 tahunan` is another word; `2 minggu` fine.
        if b.1 < count, tokens[b.1].kind == .word, !tokens[b.1].gap { return nil }
        return b
    }

    /// An amount at token `i`: currency, number, currency or unit.
    func readAmount(_ i: Int) -> Amount? {
        var currency: Currency?
        var j = i
        if let (c, next) = currencyBefore(i) { currency = c; j = next }
        guard var num = readNumber(j, money: currency != nil) else { return nil }
        if currency != nil && (num.form == .ordinal || num.form == .fraction) { return nil }
        var end = num.end
        var unit: Unit?
        if currency == nil && (num.form == .cardinal || num.form == .approximate) {
            if let (c, next) = currencyAfter(end) {
                currency = c; end = next
            } else if num.scale == nil, end + 1 < count, tokens[end].kind == .word, !tokens[end].gap,
                      let abbr = exact(end)?.scaleAbbreviation, !tokens[end + 1].gap,
                      let (c, next) = currencyAfter(end + 1) {
                // `5K$`
                num.value = num.value.shifted(by: abbr.power); num.scale = abbr.power
                currency = c; end = next
            }
            if currency == nil, let (u, next) = unitAt(end), num.form == .cardinal || u.kind == .measure {
                // Glued units only for symbols and abbreviations (`24GB`, `5%`), not words (`5tahun`).
                if tokens[end].gap || u.phrase[0].exact || u.phrase[0].kind == .symbol {
                    unit = u; end = next
                }
            }
        }
        return Amount(start: i, end: end, number: num, currency: currency, unit: unit)
    }
}
