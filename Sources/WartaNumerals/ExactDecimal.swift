/// An exact decimal number of any size: `digits × 10^exponent`, with a sign.
///
/// Values of quantities are never `Double`: `14,8 miliar` must be `14800000000` exactly and number
/// words reach 10^33 and beyond. Only the few operations the parsers need are provided: building
/// from digits, shifting by powers of ten, adding, multiplying by a small integer, dividing by a
/// small integer (for fractions), comparing, and printing as a plain decimal string.
public struct ExactDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Decimal digits, most significant first, no leading zeros; empty for zero.
    public private(set) var digits: [UInt8]
    /// The value is `digits × 10^exponent`.
    public private(set) var exponent: Int
    public private(set) var negative: Bool

    public static let zero = ExactDecimal(digits: [], exponent: 0)

    /// `digits × 10^exponent` (leading zeros are dropped, trailing zeros folded into the exponent).
    public init(digits: [UInt8], exponent: Int, negative: Bool = false) {
        var d = digits
        var lead = 0
        while lead < d.count && d[lead] == 0 { lead += 1 }
        if lead > 0 { d.removeFirst(lead) }
        var e = exponent
        while let last = d.last, last == 0 { d.removeLast(); e += 1 }
        self.digits = d
        self.exponent = d.isEmpty ? 0 : e
        self.negative = d.isEmpty ? false : negative
    }

    /// A non-negative integer.
    public init(_ value: Int) {
        var ds: [UInt8] = []
        var v = value.magnitude
        while v > 0 { ds.append(UInt8(v % 10)); v /= 10 }
        self.init(digits: ds.reversed(), exponent: 0, negative: value < 0)
    }

    public var isZero: Bool { digits.isEmpty }
    public var isInteger: Bool { exponent >= 0 }
    /// Number of digits before the decimal point (0 for values below 1).
    public var integerDigitCount: Int { Swift.max(0, digits.count + exponent) }

    /// `self × 10^k`.
    public func shifted(by k: Int) -> ExactDecimal {
        var r = self
        if !r.digits.isEmpty { r.exponent += k }
        return r
    }

    public func negated() -> ExactDecimal {
        var r = self
        if !r.digits.isEmpty { r.negative.toggle() }
        return r
    }

    /// The value as an `Int` when it is an integer that fits, else nil.
    public var intValue: Int? {
        guard isInteger, digits.count + exponent <= 18 else { return nil }
        var v = 0
        for d in digits { v = v * 10 + Int(d) }
        for _ in 0..<exponent { v *= 10 }
        return negative ? -v : v
    }

    /// Digits aligned to `exponent` `e` (which must be <= self.exponent), least significant first.
    private func littleEndian(at e: Int) -> [UInt8] {
        var r = [UInt8](repeating: 0, count: exponent - e)
        r.append(contentsOf: digits.reversed())
        return r
    }

    public static func + (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        if a.isZero { return b }
        if b.isZero { return a }
        let e = Swift.min(a.exponent, b.exponent)
        let x = a.littleEndian(at: e), y = b.littleEndian(at: e)
        if a.negative == b.negative {
            var out: [UInt8] = []
            out.reserveCapacity(Swift.max(x.count, y.count) + 1)
            var carry: UInt8 = 0
            for i in 0..<Swift.max(x.count, y.count) {
                let s = (i < x.count ? x[i] : 0) + (i < y.count ? y[i] : 0) + carry
                out.append(s % 10); carry = s / 10
            }
            if carry > 0 { out.append(carry) }
            return ExactDecimal(digits: out.reversed(), exponent: e, negative: a.negative)
        }
        // Different signs: subtract the smaller magnitude from the larger.
        let aBigger = compareMagnitude(x, y) >= 0
        let (big, small) = aBigger ? (x, y) : (y, x)
        var out: [UInt8] = []
        var borrow = 0
        for i in 0..<big.count {
            var d = Int(big[i]) - borrow - Int(i < small.count ? small[i] : 0)
            if d < 0 { d += 10; borrow = 1 } else { borrow = 0 }
            out.append(UInt8(d))
        }
        return ExactDecimal(digits: out.reversed(), exponent: e, negative: aBigger ? a.negative : b.negative)
    }

    private static func compareMagnitude(_ x: [UInt8], _ y: [UInt8]) -> Int {
        var n = Swift.max(x.count, y.count) - 1
        while n >= 0 {
            let a = n < x.count ? x[n] : 0, b = n < y.count ? y[n] : 0
            if a != b { return a < b ? -1 : 1 }
            n -= 1
        }
        return 0
    }

    /// `self × m` for a small non-negative integer `m`.
    public func multiplied(by m: Int) -> ExactDecimal {
        if m == 0 || isZero { return .zero }
        var out: [UInt8] = []
        var carry = 0
        for d in digits.reversed() {
            let p = Int(d) * m + carry
            out.append(UInt8(p % 10)); carry = p / 10
        }
        while carry > 0 { out.append(UInt8(carry % 10)); carry /= 10 }
        return ExactDecimal(digits: out.reversed(), exponent: exponent, negative: negative)
    }

    /// `self / m` for a small positive integer, exact when it terminates, else to `precision`
    /// significant digits (fractions like 2/3).
    public func divided(by m: Int, precision: Int = 24) -> ExactDecimal {
        guard m > 0, !isZero else { return self }
        var out: [UInt8] = []
        var rem = 0
        var i = 0
        // Long division, emitting digits until exact or `precision` significant digits.
        while true {
            let d: Int
            d = i < digits.count ? Int(digits[i]) : 0
            i += 1
            let cur = rem * 10 + d
            out.append(UInt8(cur / m)); rem = cur % m
            if i >= digits.count && rem == 0 { break }
            let significant = out.drop(while: { $0 == 0 }).count
            if significant >= precision { break }
        }
        // out holds digits of (digits × 10^(count-len)) / m; place the exponent.
        let extra = out.count - digits.count
        return ExactDecimal(digits: out, exponent: exponent - extra, negative: negative)
    }

    public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool {
        let diff = a + b.negated()
        return diff.negative
    }

    /// Plain decimal string without exponent: `14800000000`, `0.25`, `-1200000`.
    public var description: String { text(grouped: false) }

    /// The decimal string, with thousands commas when `grouped` (`1,500,000.25`).
    public func text(grouped: Bool) -> String {
        if digits.isEmpty { return "0" }
        let intCount = digits.count + exponent
        let intDigits = Swift.max(intCount, 1)
        let commas = grouped ? (intDigits - 1) / 3 : 0
        let capacity = 1 + intDigits + commas + 1 + Swift.max(0, -exponent) + 1
        return String(unsafeUninitializedCapacity: capacity) { out in
            var k = 0
            if negative { out[k] = 0x2D; k += 1 }
            // Integer part: digit j of the integer (j from 0), zeros past the stored digits.
            if intCount <= 0 {
                out[k] = 0x30; k += 1
            } else {
                for j in 0..<intCount {
                    if grouped && j > 0 && (intCount - j) % 3 == 0 { out[k] = 0x2C; k += 1 }
                    out[k] = (j < digits.count ? digits[j] : 0) + 0x30; k += 1
                }
            }
            if exponent < 0 {
                out[k] = 0x2E; k += 1
                for _ in 0..<Swift.max(0, -intCount) { out[k] = 0x30; k += 1 }
                for j in Swift.max(0, intCount)..<digits.count { out[k] = digits[j] + 0x30; k += 1 }
            }
            return k
        }
    }
}
