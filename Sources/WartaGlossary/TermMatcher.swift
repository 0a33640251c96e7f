import WartaCore

/// Longest-match term alignment over a document's words.
///
/// Each word part offers the trie some candidate word ids: its own form (lower-cased; in its own
/// case for acronyms) and the bases the affix analyser finds in the term base. Derived candidates
/// carry a position rule, because Indonesian multiword terms inflect at their edges only: a verb
/// form (`dilatih`, `menginvestasikan`) is a whole one-word term; a reduplicated head
/// (`model-model bahasa`) starts a match; a clitic (`model bahasanya`) ends one. Nominalisations
/// with a prefix (`pelatihan`, `pelabel`) never take their root's entry: they are entries of their
/// own, or no term (the Corpus convention, `Corpus/README.md`).
public struct TermMatcher: Sendable {
    public let trie: TermTrie
    let derived: DerivedFormTable
    let filter: HashFilter
    /// Entries that are one-word verb roots (`pos = verb`): matched only in affixed forms.
    let verbRoot: [Bool]

    public init(entries: [TermEntry]) {
        trie = TermTrie(entries: entries)
        let trie = self.trie
        derived = DerivedFormTable(words: trie.words) { id in
            trie.child(TermTrie.root, id).map { trie.entry(at: $0) != nil } ?? false
        }
        verbRoot = entries.map { $0.pos == "verb" && !$0.lemma.contains(" ") }
        filter = HashFilter(hashes: Array(trie.words.allHashes) + Array(derived.forms.allHashes))
    }

    /// One candidate word id for the trie, spanning `width` parts.
    struct Candidate {
        var id: Int32
        var width: Int
        var mustStart: Bool
        var mustEnd: Bool
        /// 0 for the word's own form; derived forms lose ties against it.
        var cost: Int
        /// A verb form or another affixed reading (what a `pos = verb` root needs).
        var affixed: Bool = false
    }

    /// A match: parts `first...last` and the entry.
    public struct Match: Sendable, Hashable {
        public var span: Span
        public var entry: Int
    }

    /// English and Indonesian function words seen while matching (`EnglishTextGuess`).
    public struct FunctionWordCount: Sendable, Hashable {
        public var english = 0
        public var indonesian = 0
        /// English clearly outnumbers Indonesian: the page is not in Indonesian.
        public var readsAsEnglish: Bool { english >= 5 && english > 2 * indonesian }
    }

    /// All matches in `doc` (left to right, longest first, none over an entity or a quantity).
    public func matches(in doc: AnnotatedDocument) -> [Match] { scan(doc).matches }

    /// The matches of `doc` and the function words counted on the way (one pass serves both).
    public func scan(_ doc: AnnotatedDocument) -> (matches: [Match], functionWords: FunctionWordCount) {
        var blocked = doc.entities.map(\.span) + doc.quantities.map(\.span)
        blocked.sort()
        return doc.withUTF8 { text in
            let parts = WordUnits.parts(of: doc, text: text, blocked: blocked)
            var count = FunctionWordCount()
            let found = filter.withBits { match(parts: parts, text: text, filterBits: $0, functionWords: &count) }
            return (found, count)
        }
    }

    private func match(parts: [WordPart], text: UnsafeBufferPointer<UInt8>, filterBits: UnsafeBufferPointer<UInt64>,
                       functionWords: inout FunctionWordCount) -> [Match] {
        var out: [Match] = []
        // Candidates per part, computed lazily: most parts are never reached beyond the root.
        var candStart = [Int32](repeating: -1, count: parts.count)
        var candEnd = [Int32](repeating: 0, count: parts.count)
        var cands: [Candidate] = []
        cands.reserveCapacity(64)
        var longest = 0
        for part in parts { longest = max(longest, part.bytes.count) }
        // Lower-case bytes of the current part (non-ASCII may grow when lower-cased: ×3 margin).
        let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: longest * 3 + 8)
        defer { scratch.deallocate() }

        var p = 0
        var stack: [(Int32, Int, Int)] = []
        stack.reserveCapacity(16)
        while p < parts.count {
            guard parts[p].canStart, !parts[p].blocked else { p += 1; continue }
            var bestEnd = -1, bestCost = Int.max, bestEntry = -1
            // Depth-first over (node, next part, cost); paths are short and branch little.
            stack.append((TermTrie.root, p, 0))
            while let (node, k, cost) = stack.popLast() {
                guard k < parts.count, !parts[k].blocked else { continue }
                if candStart[k] < 0 {
                    candStart[k] = Int32(cands.count)
                    collect(k, parts: parts, text: text, scratch: scratch, filter: filterBits, into: &cands,
                            functionWords: &functionWords)
                    candEnd[k] = Int32(cands.count)
                }
                var ci = Int(candStart[k])
                let ce = Int(candEnd[k])
                while ci < ce {
                    let c = cands[ci]
                    ci += 1
                    if c.mustStart && k != p { continue }
                    guard let next = trie.child(node, c.id) else { continue }
                    let end = k + c.width - 1
                    var clear = true
                    for j in k...end where parts[j].blocked { clear = false }
                    if !clear { continue }
                    let total = cost + c.cost
                    // A verb root (`proses`, `latih`) is a term only in an affixed form: bare
                    // `proses` is the noun *process* (`Glossary/terms/TERMBASE.md`, pos = verb).
                    if parts[end].canEnd, let e = trie.entry(at: next), !(verbRoot[e] && !(k == p && c.affixed)),
                       end > bestEnd || (end == bestEnd && total < bestCost) {
                        bestEnd = end; bestCost = total; bestEntry = e
                    }
                    if !c.mustEnd { stack.append((next, end + 1, total)) }
                }
            }
            if bestEnd >= 0 {
                out.append(Match(span: Span(parts[p].span.start, parts[bestEnd].span.end), entry: bestEntry))
                p = bestEnd + 1
            } else {
                p += 1
            }
        }
        return out
    }

    /// `lah`, `pun` or `kah`.
    @inline(__always) static func isParticle(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        (t[0] == 0x6C && t[1] == 0x61 && t[2] == 0x68) || (t[0] == 0x70 && t[1] == 0x75 && t[2] == 0x6E)
            || (t[0] == 0x6B && t[1] == 0x61 && t[2] == 0x68)
    }

    /// Adds the candidates of a word stripped of a clitic: they end the match.
    @inline(__always)
    private func clitic(_ rest: UnsafeBufferPointer<UInt8>, hash: UInt64, _ cands: inout [Candidate], from start: Int,
                        filter: UnsafeBufferPointer<UInt64>) {
        guard HashFilter.mayContain(filter, hash) else { return }
        if let id = trie.words.id(of: rest, hash: hash) {
            TermMatcher.add(Candidate(id: id, width: 1, mustStart: false, mustEnd: true, cost: 1), &cands, from: start)
        }
        addDerived(rest, hash: hash, &cands, from: start)
    }

    /// Adds the derived-form readings of `form`: one-word matches only.
    @inline(__always)
    private func addDerived(_ form: UnsafeBufferPointer<UInt8>, hash: UInt64, _ cands: inout [Candidate], from start: Int) {
        for i in derived.readings(of: form, hash: hash) {
            let r = derived.readings[i]
            TermMatcher.add(Candidate(id: r.base, width: 1, mustStart: true, mustEnd: true, cost: 1, affixed: true),
                            &cands, from: start)
        }
    }

    /// Appends `c` unless a candidate with its id and width exists from `start` on (keeps the cheaper).
    @inline(__always)
    static func add(_ c: Candidate, _ cands: inout [Candidate], from start: Int) {
        var j = start
        while j < cands.count {
            if cands[j].id == c.id && cands[j].width == c.width {
                if c.cost < cands[j].cost { cands[j] = c }
                return
            }
            j += 1
        }
        cands.append(c)
    }

    /// The candidates of part `k`: its own form, acronym case, affix analyses, and analyses of its
    /// whole hyphenated word when `k` is the word's first part (`model-model`, `di-scrape`).
    private func collect(_ k: Int, parts: [WordPart], text: UnsafeBufferPointer<UInt8>,
                         scratch: UnsafeMutableBufferPointer<UInt8>, filter: UnsafeBufferPointer<UInt64>,
                         into cands: inout [Candidate], functionWords: inout FunctionWordCount) {
        let part = parts[k]
        let start = cands.count
        let words = trie.words
        let raw = UnsafeBufferPointer(rebasing: text[part.bytes])
        // One pass lower-cases the word and hashes it (FNV-1a), keeping the hashes of the word
        // without a 3- or 6-byte clitic (`-nya`, `-lah`, `-nyalah`): FNV hashes every prefix on
        // its way to the whole. Non-ASCII words take the slow path.
        var length = raw.count
        var hasUpper = false
        var h: UInt64 = 0xcbf29ce484222325
        var h3: UInt64 = 0, h6: UInt64 = 0
        var ascii = true
        for i in 0..<length {
            let b = raw[i]
            if b >= 0x80 { ascii = false; break }
            var l = b
            if b &- 0x41 < 26 { l = b | 0x20; hasUpper = true }
            scratch[i] = l
            if i == length - 3 { h3 = h }
            if i == length - 6 { h6 = h }
            h = (h ^ UInt64(l)) &* 0x100000001b3
        }
        if !ascii {
            (length, hasUpper) = Lowercase.into(scratch, raw)
            h = 0xcbf29ce484222325
            for i in 0..<length {
                if i == length - 3 { h3 = h }
                if i == length - 6 { h6 = h }
                h = (h ^ UInt64(scratch[i])) &* 0x100000001b3
            }
        }
        let lower = UnsafeBufferPointer(rebasing: scratch[0..<length])
        if length >= 2 && length <= 4 && part.canStart && part.canEnd {
            var key: UInt32 = 0
            for i in 0..<length { key = key << 8 | UInt32(lower[i]) }
            if EnglishTextGuess.english.contains(key) { functionWords.english += 1 }
            else if EnglishTextGuess.indonesian.contains(key) { functionWords.indonesian += 1 }
        }
        if HashFilter.mayContain(filter, h) {
            if let id = words.id(of: lower, hash: h) {
                TermMatcher.add(Candidate(id: id, width: 1, mustStart: false, mustEnd: false, cost: 0), &cands, from: start)
            }
            addDerived(lower, hash: h, &cands, from: start)
        }
        if hasUpper, let id = words.id(of: raw) {
            TermMatcher.add(Candidate(id: id, width: 1, mustStart: false, mustEnd: false, cost: 0), &cands, from: start)
        }
        // Clitics: `-nya`, `-lah`, `-pun`, `-kah`, `-nyalah`, `-nyapun` end a match.
        let minimum = AffixAnalyzer.minimumBaseLength + 3
        var end = length
        var hEnd = h3
        if end >= minimum, TermMatcher.isParticle(UnsafeBufferPointer(rebasing: lower[(end - 3)..<end])) {
            end -= 3
            clitic(UnsafeBufferPointer(rebasing: lower[0..<end]), hash: h3, &cands, from: start, filter: filter)
            hEnd = h6
        }
        if end >= minimum, lower[end - 3] == 0x6E, lower[end - 2] == 0x79, lower[end - 1] == 0x61 { // -nya
            clitic(UnsafeBufferPointer(rebasing: lower[0..<(end - 3)]), hash: hEnd, &cands, from: start, filter: filter)
        }
        // Hyphenated words, from their first part: x-x, x-xnya, di-x, x-nya.
        if part.canStart && part.wordLast > k {
            hyphenated(k, parts: parts, text: text) { TermMatcher.add($0, &cands, from: start) }
        }
    }

    private func hyphenated(_ k: Int, parts: [WordPart], text: UnsafeBufferPointer<UInt8>, add: (Candidate) -> Void) {
        let last = parts[k].wordLast
        let width = last - k + 1
        let words = trie.words
        func lowered(_ j: Int) -> [UInt8] { Lowercase.bytes(UnsafeBufferPointer(rebasing: text[parts[j].bytes])) }
        guard width == 2 else { return }
        let a = lowered(k), b = lowered(last)
        a.withUnsafeBufferPointer { ab in
            b.withUnsafeBufferPointer { bb in
                let rawA = UnsafeBufferPointer(rebasing: text[parts[k].bytes])
                if a == b || (b.count == a.count + 3 && b.starts(with: a) && b.suffix(3).elementsEqual("nya".utf8)) {
                    // Reduplication: the plural of the head (`model-model`, `pusat-pusat data`).
                    let clitic = a != b
                    for id in [words.id(of: ab), words.id(of: rawA)].compactMap({ $0 }) {
                        add(Candidate(id: id, width: 2, mustStart: true, mustEnd: clitic, cost: 1))
                    }
                } else if b.elementsEqual("nya".utf8) || b.elementsEqual("lah".utf8) || b.elementsEqual("pun".utf8) {
                    // A clitic after a foreign word or acronym: `dataset-nya`, `GPU-nya`.
                    for id in [words.id(of: ab), words.id(of: rawA)].compactMap({ $0 }) {
                        add(Candidate(id: id, width: 2, mustStart: false, mustEnd: true, cost: 1))
                    }
                } else if a.elementsEqual("di".utf8) || a.elementsEqual("me".utf8) || a.elementsEqual("men".utf8)
                            || a.elementsEqual("meng".utf8) || a.elementsEqual("mem".utf8) || a.elementsEqual("ter".utf8)
                            || a.elementsEqual("ber".utf8) {
                    // A verbal prefix before a foreign base: `di-scrape`, `men-training`.
                    let rawB = UnsafeBufferPointer(rebasing: text[parts[last].bytes])
                    for id in [words.id(of: bb), words.id(of: rawB)].compactMap({ $0 }) {
                        add(Candidate(id: id, width: 2, mustStart: true, mustEnd: true, cost: 1, affixed: true))
                    }
                }
            }
        }
    }
}

/// ASCII lower-casing into a scratch buffer (non-ASCII letters through `String.lowercased()`).
enum Lowercase {
    /// Writes the lower-case form of `raw` into `scratch` (at least 3× its length); returns its
    /// length and whether `raw` had any upper-case letter.
    @inline(__always)
    static func into(_ scratch: UnsafeMutableBufferPointer<UInt8>, _ raw: UnsafeBufferPointer<UInt8>) -> (length: Int, hadUpper: Bool) {
        var ascii = true
        for b in raw where b >= 0x80 { ascii = false; break }
        if !ascii {
            let l = bytes(raw)
            let n = min(l.count, scratch.count)
            for i in 0..<n { scratch[i] = l[i] }
            return (n, !l.elementsEqual(raw))
        }
        var upper = false
        var i = 0
        for b in raw {
            if b >= 0x41 && b <= 0x5A { scratch[i] = b | 0x20; upper = true } else { scratch[i] = b }
            i += 1
        }
        return (raw.count, upper)
    }

    /// The lower-case bytes of `raw`.
    static func bytes(_ raw: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var ascii = true
        for b in raw where b >= 0x80 { ascii = false; break }
        if ascii { return raw.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } }
        return Array(String(decoding: raw, as: UTF8.self).lowercased().utf8)
    }
}
