import Foundation

/// The 9 per-tag sums of some weight rows, exact in 32 bits (tags 0–7 as a vector, tag 8 apart).
struct RowSum {
    var v = SIMD8<Int32>()
    var s: Int32 = 0

    @inline(__always) static func + (a: RowSum, b: RowSum) -> RowSum { RowSum(v: a.v &+ b.v, s: a.s &+ b.s) }
}

/// What the tagger knows about a word from its bytes alone, remembered by each worker across
/// sentences and documents: the token info and the summed weight rows of the templates that read
/// only this word (`FeatureTemplates.word`). Words are matched by their bytes, and integer sums
/// are exact in any grouping, so the scores are exactly those computed without the cache.
struct WordCache {
    /// What a word contributes, by the position of the token that receives it.
    struct Sums {
        /// Rows of the word's own templates plus the constant bias template.
        var own = RowSum()
        /// Rows this word gives the token after it / after the next / before it / before the previous.
        var asPrevious = RowSum(), asSecondPrevious = RowSum()
        var asNext = RowSum(), asSecondNext = RowSum()
    }

    /// Entry 0 stands for the positions before the sentence, entry 1 for those after it.
    static let before: Int32 = 0, after: Int32 = 1
    /// Words kept (about 400 bytes each) before `startOverIfFull` empties the cache, so memory
    /// stays flat; a sentence's words are all added, so one long sentence may pass it.
    let limit: Int

    private(set) var infos: [TokenInfo] = []
    private(set) var sums: [Sums] = []
    private var raws: [UInt64] = []
    private var spans: [(offset: Int32, length: Int32)] = []
    private var bytes: [UInt8] = []
    private var slots = [Int32](repeating: -1, count: 1 << 12)

    init(before: Sums, after: Sums, limit: Int = 1 << 14) {
        self.limit = limit
        infos = [TokenInfo(), TokenInfo()]
        sums = [before, after]
        raws = [0, 0]
        spans = [(0, 0), (0, 0)]
    }

    /// The entry of the word in bytes `lo..<hi` of `p` whose raw hash is `raw`, or nil.
    @inline(__always)
    func find(_ p: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int, raw: UInt64) -> Int32? {
        let mask = slots.count - 1
        var s = Self.slot(raw) & mask
        let len = hi - lo
        return slots.withUnsafeBufferPointer { sl in
            raws.withUnsafeBufferPointer { r in
                spans.withUnsafeBufferPointer { sp in
                    bytes.withUnsafeBufferPointer { b in
                        while true {
                            let e = sl[s]
                            if e < 0 { return nil }
                            if r[Int(e)] == raw, Int(sp[Int(e)].length) == len,
                               memcmp(b.baseAddress! + Int(sp[Int(e)].offset), p + lo, len) == 0 {
                                return e
                            }
                            s = (s + 1) & mask
                        }
                    }
                }
            }
        }
    }

    /// Adds the word in bytes `lo..<hi` of `p` with its info and sums; returns its entry.
    mutating func add(_ info: TokenInfo, _ sum: Sums, _ p: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int) -> Int32 {
        if (infos.count + 1) * 2 > slots.count { grow() }
        spans.append((Int32(bytes.count), Int32(hi - lo)))
        bytes.append(contentsOf: UnsafeBufferPointer(start: p + lo, count: hi - lo))
        let index = Int32(infos.count)
        infos.append(info); sums.append(sum); raws.append(info.raw)
        insert(index)
        return index
    }

    /// Empties the cache when it holds `limit` words or more. Only between sentences: entry
    /// numbers handed out before are invalid afterwards.
    mutating func startOverIfFull() {
        guard infos.count >= limit else { return }
        infos.removeSubrange(2...); sums.removeSubrange(2...); raws.removeSubrange(2...); spans.removeSubrange(2...)
        bytes.removeAll(keepingCapacity: true)
        for k in slots.indices { slots[k] = -1 }
    }

    @inline(__always) private static func slot(_ raw: UInt64) -> Int { Int(truncatingIfNeeded: raw ^ (raw >> 29)) }

    private mutating func insert(_ index: Int32) {
        let mask = slots.count - 1
        var s = Self.slot(raws[Int(index)]) & mask
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = index
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for k in 2..<infos.count { insert(Int32(k)) }
    }
}

/// Workspaces handed to the documents being tagged, so each worker keeps its word cache and
/// buffers from one document to the next (one workspace per concurrent caller).
final class WorkspacePool: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [EntityTagger.Workspace] = []

    /// A workspace nobody else uses (a new one when all are taken).
    func take() -> EntityTagger.Workspace {
        lock.lock(); defer { lock.unlock() }
        return free.popLast() ?? EntityTagger.Workspace()
    }

    /// Returns a workspace for the next caller.
    func give(_ w: EntityTagger.Workspace) {
        lock.lock(); defer { lock.unlock() }
        free.append(w)
    }
}
