/// Numbers: digits with scale words or abbreviations, Indonesian number words in full, ordinals,
/// fractions, approximate plurals, signs.
extension QuantityScanner {
    /// Reads the number starting at token `i`. `money` allows the abbreviations that only follow a
    /// currency (`Rp500 M`).
    func readNumber(_ i: Int, money: Bool) -> NumberReading? {
        guard i < count else { return nil }
        let t = tokens[i]
        // Signs: `minus tiga`, `negatif 1200000`, `-1.200.000`.
        if t.kind == .word, case .minus? = number(i) {
            guard sameLine(i + 1), var r = readNumber(i + 1, money: money), r.form == .cardinal else { return nil }
            r.value = r.value.negated()
            return r
        }
        if t.kind == .symbol && t.scalar == 0x2D {
            let leading = i == 0 || tokens[i].gap || tokens[i - 1].kind == .symbol && tokens[i - 1].scalar == 0x28
            guard leading, i + 1 < count, tokens[i + 1].kind == .number || isSymbol(i + 1, 0x2C),
                  !tokens[i + 1].gap else { return nil }
            guard var r = readNumber(i + 1, money: money) else { return nil }
            r.value = r.value.negated()
            return r
        }
        // `,77` (a bare decimal part).
        if t.kind == .symbol && t.scalar == 0x2C {
            guard (i == 0 || tokens[i].gap || isSymbol(i - 1, 0x2D)), i + 1 < count, tokens[i + 1].kind == .number,
                  !tokens[i + 1].gap else { return nil }
            let nt = tokens[i + 1]
            guard nt.b1 - nt.b0 == Int32(nt.scalar) else { return nil }
            var ds: [UInt8] = []
            for b in Int(nt.b0)..<Int(nt.b1) { ds.append(p[b] - 0x30) }
            var r = NumberReading(value: ExactDecimal(digits: ds, exponent: -ds.count), end: i + 2, spelled: false)
            applyScale(&r, money: money)
            return r
        }
        if t.kind == .number {
            guard let d = DigitParser.parse(p, Int(t.b0), Int(t.b1), style: style, fractionContext: fractionFollows(i + 1))
            else { return nil }
            var r = NumberReading(value: d.value, end: i + 1, spelled: false, digits: d)
            applyScale(&r, money: money)
            return r
        }
        guard t.kind == .word else { return nil }
        if let w = number(i) {
            switch w {
            case .ordinal(let n):
                return NumberReading(value: ExactDecimal(n), end: i + 1, form: .ordinal, spelled: true)
            case .fraction(let a, let b):
                var r = NumberReading(value: ExactDecimal(a).divided(by: b), end: i + 1, form: .fraction, spelled: true,
                                      fraction: (a, b))
                if sameLine(i + 1), case .scale(let s)? = number(i + 1) {
                    r.value = r.value.shifted(by: s); r.scale = s; r.end = i + 2; r.form = .cardinal; r.fraction = nil
                }
                return r
            case .approx(let pw):
                var r = NumberReading(value: ExactDecimal(1).shifted(by: pw), end: i + 1, form: .approximate, spelled: true)
                var j = i + 1
                while sameLine(j), case .scale(let s)? = number(j) { r.value = r.value.shifted(by: s); j += 1 }
                r.end = j
                return r
            default:
                return readWords(i)
            }
        }
        // Ordinals `ke-3`, `ketiga`, `kedua puluh dua`, `keseratus`.
        if t.lower == kw.ke, isDash(i + 1), attached(i + 1), i + 2 < count, tokens[i + 2].kind == .number, attached(i + 2) {
            let nt = tokens[i + 2]
            guard nt.b1 - nt.b0 == Int32(nt.scalar) else { return nil }
            var ds: [UInt8] = []
            for b in Int(nt.b0)..<Int(nt.b1) { ds.append(p[b] - 0x30) }
            return NumberReading(value: ExactDecimal(digits: ds, exponent: 0), end: i + 3, form: .ordinal, spelled: false)
        }
        if let w = entry(i)?.ordinalOf {
            guard var r = readWords(i, firstOverride: w) else { return nil }
            r.form = .ordinal
            guard r.value.isInteger, r.scale == nil || r.value.intValue != nil else { return nil }
            return r
        }
        // Fractions `dua pertiga` are read from the numerator (see readWords).
        return nil
    }

    /// A scale word or abbreviation, or a unit, right after a number at token `j`.
    func fractionFollows(_ j: Int) -> Bool {
        guard j < count, sameLine(j) else { return false }
        if case .scale? = number(j) { return true }
        if exact(j)?.scaleAbbreviation != nil { return true }
        if let e = entry(j), !e.units.isEmpty { return true }
        if let e = exact(j), !e.units.isEmpty { return true }
        return false
    }

    /// Scale words and abbreviations after a digit number: `2,5 juta`, `14.8bn`, `Rp 1,2 T`, `100K`.
    func applyScale(_ r: inout NumberReading, money: Bool) {
        let j = r.end
        guard j < count, tokens[j].kind == .word, sameLine(j) else { return }
        if case .scale(let s)? = number(j) {
            r.value = r.value.shifted(by: s); r.scale = s; r.end = j + 1
            return
        }
        if let abbr = exact(j)?.scaleAbbreviation {
            // `Rp500 M`, `$10k`, `US$ 14.8bn`; without a currency only when attached to a number
            // of two or more digits or with a decimal part (`100K`, `1,2M`), so `5G`, `4K`, `3M` stay plain.
            let strong = r.value.integerDigitCount >= 2 || !r.value.isInteger
            let allowed = !abbr.moneyOnly || money || (!tokens[j].gap && strong)
            if allowed { r.value = r.value.shifted(by: abbr.power); r.scale = abbr.power; r.end = j + 1 }
        }
    }

    /// Indonesian number words in full: `tujuh ratus dua puluh satu ribu dua belas`,
    /// `tujuh puluh tiga koma sembilan nol sembilan`, `satu setengah juta`, `dua pertiga`.
    func readWords(_ i: Int, firstOverride: NumberWord? = nil) -> NumberReading? {
        var total = ExactDecimal.zero
        var group = 0          // current group below one thousand
        var pending: Int?      // a digit word waiting for its multiplier
        var lastScale = Int.max
        var j = i
        var any = false
        var usedScale: Int?
        var endValue: ExactDecimal?
        var fraction: (Int, Int)?
        func flushGroup() -> Int { group + (pending ?? 0) }
        loop: while j < count, tokens[j].kind == .word, j == i || (tokens[j].gap && sameLine(j)) {
            let w: NumberWord
            if j == i, let o = firstOverride { w = o } else if let x = number(j) { w = x } else { break }
            switch w {
            case .digit(let d):
                if pending != nil { break loop }
                if group % 10 != 0 || (group % 100 != 0 && group % 100 < 20) { break loop }
                pending = d
            case .teen, .seTeen:
                if case .seTeen = w { if pending != nil { break loop }; pending = 1 }
                guard let d = pending, d > 0, group % 100 == 0 else { break loop }
                group += 10 + d; pending = nil
            case .tens, .seTens:
                if case .seTens = w { if pending != nil { break loop }; pending = 1 }
                guard let d = pending, d > 0, group % 100 == 0 else { break loop }
                group += d * 10; pending = nil
            case .hundreds, .seHundreds:
                if case .seHundreds = w { if pending != nil { break loop }; pending = 1 }
                guard let d = pending, d > 0, group == 0 else { break loop }
                group = d * 100; pending = nil
            case .scale(let s), .seScale(let s):
                if case .seScale = w {
                    if pending != nil || group != 0 { break loop }
                    pending = 1
                }
                let g = flushGroup()
                guard g > 0, s < lastScale else { break loop }
                total = total + ExactDecimal(g).shifted(by: s)
                lastScale = s; group = 0; pending = nil
                usedScale = s
            case .point:
                // Decimal digits read one by one: `koma dua lima` = .25
                var k = j + 1
                var ds: [UInt8] = []
                while k < count, tokens[k].kind == .word, sameLine(k), case .digit(let d)? = number(k) { ds.append(UInt8(d)); k += 1 }
                guard !ds.isEmpty, any else { break loop }
                var v = total + ExactDecimal(flushGroup()) + ExactDecimal(digits: ds, exponent: -ds.count)
                group = 0; pending = nil
                j = k
                // `dua koma lima juta`
                if sameLine(j), case .scale(let s)? = number(j), s < lastScale, total.isZero {
                    v = v.shifted(by: s); usedScale = s; j += 1
                }
                endValue = v
                break loop
            case .fraction(let a, let b) where a == 1 && b == 2:
                // `satu setengah` = 1.5, `dua setengah juta` = 2.5 million
                guard let d = pending, group == 0, total.isZero else { break loop }
                var v = ExactDecimal(d) + ExactDecimal(5).shifted(by: -1)
                pending = nil
                j += 1
                if sameLine(j), case .scale(let s)? = number(j) { v = v.shifted(by: s); usedScale = s; j += 1 }
                endValue = v
                break loop
            default:
                break loop
            }
            any = true
            j += 1
        }
        guard any else { return nil }
        var value = endValue ?? (total + ExactDecimal(flushGroup()))
        // `dua pertiga` (2/3), `tiga perempat` (3/4)
        if endValue == nil, usedScale == nil, group == 0, let num = pending, j < count, tokens[j].kind == .word,
           tokens[j].gap, sameLine(j) {
            if let den = entry(j)?.denominator {
                value = ExactDecimal(num).divided(by: den)
                fraction = (num, den)
                j += 1
            }
        }
        var r = NumberReading(value: value, end: j, spelled: true, scale: usedScale)
        if let fraction { r.form = .fraction; r.fraction = fraction }
        return r
    }
}
