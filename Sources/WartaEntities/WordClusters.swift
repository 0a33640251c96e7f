import Foundation
import WartaCore

/// Word → cluster id, keyed by the hash of the lower-cased word. Empty when no cluster file
/// ships; the templates then see "unknown" for every word, which costs nothing.
struct WordClusters: Sendable {
    var ids: [UInt64: UInt32] = [:]

    /// Cluster id + 1, or 0 for unknown words.
    @inline(__always) func cluster(ofLowerHash h: UInt64) -> UInt32 { ids.isEmpty ? 0 : (ids[h] ?? 0) }

    /// Loads `word<TAB>cluster` lines (the first column is lower-cased on load).
    static func load(url: URL) -> WordClusters {
        guard let data = FileManager.default.contents(atPath: url.path) else { return WordClusters() }
        var c = WordClusters()
        var names: [Substring: UInt32] = [:]
        let text = String(decoding: data, as: UTF8.self)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let cells = line.split(separator: "\t")
            guard cells.count >= 2 else { continue }
            let id: UInt32
            if let k = names[cells[1]] { id = k } else { id = UInt32(names.count + 1); names[cells[1]] = id }
            c.ids[FeatureHash.string(cells[0].lowercased())] = id
        }
        return c
    }
}
