import Foundation
import WartaCore

/// Lists of known names (organizations, products, people, places) matched as token sequences.
///
/// Entries are tokenized with `NERTokenizer` and stored as hashes of their token sequence, once
/// as written and once lower-cased; matching is greedy longest-first, left to right. The hits are
/// features of the tagger, and exact-case product hits also label products (the public training
/// data has no PRODUCT tag).
public struct Gazetteer: Sendable {
    /// Sequence hash → type index into `BIOLabels.types`, exact case and lower case.
    var exact: [UInt64: UInt8] = [:]
    var lower: [UInt64: UInt8] = [:]
    /// Hashes of every proper prefix of an entry's token sequence (to stop early).
    var exactPrefixes: Set<UInt64> = []
    var lowerPrefixes: Set<UInt64> = []
    /// Longest entry in tokens.
    var maxTokens = 0
    /// Number of entries.
    public private(set) var count = 0

    public init() {}

    /// The files read from `Glossary/entities/`, with the type each one gives.
    public static let files: [(String, EntityLabel)] = [
        ("gazetteer-products.tsv", .PRODUCT), ("gazetteer-orgs.tsv", .ORG),
        ("gazetteer-people.tsv", .PER), ("gazetteer-places.tsv", .LOC),
    ]

    /// Loads the gazetteer files of a data folder (`entities/gazetteer-*.tsv`); first listing wins.
    public static func load(config: StageConfig, stage: String) throws(StageError) -> Gazetteer {
        var g = Gazetteer()
        for (file, label) in files {
            let table = try DataTable.load("entities/\(file)", config: config, stage: stage)
            let col = table.column("name") ?? 0
            for row in table.rows where col < row.count { g.add(row[col], label: label) }
        }
        return g
    }

    @inline(__always) static func step(_ h: UInt64, _ tok: UInt64) -> UInt64 {
        FeatureHash.finalize(h &* 31 ^ tok)
    }

    /// Adds one name.
    public mutating func add(_ name: String, label: EntityLabel) {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, let type = BIOLabels.types.firstIndex(of: label) else { return }
        var s = trimmed
        var toks: [NERToken] = []
        var infos: [TokenInfo] = []
        var scratch: [UInt8] = []
        s.withUTF8 { p in
            NERTokenizer.tokenize(p, 0, p.count, cpStart: 0, into: &toks)
            for t in toks { infos.append(TokenInfo.make(p, Int(t.byteStart), Int(t.byteEnd), scratch: &scratch)) }
        }
        guard !infos.isEmpty else { return }
        var he: UInt64 = 1, hl: UInt64 = 1
        for (k, info) in infos.enumerated() {
            he = Self.step(he, info.raw); hl = Self.step(hl, info.lower)
            if k < infos.count - 1 { exactPrefixes.insert(he); lowerPrefixes.insert(hl) }
        }
        if exact[he] == nil { exact[he] = UInt8(type); count += 1 }
        if lower[hl] == nil { lower[hl] = UInt8(type) }
        maxTokens = max(maxTokens, infos.count)
    }

    /// Marks gazetteer hits on the tokens: `gazExact` / `gazLower` get `1 + 2*type (+1 inside)`.
    func mark(_ infos: inout [TokenInfo]) {
        guard count > 0 else { return }
        let n = infos.count
        for exactCase in [true, false] {
            var i = 0
            while i < n {
                var h: UInt64 = 1
                var best = 0, bestType: UInt8 = 0
                var j = i
                while j < n && j - i < maxTokens {
                    h = Self.step(h, exactCase ? infos[j].raw : infos[j].lower)
                    j += 1
                    if let t = exactCase ? exact[h] : lower[h] { best = j - i; bestType = t }
                    if !(exactCase ? exactPrefixes.contains(h) : lowerPrefixes.contains(h)) { break }
                }
                if best > 0 {
                    for k in i..<(i + best) {
                        let v = 1 + 2 * bestType + (k > i ? 1 : 0)
                        if exactCase { infos[k].gazExact = v } else { infos[k].gazLower = v }
                    }
                    i += best
                } else {
                    i += 1
                }
            }
        }
    }
}
