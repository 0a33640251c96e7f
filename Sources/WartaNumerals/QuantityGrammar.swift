/// The grammar tried at each token: identifiers to skip, dates and times, ranges, multipliers,
/// ages, years, and plain amounts.
extension QuantityScanner {
    func match(_ i: Int) -> Step {
        let t = tokens[i]
        if let end = phoneEnd(i) { return .skip(end) }
        if t.kind == .word {
            // Frequent keywords first, with a cheap look at the next token.
            if t.lower == kw.ke && !(isDash(i + 1) && attached(i + 1)) { return .none }
            let k0 = t.lower
            if k0 == kw.dari || k0 == kw.antara || k0 == kw.pukul || k0 == kw.jam,
               i + 1 >= count || !tokens[i + 1].starts || !sameLine(i + 1) { return .none }
            if entry(i)?.identifier == true, let end = identifierEnd(i) { return .skip(end) }
            let k = t.lower
            if k == kw.antara || k == kw.dari {
                if let f = readRange(i + 1, start: i, requireConnective: true, between: k == kw.antara) { return .emit(f, f.end) }
                return .none
            }
            if k == kw.kuartal || k == kw.triwulan || k == kw.semester || k == kw.q {
                if let f = readPeriod(i) { return .emit(f, f.end) }
                return .none
            }
            if k == kw.pukul || k == kw.jam {
                if let f = readTime(i + 1, cued: true) { return .emit(f, f.end) }
                return .none
            }
            if let f = readMonthYear(i) { return .emit(f, f.end) }
            if k == kw.salah, isWord(i + 1, kw.satu) { return .skip(i + 2) }
        }
        if t.kind == .number {
            if let f = readISODate(i) ?? readDate(i) ?? readDottedDate(i) ?? readDecade(i) { return .emit(f, f.end) }
            if let f = readTime(i, cued: false) { return .emit(f, f.end) }
            // Slash-joined numbers that are no date (`24/7`, `2024/2025`, `27/2022`) stay plain.
            if isSymbol(i + 1, 0x2F), attached(i + 1), i + 2 < count, tokens[i + 2].kind == .number, attached(i + 2) {
                var k = i + 3
                while isSymbol(k, 0x2F), attached(k), k + 1 < count, tokens[k + 1].kind == .number { k += 2 }
                return .skip(k)
            }
            if i > 0, isSymbol(i - 1, 0x2F), attached(i) { return .skip(i + 1) }
        }
        guard let a = readAmount(i) else {
            // Digits that fit no number (`2.1.0`): skip the whole token.
            return t.kind == .number ? .skip(i + 1) : .none
        }
        // Identifiers glued to the digits.
        let numberStart = a.currency == nil ? a.start : a.number.end - 1
        if tokens[numberStart].kind == .number || (tokens[numberStart].kind == .symbol && a.currency == nil) {
            let digitsIndex = tokens[a.start].kind == .number ? a.start : numberStart
            let numberEnd = a.number.scale == nil ? a.number.end : a.number.end
            if a.currency == nil && a.unit == nil && a.number.scale == nil && tokens[digitsIndex].kind == .number
                && gluedIdentifier(digitsIndex, end: numberEnd) {
                var k = numberEnd
                while k < count, attached(k), tokens[k].kind != .symbol || isDash(k) || isSymbol(k, 0x2E) { k += 1 }
                return .skip(k)
            }
        }
        if let f = readRange(a, start: a.start, between: false) { return .emit(f, f.end) }
        // `1500-123`, `2-1`: dash-joined numbers that are no range are codes or scores.
        if a.currency == nil, a.unit == nil, a.number.digits != nil, a.number.scale == nil, isDash(a.end), attached(a.end),
           a.end + 1 < count, tokens[a.end + 1].kind == .number, attached(a.end + 1) {
            var k = a.end + 2
            while isDash(k), attached(k), k + 1 < count, tokens[k + 1].kind == .number, attached(k + 1) { k += 2 }
            return .skip(k)
        }
        if codeLike(a) || versionLike(a) { return .skip(a.end) }
        if let f = classify(a) {
            if f.kind == .cardinal || f.kind == .decimal, a.number.digits != nil, a.number.scale == nil, afterProductName(a.start) {
                return .skip(a.end)
            }
            return .emit(f, f.end)
        }
        return .skip(a.end)
    }

    /// Range connectives after token `j`: `-`, `–`, `hingga`, `sampai (dengan)`, `s.d.`, `s/d`,
    /// `dan` (after `antara`). Returns the token index of the second amount.
    func connective(_ j: Int, between: Bool) -> Int? {
        guard j < count, sameLine(j) else { return nil }
        if isDash(j) { return j + 1 }
        let t = tokens[j]
        guard t.kind == .word else { return nil }
        if t.lower == kw.hingga { return j + 1 }
        if t.lower == kw.sampai { return isWord(j + 1, kw.dengan) ? j + 2 : j + 1 }
        if between && t.lower == kw.dan { return j + 1 }
        // `s.d.` / `s/d`
        if t.lower == kw.s, j + 2 < count, isSymbol(j + 1, 0x2E) || isSymbol(j + 1, 0x2F), isWord(j + 2, kw.d) {
            return isSymbol(j + 3, 0x2E) && attached(j + 3) ? j + 4 : j + 3
        }
        return nil
    }

    /// `antara 5 dan 10 persen`, `dari 10 dolar sampai 20 dolar` (range at token `i`, span from `start`).
    func readRange(_ i: Int, start: Int, requireConnective: Bool, between: Bool) -> Found? {
        guard i < count, sameLine(i), let a = readAmount(i) else { return nil }
        return readRange(a, start: start, between: between)
    }

    /// A range whose first amount is `a`: `Rp10 miliar-Rp15 miliar`, `15%-18%`, `6-9 bulan`, `2025-2030`,
    /// `10 hingga 20 ribu`.
    func readRange(_ a: Amount, start: Int, between: Bool) -> Found? {
        guard a.number.form == .cardinal, let k = connective(a.end, between: between), k < count, sameLine(k) else { return nil }
        // A dash range must be tight or spaced on both sides (`10-20`, `10 - 20`), not `10 -20`.
        if isDash(a.end), tokens[a.end].gap != (k < count && tokens[k].gap) { return nil }
        guard var b = readAmount(k), b.number.form == .cardinal else { return nil }
        if tokens[k].kind == .number, gluedIdentifier(k, end: b.number.end), b.currency == nil, b.unit == nil { return nil }
        var lo = a
        // Shared parts: `10-20 dolar`, `US$1-2 miliar`, `15-18%`, `10 hingga 20 ribu`.
        if lo.number.scale == nil, let s = b.number.scale, lo.number.digits != nil || lo.number.spelled,
           lo.currency == nil || b.currency == nil || lo.currency?.code == b.currency?.code,
           lo.value.shifted(by: s) <= b.value {
            lo.number.value = lo.value.shifted(by: s); lo.number.scale = s
        }
        if lo.currency == nil, let c = b.currency, lo.unit == nil { lo.currency = c }
        if b.currency == nil, let c = lo.currency, b.unit == nil { b.currency = c }
        if lo.unit == nil, let u = b.unit, lo.currency == nil { lo.unit = u }
        if b.unit == nil, let u = lo.unit, b.currency == nil, u.kind == .percent { b.unit = u }
        if lo.currency?.code != b.currency?.code { return nil }
        if lo.unit?.unit != b.unit?.unit { return nil }
        guard lo.value < b.value else { return nil }
        let isYears = lo.currency == nil && lo.unit == nil && yearToken(lo.start) != nil && yearToken(k) != nil
            && lo.end == lo.start + 1 && b.end == k + 1
        let of: String = lo.currency != nil ? "money" : lo.unit?.kind == .percent ? "percent" : isYears ? "year" : "number"
        var f = Found(start: start, end: b.end, kind: .range, value: nil, min: lo.value.description, max: b.value.description,
                      of: of, currency: lo.currency?.code, unit: lo.unit?.unit ?? b.unit?.unit,
                      english: "")
        let loText = isYears ? lo.value.description
            : renderAmount(lo, withUnit: lo.currency != nil || lo.unit?.kind == .percent)
        f.english = "\(loText) to \(isYears ? b.value.description : renderAmount(b, withUnit: true))"
        return f
    }

    /// The quantity of a single amount (no range).
    func classify(_ a: Amount) -> Found? {
        var f = Found(start: a.start, end: a.end, kind: .cardinal, value: a.value.description, english: "")
        let n = a.number
        // Multipliers: `dua kali lipat`, `3 kali lebih`, `10x`.
        if a.currency == nil, a.unit == nil, n.form == .cardinal {
            if isWord(a.end, kw.kali), sameLine(a.end) {
                if isWord(a.end + 1, kw.lipat) {
                    f.end = a.end + 2
                } else if isWord(a.end + 1, kw.lebih) {
                    f.end = a.end + 1
                } else { return plain(a) }
                f.kind = .multiplier; f.unit = "x"; f.english = EnglishNumbers.multiplier(a.value)
                return f
            }
            if a.end < count, attached(a.end), tokens[a.end].kind == .word, tokens[a.end].lower == kw.x
                || isSymbol(a.end, 0xD7), !(a.end + 1 < count && tokens[a.end + 1].kind == .number && attached(a.end + 1)) {
                f.end = isWord(a.end + 1, kw.lipat) ? a.end + 2 : a.end + 1
                f.kind = .multiplier; f.unit = "x"; f.english = EnglishNumbers.multiplier(a.value)
                return f
            }
        }
        if a.currency != nil {
            f.currency = a.currency?.code
            f.kind = n.form == .approximate ? .approximate : .money
            f.english = n.form == .approximate ? approximateEnglish(a) : renderAmount(a, withUnit: true)
            return f
        }
        if let u = a.unit {
            f.unit = u.unit
            f.english = renderAmount(a, withUnit: true)
            switch u.kind {
            case .percent: f.kind = .percent
            case .duration:
                f.kind = n.form == .approximate ? .approximate : .quantity
                if (u.unit == "year" || u.unit == "month") && n.form == .cardinal && a.value < ExactDecimal(151)
                    && (ageCue(a.start) || appositiveAge(a.start, end: a.end)) {
                    f.kind = .age
                    f.english = "\(EnglishNumbers.digits(a.value)) \(u.unit)\(a.value == ExactDecimal(1) ? "" : "s") old"
                }
            case .measure: f.kind = n.form == .approximate ? .approximate : .quantity
            }
            if f.kind == .approximate { f.english = approximateEnglish(a) }
            return f
        }
        return plain(a)
    }

    /// A number without currency or unit: year, ordinal, fraction, approximate, cardinal, decimal.
    func plain(_ a: Amount) -> Found? {
        let n = a.number
        var f = Found(start: a.start, end: n.end, kind: .cardinal, value: a.value.description, english: "")
        switch n.form {
        case .ordinal:
            guard let v = a.value.intValue else { return nil }
            // `pertama-tama` (first of all), `kedua-duanya`: reduplicated words, no quantity.
            if n.spelled, isDash(n.end), attached(n.end), n.end + 1 < count, tokens[n.end + 1].kind == .word,
               attached(n.end + 1) { return nil }
            // `bagi kedua perusahaan` = both companies (a collective cardinal).
            if n.spelled, v >= 2, v <= 9, collectiveCue(a.start, end: n.end) {
                f.kind = .cardinal
                f.english = v == 2 ? "both" : "all \(EnglishNumbers.words(v))"
                f.extra = [("collective", "true")]
                return f
            }
            f.kind = .ordinal; f.english = EnglishNumbers.ordinal(v, spelled: n.spelled)
        case .fraction:
            f.kind = .fraction
            if let (x, y) = n.fraction { f.english = EnglishNumbers.fraction(x, y) } else { f.english = a.value.description }
        case .approximate:
            f.kind = .approximate; f.english = approximateEnglish(a)
        case .cardinal:
            if n.spelled && n.scale == nil, let v = a.value.intValue, v == 1, spelledOneIsIdiom(a.start, end: n.end) { return nil }
            if n.spelled && a.value.isZero && spelledZeroIsIdiom(a.start, end: n.end) { return nil }
            if n.digits != nil, n.scale == nil, let d = n.digits, !d.grouped, d.fractionDigits == 0, !d.leadingZero,
               !a.value.negative, yearToken(a.start) != nil {
                f.kind = .year; f.english = a.value.description
                return f
            }
            // `berusia 45`, `Budi (45)`: an age without `tahun`.
            if n.digits != nil, n.scale == nil, let v = a.value.intValue, (1...120).contains(v),
               ageCue(a.start, bracket: false) || bracketedAge(a.start, end: n.end) {
                f.kind = .age; f.unit = "year"; f.english = "\(v) years old"
                return f
            }
            f.kind = a.value.isInteger ? .cardinal : .decimal
            f.english = EnglishNumbers.amount(a.value, scale: n.scale, spelled: n.spelled)
        }
        return f
    }

    /// `salah satu`, `satu-satunya`, `satu per satu`, `satu sama lain`: no quantity.
    func spelledOneIsIdiom(_ i: Int, end: Int) -> Bool {
        if isWord(i - 1, kw.salah) { return true }
        if isDash(end), attached(end) { return true }
        if isWord(end, kw.per), isWord(end + 1, kw.satu) { return true }
        return false
    }

    /// `dari nol` (from scratch): no quantity.
    func spelledZeroIsIdiom(_ i: Int, end: Int) -> Bool {
        if end == i + 1, isWord(i - 1, kw.dari) { return true }
        return false
    }

    /// `berusia 28 tahun`, `usia 28 tahun`, `(28 tahun)` before the amount at token `i`.
    func ageCue(_ i: Int, bracket: Bool = true) -> Bool {
        var j = i - 1
        var steps = 0
        while j >= 0, steps < 5 {
            let t = tokens[j]
            if t.kind == .word {
                let k = t.lower
                if k == kw.berusia || k == kw.usia || k == kw.berumur || k == kw.umur || k == kw.usianya || k == kw.umurnya { return true }
                if !kw.ageFillers.contains(k) { return false }
            } else if !(t.kind == .symbol && t.scalar == 0x2D) {
                // `Wang (28 tahun)`
                return bracket && t.kind == .symbol && t.scalar == 0x28 && steps == 0 && j > 0
                    && tokens[j - 1].kind == .word && tokens[j - 1].capital
            }
            j -= 1; steps += 1
        }
        return false
    }

    /// `Alexandr Wang, 28 tahun, akan …`: an age in apposition after a name.
    func appositiveAge(_ i: Int, end: Int) -> Bool {
        guard i >= 2, isSymbol(i - 1, 0x2C), tokens[i - 2].kind == .word, tokens[i - 2].capital,
              tokens[i - 2].entryAny < 0, end < count else { return false }
        return isSymbol(end, 0x2C) || isSymbol(end, 0x29) || isSymbol(end, 0x3B)
    }

    /// `Budi (45)`, `AS (45)`: a bracketed age right after a name.
    func bracketedAge(_ i: Int, end: Int) -> Bool {
        guard i >= 2, isSymbol(i - 1, 0x28), attached(i), isSymbol(end, 0x29), attached(end) else { return false }
        let w = tokens[i - 2]
        return w.kind == .word && w.capital && w.entryAny < 0 && w.entryExact < 0 && !kw.weekdays.contains(w.lower)
    }

    /// `kedua perusahaan` after `bagi`, at a sentence start, …: both / all three.
    func collectiveCue(_ i: Int, end: Int) -> Bool {
        guard end < count, tokens[end].kind == .word, tokens[end].gap, sameLine(end), !tokens[end].capital else { return false }
        if kw.ordinalRight.contains(tokens[end].lower) || number(end) != nil { return false }
        if sentenceStart(i) { return true }
        if i > 0, tokens[i - 1].kind == .symbol, tokens[i - 1].scalar == 0x2C { return true }
        return i > 0 && tokens[i - 1].kind == .word && kw.collectiveLeft.contains(tokens[i - 1].lower)
    }

    /// `hundreds of thousands`, `billions of dollars`, `thousands`.
    func approximateEnglish(_ a: Amount) -> String {
        var digits = a.value.integerDigitCount - 1
        var parts: [String] = []
        // Split the power into words from the largest: 10^5 = hundreds of thousands.
        let names: [(Int, String)] = [(12, "trillions"), (9, "billions"), (6, "millions"), (3, "thousands"), (2, "hundreds"),
                                      (1, "tens")]
        while digits > 0 {
            guard let (pw, name) = names.first(where: { $0.0 <= digits }) else { break }
            parts.append(name); digits -= pw
        }
        var s = parts.reversed().joined(separator: " of ")
        if let c = a.currency { s += " of " + c.englishWord }
        if let u = a.unit { s += " of " + u.englishMany }
        return s
    }

    /// English for an amount: `US$14.8 billion`, `Rp45,000`, `49%`, `3.2 percentage points`, `100 MW`,
    /// `five years`, `10 billion yuan`.
    func renderAmount(_ a: Amount, withUnit: Bool) -> String {
        let n = a.number
        if let c = a.currency {
            let scale = n.scale ?? EnglishNumbers.autoScale(a.value)
            let num = EnglishNumbers.amount(a.value, scale: scale, spelled: false)
            if !c.english.isEmpty {
                if a.value.negative { return "-" + c.english + String(num.dropFirst()) }
                return c.english + num
            }
            return num + " " + c.englishWord
        }
        guard let u = a.unit else { return EnglishNumbers.amount(a.value, scale: n.scale, spelled: n.spelled) }
        if u.kind == .percent && u.unit == "%" {
            return EnglishNumbers.digits(a.value) + (withUnit ? "%" : "")
        }
        let one = a.value == ExactDecimal(1)
        let num = EnglishNumbers.amount(a.value, scale: n.scale, spelled: n.spelled && u.kind == .duration)
        guard withUnit else { return num }
        return num + " " + (one ? u.englishOne : u.englishMany)
    }
}
