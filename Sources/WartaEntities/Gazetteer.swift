import Foundation
import WartaCore

/// Lists of known names (organizations, products, people, places) matched as token sequences.
///
/// Entries are tokenized with `NERTokenizer` and stored as hashes of their token sequence, once
/// as written and once lower-cased; matching is greedy longest-first, left to right. The hits are
/// features of the tagger, and exact-case product hits also label products (the public training
/// data has no PRODUCT tag).
public struct Gazetteer: Sendable {
    /// Sequence hash → `SequenceTable` entry, exact case and lower case.
    var exact = SequenceTable()
    var lower = SequenceTable()
    /// Longest entry in tokens.
    var maxTokens = 0
    /// Number of entries.
    public private(set) var count = 0
    /// Bit sets of the first tokens' hashes (as written / lower-cased): a token whose bit is
    /// clear starts no entry, so most tokens are passed over without a table lookup.
    var firstExact = [UInt64](repeating: 0, count: Gazetteer.firstWords)
    var firstLower = [UInt64](repeating: 0, count: Gazetteer.firstWords)
    static let firstWords = 1024

    @inline(__always) static func firstBit(_ h: UInt64) -> (word: Int, bit: UInt64) {
        let k = Int(truncatingIfNeeded: h ^ (h >> 32)) & (firstWords * 64 - 1)
        return (k >> 6, 1 << UInt64(k & 63))
    }

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
        let infos = TokenInfo.tokens(of: trimmed).1
        guard !infos.isEmpty else { return }
        let fe = Self.firstBit(infos[0].raw), fl = Self.firstBit(infos[0].lower)
        firstExact[fe.word] |= fe.bit
        firstLower[fl.word] |= fl.bit
        var he: UInt64 = 1, hl: UInt64 = 1
        for (k, info) in infos.enumerated() {
            he = Self.step(he, info.raw); hl = Self.step(hl, info.lower)
            if k < infos.count - 1 { exact.markPrefix(he); lower.markPrefix(hl) }
        }
        if exact.setTypeIfAbsent(he, UInt8(type)) { count += 1 }
        _ = lower.setTypeIfAbsent(hl, UInt8(type))
        maxTokens = max(maxTokens, infos.count)
    }

    /// Marks gazetteer hits on the tokens: `gazExact` / `gazLower` get `1 + 2*type (+1 inside)`.
    func mark(_ infos: inout [TokenInfo]) {
        guard count > 0 else { return }
        let n = infos.count
        for exactCase in [true, false] {
            let table = exactCase ? exact : lower
            let first = exactCase ? firstExact : firstLower
            var i = 0
            while i < n {
                let f = Self.firstBit(exactCase ? infos[i].raw : infos[i].lower)
                if first[f.word] & f.bit == 0 { i += 1; continue }
                var h: UInt64 = 1
                var best = 0, bestType: UInt8 = 0
                var j = i
                while j < n && j - i < maxTokens {
                    h = Self.step(h, exactCase ? infos[j].raw : infos[j].lower)
                    j += 1
                    let v = table.value(h)
                    if v & SequenceTable.typeMask != 0 { best = j - i; bestType = (v & SequenceTable.typeMask) - 1 }
                    if v & SequenceTable.prefixBit == 0 { break }
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

/// An open-addressing table from token-sequence hash to a byte: type + 1 in the low bits (0: no
/// entry ends here) and a flag for "some entry continues". Replaces `Dictionary`/`Set`, whose
/// SipHash cost 12 % of tagging time.
struct SequenceTable: Sendable {
    static let typeMask: UInt8 = 0x07
    static let prefixBit: UInt8 = 0x08
    private(set) var keys: [UInt64] = [UInt64](repeating: 0, count: 16)
    private(set) var values: [UInt8] = [UInt8](repeating: 0, count: 16)
    private(set) var used = 0

    @inline(__always) static func key(_ h: UInt64) -> UInt64 { h == 0 ? 1 : h }

    @inline(__always) func slot(_ k: UInt64) -> Int {
        let mask = keys.count - 1
        var s = Int(truncatingIfNeeded: k >> 17) & mask
        while keys[s] != 0 && keys[s] != k { s = (s + 1) & mask }
        return s
    }

    /// The byte stored for a hash (0 when absent).
    @inline(__always) func value(_ h: UInt64) -> UInt8 {
        let k = Self.key(h)
        let s = slot(k)
        return keys[s] == k ? values[s] : 0
    }

    private mutating func update(_ h: UInt64, _ body: (inout UInt8) -> Void) {
        if (used + 1) * 2 > keys.count { grow() }
        let k = Self.key(h)
        let s = slot(k)
        if keys[s] == 0 { keys[s] = k; used += 1 }
        body(&values[s])
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [UInt8](repeating: 0, count: oldKeys.count * 2)
        for (k, v) in zip(oldKeys, oldValues) where k != 0 {
            let s = slot(k)
            keys[s] = k; values[s] = v
        }
    }

    mutating func markPrefix(_ h: UInt64) { update(h) { $0 |= Self.prefixBit } }

    /// Sets the type unless one is set; true when it was set now.
    mutating func setTypeIfAbsent(_ h: UInt64, _ type: UInt8) -> Bool {
        var added = false
        update(h) { v in
            if v & Self.typeMask == 0 { v |= type + 1; added = true }
        }
        return added
    }
}
