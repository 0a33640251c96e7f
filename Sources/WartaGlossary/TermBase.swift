import Foundation
import WartaCore

/// One concept of the AI-industry term base (`Glossary/terms/terms.tsv`).
public struct TermEntry: Sendable, Hashable {
    /// Entry id (`ai-0042`).
    public var id: String
    /// Indonesian lemma (`pelabelan data`).
    public var lemma: String
    /// Other Indonesian forms of the concept: coinages, loanwords, English forms, abbreviations.
    public var variants: [String]
    /// English preferred term (`data labeling`).
    public var english: String
    /// Other English terms.
    public var synonyms: [String]
    /// Part of speech (`noun`, `verb`, `adjective`, …).
    public var pos: String
    /// Domain (`models`, `hardware`, `data`, `business`, `policy`, `research`).
    public var domain: String

    public init(id: String, lemma: String, variants: [String] = [], english: String, synonyms: [String] = [],
                pos: String = "noun", domain: String = "") {
        self.id = id; self.lemma = lemma; self.variants = variants; self.english = english
        self.synonyms = synonyms; self.pos = pos; self.domain = domain
    }

    /// The lemma and its variants: every Indonesian surface the entry is matched by.
    public var forms: [String] { [lemma] + variants }
}

/// The term base: entries in file order, loaded once.
public struct TermBase: Sendable {
    /// The data file below the data folder.
    public static let relativePath = "terms/terms.tsv"

    public let entries: [TermEntry]

    public init(entries: [TermEntry]) { self.entries = entries }

    /// Loads `terms/terms.tsv` (columns `entry lemma variants english synonyms pos domain`;
    /// variants and synonyms `|`-separated).
    public init(config: StageConfig, stage: String = "terms") throws(StageError) {
        let table = try DataTable.load(TermBase.relativePath, config: config, stage: stage)
        try self.init(table: table, stage: stage)
    }

    public init(table: DataTable, stage: String = "terms") throws(StageError) {
        for column in ["entry", "lemma", "english"] where table.column(column) == nil {
            throw StageError(stage: stage, kind: "bad-data", message: "\(TermBase.relativePath) has no '\(column)' column")
        }
        func list(_ s: String?) -> [String] {
            (s ?? "").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        entries = table.records.compactMap { r in
            let lemma = (r["lemma"] ?? "").trimmingCharacters(in: .whitespaces)
            let id = (r["entry"] ?? "").trimmingCharacters(in: .whitespaces)
            guard !lemma.isEmpty, !id.isEmpty else { return nil }
            return TermEntry(id: id, lemma: lemma, variants: list(r["variants"]),
                             english: (r["english"] ?? "").trimmingCharacters(in: .whitespaces),
                             synonyms: list(r["synonyms"]), pos: r["pos"] ?? "", domain: r["domain"] ?? "")
        }
    }
}
