/// Every affixed form of the term base's words that the affix analyser accepts, computed once when
/// the stage loads, so that aligning a word costs one hash lookup instead of an analysis.
///
/// Built by generation then verification: each base word gets every prefix surface the analyser
/// knows (with and without the initial consonant a nasal deletes) and every derivational suffix;
/// each generated form is then analysed, and the analyses whose base is a term-base word are kept.
/// Because the generator produces every string the analyser could cut into a known base, the table
/// holds exactly what running the analyser on each token would find (clitics are stripped at match
/// time: `melatihnya` = `melatih` + `-nya`). Measured: per-token analysis ran the stage at
/// ~16 MB/s with 470 entries; the table lookup is several times faster.
struct DerivedFormTable: Sendable {
    /// One way a derived form reaches a base word.
    struct Reading: Sendable, Hashable {
        var base: Int32
        /// A verb form (meN-, di-, ter-, ber-, -kan, -i) rather than bare -an.
        var verbal: Bool
    }

    let forms: WordTable
    /// Readings of form `i`: `readings[start[i]..<start[i+1]]`.
    let readings: [Reading]
    let start: [Int32]

    /// Prefix surfaces the analyser strips, with the initial consonant it may restore.
    static let prefixes: [(String, UInt8)] = [
        ("", 0), ("memper", 0), ("diper", 0), ("di", 0), ("ter", 0), ("te", 0), ("ber", 0), ("be", 0),
        ("bel", 0), ("ke", 0), ("per", 0),
        ("me", 0), ("mem", 0), ("mem", 0x70), ("men", 0), ("men", 0x74), ("meng", 0), ("meng", 0x6B),
        ("menge", 0), ("meny", 0x73),
        ("pe", 0), ("pem", 0), ("pem", 0x70), ("pen", 0), ("pen", 0x74), ("peng", 0), ("peng", 0x6B),
        ("penge", 0), ("peny", 0x73),
    ]
    static let suffixes = ["", "kan", "i", "an"]

    /// `isTerm(id)`: the word is a one-word term (derived forms only ever align as one word, so
    /// the forms of words that occur only inside multiword terms are not needed).
    init(words: WordTable, isTerm: (Int32) -> Bool) {
        var formList: [String] = []
        var readingList: [[Reading]] = []
        var seen: Set<String> = []
        for (baseID, base) in words.words.enumerated() where isTerm(Int32(baseID)) {
            let bytes = Array(base.utf8)
            guard bytes.count >= AffixAnalyzer.minimumBaseLength,
                  bytes.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }) else { continue }
            for (prefix, restore) in Self.prefixes {
                if restore != 0 && bytes[0] != restore { continue }
                let stem = restore != 0 ? String(decoding: bytes.dropFirst(), as: UTF8.self) : base
                for suffix in Self.suffixes where !(prefix.isEmpty && suffix.isEmpty) {
                    let form = prefix + stem + suffix
                    guard seen.insert(form).inserted else { continue }
                    let r = Self.analyse(form, words: words).filter { isTerm($0.base) }
                    if !r.isEmpty { formList.append(form); readingList.append(r) }
                }
            }
        }
        forms = WordTable(formList)
        var flat: [Reading] = []
        var starts: [Int32] = [0]
        for r in readingList { flat.append(contentsOf: r); starts.append(Int32(flat.count)) }
        readings = flat; start = starts
    }

    /// The analyses of `form` (no clitics) whose base is a word of `words`, by the stage's rules.
    static func analyse(_ form: String, words: WordTable) -> [Reading] {
        var out: [Reading] = []
        var f = form
        let ownWord = words.id(of: form) != nil
        f.withUTF8 { w in
            AffixAnalyzer.segmentations(w) { seg in
                guard seg.clitic == .none else { return true }
                // Nominalisations with a prefix (`pelatihan`, `kebiasaan`) are lemmas of their own
                // or no term. Bare -an on a root takes the root (`retasan` → `retas`) unless the
                // term base knows the -an word itself (`latihan`, from `data latihan`): then it is a
                // word of its own (*exercise*), not a form of `latih`.
                if seg.kind == .nominal && (seg.prefix != .none || ownWord) { return true }
                if let id = words.id(of: UnsafeBufferPointer(rebasing: w[seg.baseStart..<seg.baseEnd]), restore: seg.restore) {
                    let r = Reading(base: id, verbal: seg.kind == .verbal || seg.kind == .nominal)
                    if !out.contains(r) { out.append(r) }
                }
                return true
            }
        }
        return out
    }

    /// The readings of a lower-case form with FNV-1a hash `hash`, or an empty range.
    @inline(__always) func readings(of form: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Range<Int> {
        guard let id = forms.id(of: form, hash: hash) else { return 0..<0 }
        return Int(start[Int(id)])..<Int(start[Int(id) + 1])
    }
}
