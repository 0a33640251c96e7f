import WartaCore

/// Renders any `Quantity` in English from its structured fields (kind, value, min/max, currency,
/// unit), the way English news writes it: `US$14.8 billion`, `Rp237 trillion`, `49%`, `twice`,
/// `3rd`, `30 June 2025`, `the third quarter of 2026`.
///
/// The numerals stage already fills `Quantity.english` (which also knows how the source was
/// written: `tiga` → `three`, `$` vs `US$`); this is for code that builds or changes quantities
/// itself, such as the summary stage.
public enum QuantityEnglish {
    /// Symbol written before an amount, by ISO 4217 code; codes not listed are written after it.
    static let symbols: [String: String] = [
        "IDR": "Rp", "USD": "US$", "EUR": "€", "GBP": "£", "JPY": "¥", "SGD": "S$", "AUD": "A$", "HKD": "HK$",
        "MYR": "RM", "KRW": "₩", "INR": "₹", "CAD": "C$", "TWD": "NT$", "NZD": "NZ$",
    ]
    static let words: [String: String] = ["CNY": "yuan", "THB": "baht", "CHF": "Swiss francs"]
    static let months = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let unitNames: [String: (String, String)] = [
        "year": ("year", "years"), "month": ("month", "months"), "week": ("week", "weeks"), "day": ("day", "days"),
        "hour": ("hour", "hours"), "minute": ("minute", "minutes"), "s": ("second", "seconds"),
        "decade": ("decade", "decades"), "pp": ("percentage point", "percentage points"),
        "bp": ("basis point", "basis points"),
    ]

    /// The English rendering of `q`.
    public static func render(_ q: Quantity) -> String {
        switch q.kind {
        case .range:
            let k: QuantityKind = q.of == "number" && q.unit != nil ? .quantity : kindOf(q.of)
            let lo = Quantity(span: q.span, text: "", kind: k, value: q.min, currency: q.currency, unit: q.unit, english: "")
            let hi = Quantity(span: q.span, text: "", kind: k, value: q.max, currency: q.currency, unit: q.unit, english: "")
            if q.of == "year" { return "\(q.min ?? "") to \(q.max ?? "")" }
            var loText = render(lo)
            if k == .quantity, let lo = q.min.flatMap(decimal) { loText = EnglishNumbers.digits(lo) }
            return "\(loText) to \(render(hi))"
        case .date: return date(q.value ?? "")
        case .time:
            let zone = q.extra.first { $0.0 == "tz" }.map { ["+07:00": " WIB", "+08:00": " WITA", "+09:00": " WIT"][$0.1] ?? "" } ?? ""
            return (q.value ?? "") + zone
        case .year: return q.value ?? ""
        case .decade: return (q.value ?? "") + "s"
        default: break
        }
        guard let v = q.value.flatMap(decimal) else { return q.value ?? "" }
        switch q.kind {
        case .money:
            let num = EnglishNumbers.amount(v, scale: EnglishNumbers.autoScale(v), spelled: false)
            if let c = q.currency, let sym = symbols[c] { return sym + num }
            return num + " " + (q.currency.flatMap { words[$0] } ?? q.currency ?? "")
        case .percent:
            if q.unit == "pp" || q.unit == "bp" { return withUnit(v, q.unit!) }
            return EnglishNumbers.digits(v) + "%"
        case .multiplier: return EnglishNumbers.multiplier(v)
        case .ordinal: return v.intValue.map { EnglishNumbers.ordinal($0, spelled: false) } ?? v.description
        case .age: return EnglishNumbers.digits(v) + (q.unit == "month" ? " months old" : " years old")
        case .quantity: return q.unit.map { withUnit(v, $0) } ?? EnglishNumbers.digits(v)
        case .approximate:
            let n = v.integerDigitCount - 1
            let base = [1: "tens", 2: "hundreds", 3: "thousands", 6: "millions", 9: "billions", 12: "trillions"][n] ?? "thousands"
            return base + (q.currency == "USD" ? " of dollars" : q.currency == "IDR" ? " of rupiah" : "")
        default:
            return EnglishNumbers.amount(v, scale: v.integerDigitCount > 6 ? EnglishNumbers.autoScale(v) : nil, spelled: false)
        }
    }

    static func kindOf(_ of: String?) -> QuantityKind {
        switch of { case "money": .money; case "percent": .percent; case "year": .year; default: .cardinal }
    }

    static func withUnit(_ v: ExactDecimal, _ unit: String) -> String {
        guard let names = unitNames[unit] else { return EnglishNumbers.digits(v) + " " + unit }
        return EnglishNumbers.digits(v) + " " + (v == ExactDecimal(1) ? names.0 : names.1)
    }

    /// `2025-06-30` → `30 June 2025`, `2025-06` → `June 2025`, `2026-Q3`, `2025-H1`, `--06-12`.
    static func date(_ s: String) -> String {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if s.hasPrefix("--"), parts.count == 4, let m = Int(parts[2]), let d = Int(parts[3]), (1...12).contains(m) {
            return "\(d) \(months[m])"
        }
        guard let y = parts.first, Int(y) != nil else { return s }
        if parts.count == 2, parts[1].hasPrefix("Q") || parts[1].hasPrefix("H"), let n = Int(parts[1].dropFirst()) {
            return "the \(EnglishNumbers.ordinal(n, spelled: true)) \(parts[1].hasPrefix("Q") ? "quarter" : "half") of \(y)"
        }
        guard parts.count >= 2, let m = Int(parts[1]), (1...12).contains(m) else { return s }
        if parts.count == 3, let d = Int(parts[2]) { return "\(d) \(months[m]) \(y)" }
        return "\(months[m]) \(y)"
    }

    /// Parses a plain decimal string (`-14.8`) into an `ExactDecimal`.
    static func decimal(_ s: String) -> ExactDecimal? {
        var digits: [UInt8] = []
        var frac = 0, seenPoint = false, negative = false
        for (k, b) in s.utf8.enumerated() {
            if b == 0x2D && k == 0 { negative = true; continue }
            if b == 0x2E && !seenPoint { seenPoint = true; continue }
            guard b >= 0x30 && b <= 0x39 else { return nil }
            digits.append(b - 0x30)
            if seenPoint { frac += 1 }
        }
        guard !digits.isEmpty else { return nil }
        return ExactDecimal(digits: digits, exponent: -frac, negative: negative)
    }
}
