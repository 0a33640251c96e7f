/// Reads digit strings with Indonesian (`1.500.000`, `14,8`) or English (`1,500,000`, `14.8`)
/// separators.
///
/// Unambiguous forms decide themselves (`1.500.000`, `14,8`, `14.8`, `1.500,75`); a single
/// separator followed by exactly three digits (`1.500`, `1,500`) is read with the document's
/// style, which `DigitStyle.detect` infers from the unambiguous numbers of the whole text
/// (Indonesian unless the text clearly writes English-style numbers).
enum DigitStyle: Sendable { case indonesian, english }

struct DigitReading {
    var value: ExactDecimal
    /// A `.` or `,` grouped thousands.
    var grouped: Bool
    /// Digits after the decimal separator (0 for integers).
    var fractionDigits: Int
    /// Digits before the decimal separator, separators not counted.
    var integerDigits: Int
    /// The written form starts with `0` and has more digits (`0812`, `0033`).
    var leadingZero: Bool
}

enum DigitParser {
    /// Parses `p[from..<to]` (digits and inner `.`/`,`); nil when the separators fit no number
    /// (`2.1.0` is a version).
    /// `fractionContext`: a scale word or a unit follows (`1,125 miliar`, `2,125 persen`), where a
    /// comma before three digits in Indonesian text is a decimal comma; elsewhere `1,500` counts
    /// 1500 (people, rupiah and dollars are not written with three decimals).
    static func parse(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, style: DigitStyle,
                      fractionContext: Bool = true) -> DigitReading? {
        var dots = 0, commas = 0, lastSep: UInt8 = 0, firstSep: UInt8 = 0
        var groups: [Int] = []  // digit counts between separators
        var run = 0
        for i in from..<to {
            let c = p[i]
            if c == 0x2E || c == 0x2C {
                if c == 0x2E { dots += 1 } else { commas += 1 }
                if firstSep == 0 { firstSep = c }
                lastSep = c
                groups.append(run); run = 0
            } else { run += 1 }
        }
        groups.append(run)
        let leadingZero = p[from] == 0x30 && (to - from) > 1 && p[from + 1] != 0x2E && p[from + 1] != 0x2C
        // Decide which separator (if any) is the decimal point.
        var decimalSep: UInt8 = 0
        if dots > 0 && commas > 0 {
            // Mixed: the last separator is decimal and occurs once; the other groups thousands.
            if (lastSep == 0x2C && commas != 1) || (lastSep == 0x2E && dots != 1) { return nil }
            if firstSep == lastSep { return nil }
            decimalSep = lastSep
            for g in groups.dropFirst().dropLast() where g != 3 { return nil }
            if groups[0] > 3 || groups[0] == 0 { return nil }
        } else if dots + commas >= 2 {
            for g in groups.dropFirst() where g != 3 { return nil }
            if groups[0] > 3 || groups[0] == 0 { return nil }
        } else if dots + commas == 1 {
            let sep = lastSep
            if groups[1] != 3 || groups[0] == 0 || (groups[0] == 1 && p[from] == 0x30) || groups[0] > 3 {
                decimalSep = sep
            } else {
                let thousands: UInt8 = style == .indonesian ? 0x2E : 0x2C
                decimalSep = sep == thousands ? 0 : sep
                if style == .indonesian && sep == 0x2C && !fractionContext { decimalSep = 0 }
            }
        }
        var digits: [UInt8] = []
        digits.reserveCapacity(to - from)
        var fraction = 0, seenDecimal = false
        for i in from..<to {
            let c = p[i]
            if c == 0x2E || c == 0x2C {
                if c == decimalSep { seenDecimal = true }
                continue
            }
            digits.append(c - 0x30)
            if seenDecimal { fraction += 1 }
        }
        let grouped = dots + commas > (decimalSep == 0 ? 0 : 1)
        return DigitReading(value: ExactDecimal(digits: digits, exponent: -fraction), grouped: grouped,
                            fractionDigits: fraction, integerDigits: digits.count - fraction, leadingZero: leadingZero)
    }

    /// Infers the separator style of a text from its unambiguous numbers.
    static func detect(_ p: UnsafeBufferPointer<UInt8>, tokens: TokenBuffer) -> DigitStyle {
        var id = 0, en = 0
        for k in 0..<tokens.count where tokens[k].kind == .number && tokens[k].b1 - tokens[k].b0 != Int32(tokens[k].scalar) {
            let t = tokens[k]
            var dots = 0, commas = 0, last: UInt8 = 0, tail = 0
            for i in Int(t.b0)..<Int(t.b1) {
                let c = p[i]
                if c == 0x2E { dots += 1; last = c; tail = 0 } else if c == 0x2C { commas += 1; last = c; tail = 0 } else { tail += 1 }
            }
            if dots >= 2 && commas == 0 { id += 1 }
            if commas >= 2 && dots == 0 { en += 1 }
            if dots > 0 && commas > 0 { if last == 0x2C { id += 1 } else { en += 1 } }
            if dots == 0 && commas == 1 && tail != 3 { id += 1 }
        }
        return en > id ? .english : .indonesian
    }
}
