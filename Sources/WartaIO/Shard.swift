import WartaCore

/// `--shard I/N`: which part of the input this process handles, so that N processes (Slurm array
/// tasks, Kubernetes indexed jobs, datatrove ranks) split a corpus with no splitter step.
///
/// Whole-file inputs (HTML and text files) are split by their index in the sorted input list;
/// records of JSONL and WARC files by a stable hash (FNV-1a, 64 bit) of their id. Every record falls
/// in exactly one shard, and the union of all shards is the unsharded input.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    public static let all = Shard(index: 0, count: 1)

    public init(index: Int, count: Int) { self.index = index; self.count = count }

    /// Parses `I/N` with 0 ≤ I < N.
    public init?(parsing s: String) {
        let parts = s.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, i >= 0, i < n else { return nil }
        index = i; count = n
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether the `k`-th whole-file input belongs to this shard.
    public func contains(fileIndex k: Int) -> Bool { count == 1 || k % count == index }

    /// Whether the record with this id belongs to this shard.
    public func contains(id: String) -> Bool { count == 1 || Int(Shard.fnv1a(id) % UInt64(count)) == index }

    /// FNV-1a 64-bit hash of the UTF-8 bytes: stable across runs, machines and Swift versions
    /// (unlike `Hasher`, which is seeded per process).
    public static func fnv1a(_ s: String) -> UInt64 { FNV1a.hash(s) }

    /// Keeps this shard's part of `sources`: whole files by index; record files stay (their records
    /// are filtered by id as they are read).
    public func select(_ sources: [InputSource]) -> [InputSource] {
        guard count > 1 else { return sources }
        var out: [InputSource] = []
        var fileIndex = 0
        for s in sources {
            if s.format == .html || s.format == .text {
                if contains(fileIndex: fileIndex) { out.append(s) }
                fileIndex += 1
            } else {
                out.append(s)
            }
        }
        return out
    }

    /// True when records of this source must be filtered by id.
    public func filtersRecords(of source: InputSource) -> Bool {
        count > 1 && source.format != .html && source.format != .text
    }
}
