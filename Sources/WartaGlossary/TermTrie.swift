/// A trie over word sequences: each term-base form (`model bahasa besar`) is a path of word ids,
/// and the node at its end names the entry. Edges live in one flat dictionary keyed by
/// (node, word id), which keeps the whole structure three arrays and a dictionary of integers.
public final class TermTrie: Sendable {
    /// Word ids of every word in the term base: lower-case, except acronyms (see `TermKey`).
    public let words: WordTable
    /// (node << 32 | word id) → child node.
    private let edges: [UInt64: Int32]
    /// Node → entry index + 1 (0 = not the end of a form).
    private let terminal: [Int32]
    /// The entries, in term-base order.
    public let entries: [TermEntry]
    /// Number of words of the longest form.
    public let maximumLength: Int

    /// Builds the trie of every form (lemma and variants) of `entries`. A form listed by two
    /// entries belongs to the first.
    public init(entries: [TermEntry]) {
        var keyed: [([String], Int)] = []
        for (i, e) in entries.enumerated() {
            var seen: Set<[String]> = []
            for form in e.forms {
                let key = TermKey.words(of: form)
                if key.isEmpty || seen.contains(key) { continue }
                seen.insert(key)
                keyed.append((key, i))
            }
        }
        let table = WordTable(keyed.flatMap(\.0))
        var edges: [UInt64: Int32] = [:]
        var terminal: [Int32] = [0]
        var longest = 0
        for (key, entry) in keyed {
            var node: Int32 = 0
            for w in key {
                let id = table.id(of: w)!
                let k = UInt64(UInt32(node)) << 32 | UInt64(UInt32(id))
                if let next = edges[k] { node = next } else {
                    let next = Int32(terminal.count)
                    terminal.append(0)
                    edges[k] = next
                    node = next
                }
            }
            if terminal[Int(node)] == 0 { terminal[Int(node)] = Int32(entry + 1) }
            longest = max(longest, key.count)
        }
        self.words = table; self.edges = edges; self.terminal = terminal
        self.entries = entries; self.maximumLength = longest
    }

    /// The root node.
    public static let root: Int32 = 0

    /// The child of `node` along word `id`, or nil.
    @inline(__always) public func child(_ node: Int32, _ id: Int32) -> Int32? {
        edges[UInt64(UInt32(node)) << 32 | UInt64(UInt32(id))]
    }

    /// The entry index that ends at `node`, or nil.
    @inline(__always) public func entry(at node: Int32) -> Int? {
        let v = terminal[Int(node)]
        return v == 0 ? nil : Int(v - 1)
    }

    /// The entry of an exact form (any case, hyphen = space), or nil: for lookups and tests.
    public func entry(forForm form: String) -> TermEntry? {
        entryIndex(forForm: form).map { entries[$0] }
    }

    /// The index of the entry of an exact form, or nil.
    public func entryIndex(forForm form: String) -> Int? {
        var node = TermTrie.root
        for w in TermKey.words(of: form) {
            guard let id = words.id(of: w) ?? words.id(of: w.lowercased()), let next = child(node, id) else { return nil }
            node = next
        }
        return entry(at: node)
    }
}

/// How term-base forms become trie keys.
public enum TermKey {
    /// The words of a form: split at spaces and hyphens (`open-source` = `open source`), lower-cased
    /// unless the word is an acronym.
    public static func words(of form: String) -> [String] {
        form.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\t" || $0 == "\u{A0}" })
            .map { w in isCaseSensitive(w) ? String(w) : w.lowercased() }
    }

    /// Acronyms (`AI`, `GPU`, `LLM`, `B` in `seri B`) match only in their own case, so that `ai`,
    /// `Gpu` or the Indonesian word `data` in capitals are not confused with them: a word with
    /// upper-case letters and either no lower-case letter or two or more capitals (`GPUs`).
    public static func isCaseSensitive<S: StringProtocol>(_ w: S) -> Bool {
        var upper = 0, lower = 0
        for u in w.unicodeScalars {
            if u.properties.isUppercase { upper += 1 } else if u.properties.isLowercase { lower += 1 }
        }
        return upper > 0 && (lower == 0 || upper >= 2)
    }
}
