import Foundation

/// The output formats of `warta glossary build`.
public enum GlossaryFormat: String, Sendable, CaseIterable {
    /// Warta's own TSV: every field, one header row.
    case tsv
    /// TBX-Basic (ISO 30042:2019, TBX v3 DCA style).
    case tbx
    /// OmegaT glossary: `source<TAB>target<TAB>comment`, no header.
    case omegat
    /// CSV with a header of language codes (`id,en,…`), RFC 4180 quoting.
    case csv

    /// Renders `rows` in this format.
    public func render(_ rows: [GlossaryRow]) -> String {
        switch self {
        case .tsv: return GlossaryWriters.tsv(rows)
        case .tbx: return TBXWriter.render(rows)
        case .omegat: return GlossaryWriters.omegat(rows)
        case .csv: return GlossaryWriters.csv(rows)
        }
    }
}

enum GlossaryWriters {
    static func confidence(_ c: Double) -> String { String(format: "%.2f", c) }

    /// Tabs and line breaks inside a field would break the row: they become spaces.
    static func cell(_ s: String) -> String {
        String(s.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : Character($0) })
    }

    static func tsv(_ rows: [GlossaryRow]) -> String {
        var out = "term\tenglish\tkind\tfrequency\tconfidence\tentry\tpos\tdomain\tforms\texample\tsource\n"
        for r in rows {
            let fields = [r.term, r.english, r.kind.rawValue, String(r.frequency), confidence(r.confidence),
                          r.entry ?? "", r.pos, r.domain, r.forms.joined(separator: "|"), r.example, r.source]
            out += fields.map(cell).joined(separator: "\t") + "\n"
        }
        return out
    }

    /// A short human comment: kind, frequency, confidence, entry.
    static func comment(_ r: GlossaryRow) -> String {
        var parts = [r.kind == .known ? "term base \(r.entry ?? "")" : "new \(r.kind.rawValue) candidate",
                     "freq \(r.frequency)"]
        if r.kind != .known { parts.append("confidence \(confidence(r.confidence))") }
        if !r.forms.isEmpty { parts.append("forms: " + r.forms.prefix(6).joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    static func omegat(_ rows: [GlossaryRow]) -> String {
        var out = ""
        for r in rows { out += [r.term, r.english, comment(r)].map(cell).joined(separator: "\t") + "\n" }
        return out
    }

    static func csvField(_ s: String) -> String {
        if s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    /// Language-code header (`id,en`) as translation tools' CSV glossaries expect, then part of
    /// speech and a description.
    static func csv(_ rows: [GlossaryRow]) -> String {
        var out = "id,en,pos,description\r\n"
        for r in rows {
            out += [r.term, r.english, r.pos, comment(r)].map(csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }
}
