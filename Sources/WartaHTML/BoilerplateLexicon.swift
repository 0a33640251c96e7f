import WartaCore

/// Lines that are never article text ("Baca juga: …", "ADVERTISEMENT", "Editor: …"), loaded from
/// `Glossary/html/boilerplate.tsv`.
public struct BoilerplateLexicon: Sendable {
    public enum Match: String, Sendable { case prefix, exact, label, end }

    /// What the lexicon says of a paragraph.
    public enum Verdict: Sendable, Equatable { case keep, drop, end }

    var prefixes: [[UInt8]] = []
    var exact: Set<String> = []
    var labels: [[UInt8]] = []
    var ends: Set<String> = []

    public init() {}

    /// Loads the lexicon from the data folder.
    public init(config: StageConfig) throws(StageError) {
        let table = try DataTable.load("html/boilerplate.tsv", config: config, stage: "scrub")
        guard let p = table.column("pattern"), let m = table.column("match") else {
            throw StageError(stage: "scrub", kind: "bad-data", message: "html/boilerplate.tsv needs columns pattern and match")
        }
        for row in table.rows where row.count > max(p, m) {
            guard let kind = Match(rawValue: row[m]) else {
                throw StageError(stage: "scrub", kind: "bad-data", message: "html/boilerplate.tsv: unknown match kind '\(row[m])'")
            }
            add(row[p], kind)
        }
    }

    /// Adds one pattern (lower-cased).
    public mutating func add(_ pattern: String, _ kind: Match) {
        let lower = pattern.lowercased()
        switch kind {
        case .prefix: prefixes.append(Array(lower.utf8))
        case .exact: exact.insert(lower)
        case .label: labels.append(Array(lower.utf8))
        case .end: ends.insert(lower)
        }
    }

    /// Classifies one paragraph (already whitespace-collapsed).
    public func verdict(_ paragraph: String) -> Verdict {
        // Every pattern is short: long paragraphs are prose.
        let count = paragraph.utf8.count
        if count >= 300 { return .keep }
        // ASCII lower-casing is enough for the prefixes; the whole-line keys use full lower-casing.
        let bytes = paragraph.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if count <= 64 {
            let key = BoilerplateLexicon.stripTrailing(paragraph.lowercased())
            if ends.contains(key) { return .end }
            if exact.contains(key) { return .drop }
        }
        for p in prefixes where BoilerplateLexicon.hasWordPrefix(bytes, p) { return .drop }
        if count < 200 {
            for p in labels where BoilerplateLexicon.hasWordPrefix(bytes, p) {
                var j = p.count
                while j < bytes.count, bytes[j] == 0x20 { j += 1 }
                if j < bytes.count, bytes[j] == 0x3A || bytes[j] == 0x7C { return .drop }   // "Editor: …", "Foto | …"
                if BoilerplateLexicon.words(in: paragraph) <= 6 { return .drop }
            }
        }
        return .keep
    }

    static func stripTrailing(_ s: String) -> String {
        var scalars = Array(s.unicodeScalars)
        while let last = scalars.last, last == ":" || last == " " || last == "|" || last == "»" || last == ">" { scalars.removeLast() }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    /// `bytes` starts with `prefix` and the next byte is not an ASCII letter or digit.
    static func hasWordPrefix(_ bytes: [UInt8], _ prefix: [UInt8]) -> Bool {
        guard bytes.count >= prefix.count, bytes[0..<prefix.count].elementsEqual(prefix) else { return false }
        if bytes.count == prefix.count { return true }
        let next = bytes[prefix.count]
        let isAlnum = (next >= 0x30 && next <= 0x39) || (next | 0x20 >= 0x61 && next | 0x20 <= 0x7A)
        return !isAlnum || !(prefix.last.map { ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) } ?? false)
    }

    /// `s.split(separator: " ").count`: the number of runs of characters between spaces. Counted on
    /// the UTF-8 bytes when every space is a character of its own (its neighbours are ASCII, Latin,
    /// Cyrillic letters or common punctuation, none of which joins a space into a larger grapheme).
    static func words(in s: String) -> Int {
        var t = s
        if let n = t.withUTF8({ wordsFast($0) }) { return n }
        return s.split(separator: " ").count
    }

    static func wordsFast(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        var inWord = false
        let n = b.count
        for i in 0..<n {
            if b[i] == 0x20 {
                if i + 1 < n, b[i + 1] >= 0x80, !isPlainScalar(decode(b, at: i + 1)) { return nil }
                if i > 0, b[i - 1] >= 0x80 {
                    var j = i - 1
                    while j > 0, b[j] & 0xC0 == 0x80 { j -= 1 }
                    if !isPlainScalar(decode(b, at: j)) { return nil }
                }
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// The scalar starting at `i`.
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32 { UTF8Scalar.decode(b, i).scalar }

    /// Scalars that are neither Prepend, Extend, ZWJ nor SpacingMark in grapheme segmentation:
    /// U+0080–U+02FF, Cyrillic letters, general punctuation without the joiners and format
    /// characters (U+2010–U+2027, U+2030–U+205E) and currency signs.
    @inline(__always)
    static func isPlainScalar(_ v: UInt32) -> Bool {
        (v >= 0x80 && v <= 0x2FF) || (v >= 0x400 && v <= 0x482) || (v >= 0x48A && v <= 0x52F)
            || (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E) || (v >= 0x20A0 && v <= 0x20CF)
    }
}
