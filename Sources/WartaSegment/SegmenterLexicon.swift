import Foundation
import WartaCore

/// The Indonesian knowledge the segmenter uses, loaded from `Glossary/segment/`
/// (README there): abbreviations with their class, words that open sentences, currency prefixes.
public struct SegmenterLexicon: Sendable {
    var abbreviations = ByteLexicon<AbbreviationClass>()
    var sentenceStarters = ByteLexicon<Bool>()
    var currencyPrefixes = ByteLexicon<Bool>()

    /// Builds a lexicon from lists. Each abbreviation (with its full stop) is also entered in its
    /// Capitalised and UPPER-CASE forms (`dll.` → `Dll.`, `DLL.`), never in a lower-case form
    /// (`Kol.` must not swallow the word `kol.`).
    public init(abbreviations: [(String, AbbreviationClass)], sentenceStarters: [String], currencyPrefixes: [String]) {
        for (a, c) in abbreviations { self.abbreviations.insert(a, c) }
        for (a, c) in abbreviations {
            self.abbreviations.insert(a.prefix(1).uppercased() + a.dropFirst(), c)
            self.abbreviations.insert(a.uppercased(), c)
        }
        for w in sentenceStarters { self.sentenceStarters.insert(w, true) }
        for w in currencyPrefixes { self.currencyPrefixes.insert(w, true) }
    }

    /// Loads the three lists from the data folder of `config`.
    public init(config: StageConfig, stage: String = SentenceStage.name) throws(StageError) {
        let table = try DataTable.load("segment/abbreviations.tsv", config: config, stage: stage)
        guard let ai = table.column("abbreviation"), let ci = table.column("class") else {
            throw StageError(stage: stage, kind: "bad-data", message: "segment/abbreviations.tsv needs columns abbreviation, class")
        }
        var abbreviations: [(String, AbbreviationClass)] = []
        for row in table.rows where row.count > max(ai, ci) {
            guard let c = AbbreviationClass(name: row[ci]) else {
                throw StageError(stage: stage, kind: "bad-data", message: "segment/abbreviations.tsv: unknown class '\(row[ci])'")
            }
            abbreviations.append((row[ai], c))
        }
        self.init(abbreviations: abbreviations,
                  sentenceStarters: try Self.wordList("segment/sentence-starters.txt", config: config, stage: stage),
                  currencyPrefixes: try Self.wordList("segment/currency-prefixes.txt", config: config, stage: stage))
    }

    /// One entry per line; `#` comments and blank lines skipped.
    static func wordList(_ path: String, config: StageConfig, stage: String) throws(StageError) -> [String] {
        let url = try config.dataFile(path, stage: stage)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw StageError(stage: stage, kind: "missing-data", message: "cannot read data file \(url.path)")
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            let w = line.trimmingCharacters(in: .whitespaces)
            return w.isEmpty || w.hasPrefix("#") ? nil : w
        }
    }
}
