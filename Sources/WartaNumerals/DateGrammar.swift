/// Dates, times, periods and decades: `30 Juni 2025`, `Juni 2025`, `11/6/2025`, `2024-06-03`,
/// `Rabu (11/6)`, `pukul 23.59 WIB`, `kuartal ketiga 2026`, `semester I 2025`, `Q3 2026`, `1990-an`.
extension QuantityScanner {

    /// A 4-digit integer token between 1800 and 2199 (a year), else nil.
    func yearToken(_ i: Int) -> Int? {
        guard let y = smallInt(i, maxDigits: 4), tokens[i].scalar == 4, (1800...2199).contains(y) else { return nil }
        return y
    }

    static func pad(_ n: Int, _ width: Int = 2) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    func monthAt(_ i: Int) -> Int? {
        guard i < count, tokens[i].kind == .word, let m = entry(i)?.month else { return nil }
        return m
    }

    func dateEnglish(day: Int?, month: Int, year: Int?) -> String {
        let name = lex.monthEnglish[month]
        var s = day.map { "\($0) \(name)" } ?? name
        if let year { s += " \(year)" }
        return s
    }

    /// A date starting with a day number or a numeric date at token `i`.
    func readDate(_ i: Int) -> Found? {
        guard let d = smallInt(i), (1...31).contains(d) else { return nil }
        // `30 Juni 2025`, `12 Juni`
        if i + 1 < count, tokens[i + 1].gap, sameLine(i + 1), let m = monthAt(i + 1) {
            if i + 2 < count, sameLine(i + 2), tokens[i + 2].gap, let y = yearToken(i + 2) {
                return Found(start: i, end: i + 3, kind: .date, value: "\(y)-\(Self.pad(m))-\(Self.pad(d))",
                             english: dateEnglish(day: d, month: m, year: y))
            }
            // A day and month without a year: only a full month name (`12 Juni`, not `5 Mar`).
            if tokens[i + 1].b1 - tokens[i + 1].b0 >= 3 && !(i + 2 < count && tokens[i + 2].kind == .number && !tokens[i + 2].gap) {
                return Found(start: i, end: i + 2, kind: .date, value: "--\(Self.pad(m))-\(Self.pad(d))",
                             english: dateEnglish(day: d, month: m, year: nil))
            }
        }
        // `11/6/2025`, `11-6-2025`
        for sep: UInt32 in [0x2F, 0x2D] {
            if isSymbol(i + 1, sep), attached(i + 1), let m = smallInt(i + 2), attached(i + 2), (1...12).contains(m) {
                if isSymbol(i + 3, sep), attached(i + 3), let y = yearToken(i + 4), attached(i + 4) {
                    return Found(start: i, end: i + 5, kind: .date, value: "\(y)-\(Self.pad(m))-\(Self.pad(d))",
                                 english: dateEnglish(day: d, month: m, year: y))
                }
                // `Rabu (11/6)`
                if sep == 0x2F, isSymbol(i - 1, 0x28), i >= 2, tokens[i - 2].kind == .word, kw.weekdays.contains(tokens[i - 2].lower),
                   isSymbol(i + 3, 0x29) {
                    return Found(start: i, end: i + 3, kind: .date, value: "--\(Self.pad(m))-\(Self.pad(d))",
                                 english: dateEnglish(day: d, month: m, year: nil))
                }
            }
        }
        return nil
    }

    /// `2024-06-03` at a year token.
    func readISODate(_ i: Int) -> Found? {
        guard let y = yearToken(i), isSymbol(i + 1, 0x2D), attached(i + 1), let m = smallInt(i + 2), attached(i + 2),
              tokens[i + 2].scalar == 2, (1...12).contains(m), isSymbol(i + 3, 0x2D), attached(i + 3),
              let d = smallInt(i + 4), attached(i + 4), tokens[i + 4].scalar == 2, (1...31).contains(d) else { return nil }
        return Found(start: i, end: i + 5, kind: .date, value: "\(y)-\(Self.pad(m))-\(Self.pad(d))",
                     english: dateEnglish(day: d, month: m, year: y))
    }

    /// `11.06.2025` read as one number token.
    func readDottedDate(_ i: Int) -> Found? {
        let t = tokens[i]
        guard t.kind == .number else { return nil }
        var parts: [Int] = [0]
        var widths: [Int] = [0]
        for b in Int(t.b0)..<Int(t.b1) {
            let c = p[b]
            if c == 0x2E { parts.append(0); widths.append(0) } else if c == 0x2C { return nil } else {
                parts[parts.count - 1] = parts[parts.count - 1] * 10 + Int(c - 0x30); widths[widths.count - 1] += 1
            }
        }
        guard parts.count == 3, widths[2] == 4, widths[0] <= 2, widths[1] <= 2, (1...31).contains(parts[0]),
              (1...12).contains(parts[1]), (1800...2199).contains(parts[2]) else { return nil }
        return Found(start: i, end: i + 1, kind: .date, value: "\(parts[2])-\(Self.pad(parts[1]))-\(Self.pad(parts[0]))",
                     english: dateEnglish(day: parts[0], month: parts[1], year: parts[2]))
    }

    /// `Juni 2025` at a month word.
    func readMonthYear(_ i: Int) -> Found? {
        guard let m = monthAt(i), i + 1 < count, tokens[i + 1].gap, sameLine(i + 1), let y = yearToken(i + 1) else { return nil }
        // Short abbreviations only when capitalized (`Jun 2025`), so `des` etc. in running text stay words.
        if tokens[i].b1 - tokens[i].b0 <= 4 && !tokens[i].capital { return nil }
        return Found(start: i, end: i + 2, kind: .date, value: "\(y)-\(Self.pad(m))", english: dateEnglish(day: nil, month: m, year: y))
    }

    /// A time after `pukul`/`jam` (`pukul 10.30 WIB` → span `10.30 WIB`), or `10.30 WIB`, `10:30`.
    func readTime(_ i: Int, cued: Bool) -> Found? {
        guard i < count, tokens[i].kind == .number else { return nil }
        let t = tokens[i]
        var h = -1, m = 0
        var seconds: Int?
        var end = i + 1
        let len = Int(t.b1 - t.b0)
        let b = Int(t.b0)
        if Int(t.scalar) == len, len <= 2, let hh = smallInt(i) {
            h = hh
            if isSymbol(i + 1, 0x3A), attached(i + 1), let mm = smallInt(i + 2), tokens[i + 2].scalar == 2, attached(i + 2) {
                m = mm; end = i + 3
                // `09:53:03`
                if isSymbol(end, 0x3A), attached(end), let ss = smallInt(end + 1), tokens[end + 1].scalar == 2, attached(end + 1),
                   ss < 60 { seconds = ss; end += 2 }
            } else if !cued { return nil }
        } else if len >= 4, len <= 5, p[b + len - 3] == 0x2E || p[b + len - 3] == 0x3A, t.scalar == UInt32(len - 1) {
            // `10.30`, `9.05`
            var hh = 0
            for k in b..<(b + len - 3) { hh = hh * 10 + Int(p[k] - 0x30) }
            h = hh
            m = Int(p[b + len - 2] - 0x30) * 10 + Int(p[b + len - 1] - 0x30)
        } else { return nil }
        guard (0...24).contains(h), (0...59).contains(m) else { return nil }
        var tz: (String, String)?
        if end < count, tokens[end].gap, sameLine(end), tokens[end].kind == .word {
            for (k, off) in [(kw.wib, "+07:00"), (kw.wita, "+08:00"), (kw.wit, "+09:00"), (kw.utc, "+00:00"),
                             (kw.gmt, "+00:00")] where tokens[end].key == k {
                tz = (lowerString(end).uppercased(), off); end += 1; break
            }
        }
        // Uncued: `10:30`, `10.30 WIB`, or a zero-padded `09.48` (no decimal is written that way).
        let padded = len == 5 && p[b] == 0x30 && p[b + 2] == 0x2E
        guard cued || tz != nil || (end >= i + 3) || padded else { return nil }
        let v = "\(Self.pad(h)):\(Self.pad(m))" + (seconds.map { ":" + Self.pad($0) } ?? "")
        var f = Found(start: i, end: end, kind: .time, value: v, english: tz.map { "\(v) \($0.0)" } ?? v)
        if let tz { f.extra = [("tz", tz.1)] }
        return f
    }

    /// `kuartal ketiga 2026`, `kuartal III-2026`, `semester pertama 2025`, `Q3 2026` at the period word.
    func readPeriod(_ i: Int) -> Found? {
        let t = tokens[i]
        var half = false
        var n: Int?
        var j = i + 1
        if t.lower == kw.q && t.b1 - t.b0 == 1 && t.capital {
            guard let d = smallInt(i + 1, maxDigits: 1), attached(i + 1), (1...4).contains(d) else { return nil }
            n = d; j = i + 2
        } else {
            half = t.lower == kw.semester
            guard j < count, tokens[j].gap, sameLine(j) else { return nil }
            if let r = kw.roman[tokens[j].key] { n = r; j += 1 } else if let d = smallInt(j, maxDigits: 1) { n = d; j += 1 }
            else if let r = readNumber(j, money: false), r.form == .ordinal, let v = r.value.intValue { n = v; j = r.end }
        }
        guard let q = n, (1...(half ? 2 : 4)).contains(q), j < count, sameLine(j) else { return nil }
        // The year: `2026`, `-2026`, `/2026`, `tahun 2026`
        var k = j
        if (isDash(k) || isSymbol(k, 0x2F)) { k += 1 } else if isWord(k, kw.tahun), tokens[k].gap { k += 1 }
        guard k < count, let y = yearToken(k), sameLine(k) else { return nil }
        let ord = EnglishNumbers.ordinal(q, spelled: true)
        return Found(start: i, end: k + 1, kind: .date, value: "\(y)-\(half ? "H" : "Q")\(q)",
                     english: "the \(ord) \(half ? "half" : "quarter") of \(y)")
    }

    /// `1990-an`, `tahun 90-an` at a number token (a decade: its first year), or `10.000-an`,
    /// `20-an` (approximately that many).
    func readDecade(_ i: Int) -> Found? {
        guard isDash(i + 1), attached(i + 1), isWord(i + 2, kw.an), attached(i + 2) else { return nil }
        let v = smallInt(i, maxDigits: 4)
        let digits = tokens[i].scalar
        var year: Int?
        if let v, digits == 4, v % 10 == 0, (1000...2199).contains(v) { year = v }
        if let v, digits == 2, v % 10 == 0, isWord(i - 1, kw.tahun) || isWord(i - 1, kw.era) { year = 1900 + v }
        if let year { return Found(start: i, end: i + 3, kind: .decade, value: String(year), english: "\(year)s") }
        guard let r = readNumber(i, money: false), r.end == i + 1 else { return nil }
        return Found(start: i, end: i + 3, kind: .approximate, value: r.value.description,
                     english: "some " + EnglishNumbers.digits(r.value))
    }
}
