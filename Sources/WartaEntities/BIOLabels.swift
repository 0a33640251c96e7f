import WartaCore

/// The tag set of the sequence model: `O` plus `B-`/`I-` for each entity type, in a fixed order
/// that the model file also records.
public enum BIOLabels {
    /// Entity types in tag order.
    public static let types: [EntityLabel] = [.PER, .ORG, .LOC, .PRODUCT]
    /// Tag names: `O`, `B-PER`, `I-PER`, `B-ORG`, … (9 tags).
    public static let names: [String] = ["O"] + types.flatMap { ["B-\($0.rawValue)", "I-\($0.rawValue)"] }
    public static var count: Int { names.count }

    /// Tag index of a CoNLL tag; unknown types (MISC, DATE, …) become `O`. Accepts the NER-UI and
    /// OntoNotes spellings (`PERSON`, `ORGANIZATION`, `LOCATION`, `GPE`).
    public static func index(of tag: Substring) -> Int {
        guard tag.count > 2, let dash = tag.firstIndex(of: "-") else { return 0 }
        let prefix = tag[..<dash]
        var type = String(tag[tag.index(after: dash)...])
        switch type {
        case "PERSON": type = "PER"
        case "ORGANIZATION", "ORGANISATION": type = "ORG"
        case "LOCATION", "GPE": type = "LOC"
        default: break
        }
        guard let t = types.firstIndex(where: { $0.rawValue == type }) else { return 0 }
        return prefix == "B" || prefix == "S" ? 1 + 2 * t : 2 + 2 * t
    }

    @inline(__always) static func isBegin(_ y: Int) -> Bool { y > 0 && y & 1 == 1 }
    @inline(__always) static func isInside(_ y: Int) -> Bool { y > 0 && y & 1 == 0 }
    /// Type index (0-based into `types`) of a non-O tag.
    @inline(__always) static func typeIndex(_ y: Int) -> Int { (y - 1) >> 1 }

    /// Whether tag `y` may follow tag `prev` (`prev == -1`: sentence start): `I-X` only after `B-X`/`I-X`.
    @inline(__always) static func allowed(_ prev: Int, _ y: Int) -> Bool {
        guard isInside(y) else { return true }
        return prev > 0 && typeIndex(prev) == typeIndex(y)
    }

    /// Entity spans `(firstToken, endToken, typeIndex)` of a tag sequence; a stray `I-X` opens an entity.
    static func chunks(_ tags: [Int]) -> [(Int, Int, Int)] {
        var out: [(Int, Int, Int)] = []
        var start = -1, type = -1
        for (i, y) in tags.enumerated() {
            let continues = isInside(y) && start >= 0 && typeIndex(y) == type
            if continues { continue }
            if start >= 0 { out.append((start, i, type)); start = -1 }
            if y > 0 { start = i; type = typeIndex(y) }
        }
        if start >= 0 { out.append((start, tags.count, type)) }
        return out
    }
}
