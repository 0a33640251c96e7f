/// Publication dates as pages write them → ISO 8601.
///
/// Accepts ISO 8601 (`2025-06-12T14:35:00+07:00`, `2025-06-12 14:35`), Indonesian and English
/// day/month names (`Kamis, 12 Jun 2025 14:35 WIB`, `12 Juni 2025`, `June 12, 2025`), numeric
/// `12/06/2025` (day first, as Indonesia writes) and `2025/06/12`. Indonesian zones map to offsets
/// (WIB +07:00, WITA +08:00, WIT +09:00). A date without a time gives `YYYY-MM-DD`; a time without a
/// zone is written without one. Never invents a date: unparseable text gives nil.
public enum IndonesianDate {
    static let months: [String: Int] = [
        "januari": 1, "jan": 1, "january": 1, "februari": 2, "feb": 2, "pebruari": 2, "february": 2,
        "maret": 3, "mar": 3, "march": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "jun": 6,
        "june": 6, "juli": 7, "jul": 7, "july": 7, "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8,
        "august": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10, "october": 10,
        "november": 11, "nov": 11, "nopember": 11, "desember": 12, "des": 12, "dec": 12, "december": 12,
    ]
    static let zones: [String: String] = ["wib": "+07:00", "wita": "+08:00", "wit": "+09:00", "gmt": "+00:00", "utc": "+00:00", "z": "+00:00"]

    /// True when the whole line is a date (and time): only day/month names, numbers, zones.
    public static func isDateLine(_ text: String) -> Bool {
        guard parse(text) != nil else { return false }
        let weekdays: Set<String> = ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad", "monday",
                                     "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "pukul", "at"]
        for t in tokenize(text) {
            if case .word(let w) = t, months[w] == nil, zones[w] == nil, !weekdays.contains(w) { return false }
        }
        return true
    }

    /// Parses `text` into ISO 8601, or nil.
    public static func parse(_ text: String) -> String? {
        let tokens = tokenize(text)
        var year: Int?, month: Int?, day: Int?
        var hour: Int?, minute: Int?, second: Int?
        var zone: String?
        var numbers: [Int] = []   // bare numbers in order, for day/month/year assignment
        var k = 0
        while k < tokens.count {
            let t = tokens[k]
            defer { k += 1 }
            switch t {
            case .word(let w):
                if month == nil, let m = months[w] { month = m; continue }
                if let z = zones[w], hour != nil || zone == nil, w != "z" || hour != nil { zone = z }
            case .number(let v, let digits):
                if digits == 4, year == nil, v >= 1900, v <= 2100 { year = v; continue }
                numbers.append(v)
            case .time(let h, let m, let s):
                if hour == nil, h < 24, m < 60 { hour = h; minute = m; second = s }
            case .offset(let o):
                if hour != nil { zone = o }
            case .isoDate(let y, let m, let d):
                if year == nil { year = y; month = m; day = d }
            }
        }
        if day == nil {
            if month != nil {
                day = numbers.first { $0 >= 1 && $0 <= 31 }
            } else if numbers.count >= 2 {
                // 12/06/2025: day first (Indonesian); 06/12/2025 with a 13+ second number: month first.
                let a = numbers[0], b = numbers[1]
                if a <= 31, b <= 12, b >= 1 { day = a; month = b }
                else if a <= 12, b <= 31 { month = a; day = b }
            }
        }
        guard let y = year, let mo = month, let d = day, (1...12).contains(mo), (1...31).contains(d) else { return nil }
        var out = "\(pad(y, 4))-\(pad(mo))-\(pad(d))"
        if let h = hour, let mi = minute {
            out += "T\(pad(h)):\(pad(mi)):\(pad(second ?? 0))"
            if let zone { out += zone }
        }
        return out
    }

    static func pad(_ v: Int, _ width: Int = 2) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    enum Token { case word(String), number(Int, Int), time(Int, Int, Int?), offset(String), isoDate(Int, Int, Int) }

    static func tokenize(_ text: String) -> [Token] {
        let s = Array(text.lowercased().unicodeScalars)
        var out: [Token] = []
        var i = 0
        func digits(at j: Int) -> (Int, Int)? {
            var k = j, v = 0
            while k < s.count, let d = s[k].properties.numericType != nil ? Int(String(s[k])) : nil { v = v * 10 + d; k += 1 }
            return k > j ? (v, k - j) : nil
        }
        while i < s.count {
            let c = s[i]
            if c.properties.isAlphabetic {
                var j = i
                while j < s.count, s[j].properties.isAlphabetic { j += 1 }
                out.append(.word(String(String.UnicodeScalarView(s[i..<j]))))
                i = j
            } else if let (v, n) = digits(at: i) {
                var j = i + n
                // ISO date 2025-06-12
                if n == 4, j < s.count, s[j] == "-", let (m, mn) = digits(at: j + 1), mn <= 2,
                   j + 1 + mn < s.count, s[j + 1 + mn] == "-", let (d, dn) = digits(at: j + 2 + mn), dn <= 2 {
                    out.append(.isoDate(v, m, d)); i = j + 2 + mn + dn; continue
                }
                // 2025/06/12
                if n == 4, j < s.count, s[j] == "/", let (m, mn) = digits(at: j + 1), mn <= 2,
                   j + 1 + mn < s.count, s[j + 1 + mn] == "/", let (d, dn) = digits(at: j + 2 + mn), dn <= 2 {
                    out.append(.isoDate(v, m, d)); i = j + 2 + mn + dn; continue
                }
                // Time 14:35(:00) or 14.35 before a zone word
                if n <= 2, j < s.count, s[j] == ":" || s[j] == ".", let (m, mn) = digits(at: j + 1), mn == 2 {
                    var k = j + 1 + mn
                    var sec: Int?
                    if k < s.count, s[k] == ":", let (sv, sn) = digits(at: k + 1), sn == 2 { sec = sv; k += 1 + sn }
                    if k < s.count, s[k] == "." || s[k] == ",", let (_, fn) = digits(at: k + 1) { k += 1 + fn }  // fractions
                    if s[j] == ":" || looksLikeZoneAhead(s, k) {
                        out.append(.time(v, m, sec)); i = k
                        // +07:00 / +0700 / Z
                        if i < s.count, s[i] == "+" || s[i] == "-", let (oh, on) = digits(at: i + 1) {
                            let sign = s[i] == "+" ? "+" : "-"
                            var hh = oh, mm = 0
                            var k2 = i + 1 + on
                            if on == 4 { hh = oh / 100; mm = oh % 100 }
                            else if k2 < s.count, s[k2] == ":", let (om, omn) = digits(at: k2 + 1) { mm = om; k2 += 1 + omn }
                            out.append(.offset("\(sign)\(pad(hh)):\(pad(mm))")); i = k2
                        }
                        continue
                    }
                }
                out.append(.number(v, n))
                i = j
                j = 0
            } else {
                i += 1
            }
        }
        return out
    }

    static func looksLikeZoneAhead(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
        var j = k
        while j < s.count, s[j] == " " { j += 1 }
        var w = ""
        while j < s.count, s[j].properties.isAlphabetic { w.unicodeScalars.append(s[j]); j += 1 }
        return zones[w] != nil
    }
}
