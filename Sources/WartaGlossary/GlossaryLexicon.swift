import Foundation
import WartaCore

/// One general-vocabulary translation from `terms/fallback.tsv` (built by
/// `scripts/build_fallback.py` from the open dictionaries; `source` keeps each pair traceable).
public struct FallbackEntry: Sendable, Hashable {
    public var english: String
    public var alternatives: [String]
    public var pos: String
    /// `wnb:<synset>`, `omw-wikt:<synset>` or `freedict-eng-ind`.
    public var source: String
    public var licence: String
}

/// The data `warta glossary build` and `lookup` use besides the term base: the fallback
/// dictionary (Indonesian → English for general words), general-Indonesian word frequencies
/// (the background for termhood), and function words (never the edge of a candidate).
/// Not used by the `terms` stage, which matches the curated term base only.
public struct GlossaryLexicon: Sendable {
    public let fallback: [String: FallbackEntry]
    /// English words known to the dictionaries (to recognise loanwords).
    public let englishWords: Set<String>
    /// Zipf frequency of a word in general Indonesian text (`terms/general-frequencies.tsv`).
    public let generalZipf: [String: Double]
    public let functionWords: Set<String>

    public init(fallback: [String: FallbackEntry], generalZipf: [String: Double], functionWords: Set<String>) {
        self.fallback = fallback
        self.generalZipf = generalZipf
        self.functionWords = functionWords
        var english: Set<String> = []
        for e in fallback.values {
            for w in ([e.english] + e.alternatives) {
                for part in w.lowercased().split(separator: " ") { english.insert(String(part)) }
            }
        }
        englishWords = english
    }

    /// Loads the three files from the data folder.
    public init(config: StageConfig) throws(StageError) {
        let stage = "glossary"
        var fb: [String: FallbackEntry] = [:]
        let table = try DataTable.load("terms/fallback.tsv", config: config, stage: stage)
        for r in table.records {
            guard let id = r["indonesian"], !id.isEmpty, let en = r["english"], !en.isEmpty else { continue }
            fb[id] = FallbackEntry(english: en,
                                   alternatives: (r["alternatives"] ?? "").split(separator: "|").map(String.init),
                                   pos: r["pos"] ?? "", source: r["source"] ?? "", licence: r["licence"] ?? "")
        }
        var zipf: [String: Double] = [:]
        for r in try DataTable.load("terms/general-frequencies.tsv", config: config, stage: stage).rows where r.count >= 2 {
            zipf[r[0]] = Double(r[1]) ?? 0
        }
        let fw = try DataTable.load("terms/function-words.tsv", config: config, stage: stage).rows.compactMap(\.first)
        self.init(fallback: fb, generalZipf: zipf, functionWords: Set(fw))
    }

    /// True when `word` (lower-case) is an Indonesian word the dictionaries or the frequency list
    /// know, directly or through the affix analyser.
    public func isIndonesian(_ word: String) -> Bool {
        if fallback[word] != nil { return true }
        return !AffixAnalyzer.analyses(of: word) { fallback[$0] != nil }.isEmpty
    }
}
