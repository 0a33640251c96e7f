import Foundation

/// A TSV data file of Warta's `Glossary/` (UTF-8, one header row, `#` comment lines, tab-separated).
///
/// Set-up-time code: it uses Foundation splitting, which is fine once per process.
public struct DataTable: Sendable {
    public let header: [String]
    public let rows: [[String]]

    /// Loads `relativePath` from the data folder of `config`.
    public static func load(_ relativePath: String, config: StageConfig, stage: String) throws(StageError) -> DataTable {
        let url = try config.dataFile(relativePath, stage: stage)
        return try load(url: url, stage: stage)
    }

    public static func load(url: URL, stage: String) throws(StageError) -> DataTable {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw StageError(stage: stage, kind: "missing-data", message: "cannot read data file \(url.path)")
        }
        return parse(String(decoding: data, as: UTF8.self))
    }

    /// Parses TSV text: the first non-comment line is the header; empty lines are skipped.
    public static func parse(_ text: String) -> DataTable {
        var header: [String]?
        var rows: [[String]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            var l = Substring(line)
            if l.hasSuffix("\r") { l = l.dropLast() }
            if l.hasPrefix("#") || l.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let cells = l.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if header == nil { header = cells } else { rows.append(cells) }
        }
        return DataTable(header: header ?? [], rows: rows)
    }

    /// Index of a header column.
    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// Rows as dictionaries keyed by header names (missing trailing cells are "").
    public var records: [[String: String]] {
        rows.map { row in
            var d: [String: String] = [:]
            for (i, h) in header.enumerated() { d[h] = i < row.count ? row[i] : "" }
            return d
        }
    }
}
