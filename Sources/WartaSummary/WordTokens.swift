/// Lower-cased word tokens of a piece of text, the way the ROUGE scorer and the features see it:
/// maximal runs of letters and digits (`\w+` without the underscore).
///
/// Scans unicode scalars; ASCII letters are lower-cased by arithmetic, others through the
/// scalar's lowercase mapping (rare in Indonesian news).
public enum WordTokens {
    /// The lower-cased word tokens of `text`.
    static func of(_ text: Substring) -> [String] {
        var out: [String] = []
        var cur = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isWordScalar(s) {
                if s.value >= 0x41 && s.value <= 0x5A {
                    cur.append(Unicode.Scalar(s.value + 0x20)!)
                } else if s.value < 0x80 {
                    cur.append(s)
                } else {
                    cur.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
                }
            } else if !cur.isEmpty {
                out.append(String(cur)); cur = String.UnicodeScalarView()
            }
        }
        if !cur.isEmpty { out.append(String(cur)) }
        return out
    }

    static func of(_ text: String) -> [String] { of(Substring(text)) }

    /// Letters and digits (and combining marks, which belong to the letter before them).
    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A)
        }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }
}

extension WordTokens {
    /// Public entry for tools: the lower-cased word tokens of `text`.
    public static func tokens(_ text: String) -> [String] { of(text) }
}
