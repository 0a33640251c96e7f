/// English number formatting the way English news writes it: `1,500`, `14.8 billion`, `three`,
/// `third`, `3rd`, `twice`.
public enum EnglishNumbers {
    static let ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                       "nineteen"]
    static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    static let scaleNames: [Int: String] = [
        3: "thousand", 6: "million", 9: "billion", 12: "trillion", 15: "quadrillion", 18: "quintillion",
        21: "sextillion", 24: "septillion", 27: "octillion", 30: "nonillion", 33: "decillion",
    ]
    static let ordinalOnes = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                              "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                              "sixteenth", "seventeenth", "eighteenth", "nineteenth"]

    /// Name of a power of ten used as a scale word (`billion` for 9).
    public static func scaleName(_ power: Int) -> String? { scaleNames[power] }

    /// Digits with thousands commas and a decimal point: `1,500,000`, `14.8`, `-0.25`.
    public static func digits(_ v: ExactDecimal, group: Bool = true) -> String { v.text(grouped: group) }

    /// Words for 0...999_999_999 (`one hundred twenty-two`).
    public static func words(_ n: Int) -> String {
        if n < 0 { return "minus " + words(-n) }
        if n < 20 { return ones[n] }
        if n < 100 { return tens[n / 10] + (n % 10 == 0 ? "" : "-" + ones[n % 10]) }
        if n < 1000 { return ones[n / 100] + " hundred" + (n % 100 == 0 ? "" : " " + words(n % 100)) }
        for (p, name) in [(9, "billion"), (6, "million"), (3, "thousand")] {
            var d = 1
            for _ in 0..<p { d *= 10 }
            if n >= d { return words(n / d) + " " + name + (n % d == 0 ? "" : " " + words(n % d)) }
        }
        return String(n)
    }

    /// Ordinal words (`first`, `twenty-second`) or digits with suffix (`3rd`).
    public static func ordinal(_ n: Int, spelled: Bool) -> String {
        if !spelled || n >= 1000 || n < 0 {
            let m100 = n % 100, m10 = n % 10
            let suffix = (11...13).contains(m100) ? "th" : m10 == 1 ? "st" : m10 == 2 ? "nd" : m10 == 3 ? "rd" : "th"
            return "\(n)\(suffix)"
        }
        if n < 20 { return ordinalOnes[n] }
        if n < 100 {
            if n % 10 == 0 { return String(tens[n / 10].dropLast()) + "ieth" }
            return tens[n / 10] + "-" + ordinalOnes[n % 10]
        }
        if n % 100 == 0 { return ones[n / 100] + " hundredth" }
        return ones[n / 100] + " hundred " + ordinal(n % 100, spelled: true)
    }

    /// A number with an optional scale: `14.8 billion` (scale 9), `5,000`, or words when spelled
    /// and small (`three`, `one billion`).
    public static func amount(_ value: ExactDecimal, scale: Int?, spelled: Bool) -> String {
        if let scale, scale >= 6, let name = scaleNames[scale], value.integerDigitCount > scale {
            let mantissa = value.shifted(by: -scale)
            if spelled, let m = mantissa.intValue, m >= 0, m < 1000 { return words(m) + " " + name }
            return digits(mantissa) + " " + name
        }
        if spelled, let m = value.intValue, m >= 0, m < 100 { return words(m) }
        if let scale, scale >= 6, value.integerDigitCount <= scale, let s = autoScale(value), s < scale {
            return amount(value, scale: s, spelled: false)
        }
        if spelled, let scale, scale == 3, let m = value.shifted(by: -3).intValue, m >= 0, m < 100 { return words(m) + " thousand" }
        return digits(value)
    }

    /// Money amounts of a million and more get a scale word (`Rp1.5 million` for `Rp1.500.000`).
    public static func autoScale(_ value: ExactDecimal) -> Int? {
        guard value.isInteger || value.integerDigitCount > 6 else { return nil }
        let n = value.integerDigitCount
        guard n > 6 else { return nil }
        var p = ((n - 1) / 3) * 3
        if p > 33 { p = 33 }
        // Keep at most three decimals in the mantissa (1.234567 billion reads badly).
        let mantissa = value.shifted(by: -p)
        if mantissa.exponent < -3 { return nil }
        return p
    }

    /// `twice`, `threefold`, `five times`.
    public static func multiplier(_ v: ExactDecimal) -> String {
        if let n = v.intValue {
            if n == 2 { return "twice" }
            if n == 3 { return "threefold" }
            if n < 20 { return words(n) + " times" }
        }
        return digits(v) + " times"
    }

    /// `one fifth`, `half`, `two thirds`.
    public static func fraction(_ num: Int, _ den: Int) -> String {
        if num == 1 && den == 2 { return "half" }
        let names = [3: "third", 4: "quarter", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth",
                     10: "tenth", 100: "hundredth", 1000: "thousandth"]
        guard let base = names[den] else { return "\(num)/\(den)" }
        return words(num) + " " + base + (num > 1 ? "s" : "")
    }
}
