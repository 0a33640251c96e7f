/// Finds the element that holds a page's headline, and the deck (standfirst) printed right under it.
///
/// Evidence, strongest first:
/// 1. A visible element whose text is a title string (`<title>`, og:title, JSON-LD headline, meta
///    headline/title) or a run of its `|`, ` - `, `: ` … segments: `<b>Oregon's Stewart turning pro</b>`
///    under `<title>Eyewitness News WPRI | Oregon's Stewart turning pro</title>`; for headings also
///    the title's first words (`<title>Post title Blog name</title>`). The longest wins.
/// 2. Failing that, the page's position: the element named as the headline (or else the nearest
///    heading) above the first sentence of the chosen article block.
///
/// The deck is the next sibling of the headline when it is a lower-ranked heading or an element
/// named as a subtitle (`<h1>…</h1><h2>…</h2>`, `class="articleSubTitle"`).
enum HeadlineSelection {
    /// Separators between the parts of a `<title>`.
    static let separators = [" | ", "|", " - ", " – ", " — ", " -- ", " :: ", ": ", " « ", " » ", " · ", " / "]

    /// The word keys a title string offers: its words (letters and digits only, lower-cased, joined
    /// by one space) for the whole string and for every run of its separator-delimited parts.
    struct TitleKeys {
        /// Key of each whole title string.
        var whole: [String] = []
        /// Keys of the runs of parts (whole strings excluded), with their word counts.
        var runs: [String: Int] = [:]

        /// Longest title string in UTF-8 bytes: no longer candidate can be named by one.
        var maxBytes = 0
        /// First word of every key: a candidate starting with another word is named by none.
        var firstWords: Set<Substring> = []

        init(_ titles: [String]) {
            var seen: Set<String> = []
            for t in titles where seen.insert(t).inserted {
                maxBytes = max(maxBytes, t.utf8.count)
                let keys = HeadlineSelection.parts(of: t).map(HeadlineSelection.wordKey).filter { !$0.isEmpty }
                guard !keys.isEmpty else { continue }
                whole.append(keys.joined(separator: " "))
                for k in keys { firstWords.insert(k.prefix { $0 != " " }) }
                guard keys.count > 1 else { continue }
                let counts = keys.map { $0.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 } }
                for i in keys.indices {
                    var run = ""
                    var words = 0
                    for j in i..<keys.count where !(i == 0 && j == keys.count - 1) {
                        if j > i { run += " " }
                        run += keys[j]; words += counts[j]
                        runs[run] = words
                    }
                }
            }
        }

        /// True when `key` is a whole title, a run of at least `minWords` words, or (when
        /// `prefix`) the first three or more words of a title.
        func names(_ key: String, minWords: Int, prefix: Bool) -> Bool {
            guard !key.isEmpty else { return false }
            if whole.contains(key) { return true }
            if let w = runs[key], w >= minWords { return true }
            if prefix, key.utf8.reduce(1, { $1 == 0x20 ? $0 + 1 : $0 }) >= 3 {
                return whole.contains { $0.utf8.count > key.utf8.count && $0.hasPrefix(key) && $0.utf8[$0.utf8.index($0.utf8.startIndex, offsetBy: key.utf8.count)] == 0x20 }
            }
            return false
        }
    }

    /// The parts of a title between separators, in one scan of its bytes.
    static func parts(of title: String) -> [String] {
        let b = Array(title.utf8)
        var out: [String] = []
        var start = 0, i = 0
        scan: while i < b.count {
            if b[i] == 0x20 || b[i] == 0x7C || b[i] == 0x3A {   // every separator starts with " ", "|" or ":"
                for sep in separatorBytes where i + sep.count <= b.count && b[i] == sep[0] && b[i..<(i + sep.count)].elementsEqual(sep) {
                    out.append(String(decoding: b[start..<i], as: UTF8.self))
                    i += sep.count; start = i
                    continue scan
                }
            }
            i += 1
        }
        out.append(String(decoding: b[start...], as: UTF8.self))
        return out
    }

    static let separatorBytes: [[UInt8]] = separators.map { Array($0.utf8) }

    /// Letters and digits of `s`, lower-cased, as words joined by one space ("Stats… Impressive!" →
    /// "stats impressive"), so punctuation and entities never decide a match.
    static func wordKey(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for u in s.unicodeScalars {
            let v = u.value
            if isWordScalar(u) {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                // ASCII lower-cased directly (one ASCII letter).
                if v < 0x80 { out.append(Unicode.Scalar(UInt8(v >= 0x41 && v <= 0x5A ? v | 0x20 : v))) }
                else { for l in u.properties.lowercaseMapping.unicodeScalars { out.append(l) } }
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// The first word of `wordKey(s)`, computed without the rest.
    static func firstWordKey<S: StringProtocol>(_ s: S) -> String {
        var scalars = s.unicodeScalars.drop { !isWordScalar($0) }
        if let end = scalars.firstIndex(where: { !isWordScalar($0) }) { scalars = scalars[..<end] }
        return wordKey(String(String.UnicodeScalarView(scalars)))
    }

    /// Letters and digits; ASCII answered without Unicode property look-ups.
    @inline(__always) static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A) }
        return u.properties.isAlphabetic || u.properties.numericType != nil
    }

    /// Among `candidates` (node, text), the longest that the title strings name (see `TitleKeys`).
    static func longestMatch(_ candidates: [(Int32, String)], titles: TitleKeys, minWords: Int, prefix: Bool) -> (Int32, String)? {
        var best: (Int32, String)?
        // Punctuation and spaces aside, a named candidate is never longer than the title.
        let limit = titles.maxBytes + 32
        for (node, text) in candidates where text.utf8.count >= 8 && text.utf8.count <= limit {
            guard titles.firstWords.contains(Substring(firstWordKey(text))),
                  titles.names(wordKey(text), minWords: minWords, prefix: prefix) else { continue }
            if best == nil || text.count > best!.1.count { best = (node, text) }
        }
        return best
    }

    static let shortTextTags: Set<String> = ["b", "strong", "font", "td", "div", "span", "p", "center", "big"]

    /// Elements of the page holding one short line of text outside any link (`<b>Headline</b>`), the
    /// candidates when no heading matches the title.
    static func shortTextElements(in tree: HTMLTree, titles: TitleKeys) -> [(Int32, String)] {
        var out: [(Int32, String)] = []
        tree.nodes.withUnsafeBufferPointer { nodes in
            for i in nodes.indices where nodes[i].kind == .element && nodes[i].firstChild >= 0 && shortTextTags.contains(nodes[i].name) {
                // Only an element whose children are all text (one line) and short: cheap and unambiguous.
                var k = nodes[i].firstChild
                var bytes = 0
                while k >= 0, nodes[Int(k)].kind == .text { bytes += nodes[Int(k)].text.utf8.count; k = nodes[Int(k)].nextSibling }
                guard k < 0, bytes >= 8, bytes <= 2 * titles.maxBytes + 64 else { continue }
                // The first word, from the first text child that has one.
                var first = ""
                k = nodes[i].firstChild
                while k >= 0, first.isEmpty { first = firstWordKey(nodes[Int(k)].text); k = nodes[Int(k)].nextSibling }
                guard titles.firstWords.contains(Substring(first)), !insideLink(Int32(i), in: tree) else { continue }
                let t = VisibleText.text(of: Int32(i), in: tree)
                let w = words(t)
                if w >= 2, w <= 30 { out.append((Int32(i), t)) }
            }
        }
        return out
    }

    /// True when an ancestor (up to 6 levels) of `node` is a link.
    static func insideLink(_ node: Int32, in tree: HTMLTree) -> Bool {
        var p = tree.nodes[Int(node)].parent
        var steps = 0
        while p >= 0, steps < 6 {
            if tree.nodes[Int(p)].tag == .a { return true }
            p = tree.nodes[Int(p)].parent; steps += 1
        }
        return false
    }

    /// The article's first sentence: the first text node of 60+ characters under the article roots,
    /// outside links and headings.
    static func articleStart(tree: HTMLTree, roots: [Int32]) -> Int32? {
        guard let first = roots.min() else { return nil }
        var i = Int(first)
        let limit = min(tree.nodes.count, Int(first) + 20_000)
        while i < limit {
            let n = tree.nodes[i]
            if n.kind == .text, n.text.utf8.count >= 60, !insideLink(Int32(i), in: tree), !insideHeading(Int32(i), in: tree),
               TextNormalization.collapseWhitespace(n.text).utf8.count >= 60 { return Int32(i) }
            i += 1
        }
        return nil
    }

    /// The first h1–h4 inside an element named as the headline (`<div class="headline"><h3>…</h3>
    /// <div>date</div></div>`), with its text.
    static func headingInside(_ node: Int32, in tree: HTMLTree) -> (Int32, String)? {
        var stack = tree.children(of: node).reversed() as [Int32]
        var seen = 0
        while let k = stack.popLast(), seen < 64 {
            seen += 1
            let n = tree.nodes[Int(k)]
            guard n.kind == .element else { continue }
            if let r = n.tag.headingRank, r <= 4 {
                let t = VisibleText.text(of: k, in: tree)
                return words(t) >= 2 ? (k, t) : nil
            }
            stack.append(contentsOf: tree.children(of: k).reversed())
        }
        return nil
    }

    /// The nearest h1–h4 above the article's first sentence `start` (through at most 1,500 characters
    /// of text), else the nearest one-line element above it (through 400 characters). Elements that
    /// contain `start` do not count.
    static func nearestHeading(above start: Int32, tree: HTMLTree, lexicon: BoilerplateLexicon) -> (Int32, String)? {
        var ancestors: Set<Int32> = []
        var p = tree.nodes[Int(start)].parent
        while p >= 0 { ancestors.insert(p); p = tree.nodes[Int(p)].parent }
        func acceptable(_ t: String) -> Bool {
            let w = words(t)
            return w >= 2 && w <= 30 && lexicon.verdict(t) == .keep && !IndonesianDate.isDateLine(t)
        }
        var textSeen = 0
        var line: (Int32, String)?
        var j = Int(start) - 1
        while j >= 0, textSeen <= 1500 {
            let n = tree.nodes[j]
            if n.kind == .text {
                textSeen += n.text.utf8.count
            } else if n.kind == .element, !ancestors.contains(Int32(j)) {
                if let r = n.tag.headingRank, r <= 4 {
                    let t = VisibleText.text(of: Int32(j), in: tree)
                    if acceptable(t) {
                        // Found the deck (`<h1>Headline</h1><h2>Deck</h2>`): the headline is the heading before it.
                        return previousHeading(before: Int32(j), in: tree) ?? (Int32(j), t)
                    }
                } else if line == nil, textSeen <= 400, shortTextTags.contains(n.name), onlyText(Int32(j), in: tree),
                          !insideLink(Int32(j), in: tree), !isCaption(Int32(j), in: tree) {
                    let t = VisibleText.text(of: Int32(j), in: tree)
                    if words(t) >= 3, acceptable(t) { line = (Int32(j), t) }
                }
            }
            j -= 1
        }
        return line
    }

    /// True when `node` sits next to an image (a caption) or inside a figure.
    static func isCaption(_ node: Int32, in tree: HTMLTree) -> Bool {
        let parent = tree.nodes[Int(node)].parent
        guard parent >= 0 else { return false }
        if tree.nodes[Int(parent)].tag == .figure || tree.nodes[Int(parent)].name == "figcaption" { return true }
        return tree.children(of: parent).contains { tree.nodes[Int($0)].tag == .img }
    }

    /// True when every child of `node` is a text node (and it has one).
    static func onlyText(_ node: Int32, in tree: HTMLTree) -> Bool {
        var k = tree.nodes[Int(node)].firstChild
        guard k >= 0 else { return false }
        while k >= 0 {
            if tree.nodes[Int(k)].kind != .text { return false }
            k = tree.nodes[Int(k)].nextSibling
        }
        return true
    }

    /// True when one of the three nearest ancestors of `node` is a heading element.
    static func insideHeading(_ node: Int32, in tree: HTMLTree) -> Bool {
        var p = tree.nodes[Int(node)].parent
        var steps = 0
        while p >= 0, steps < 3 {
            if tree.nodes[Int(p)].tag.headingRank != nil { return true }
            p = tree.nodes[Int(p)].parent; steps += 1
        }
        return false
    }

    /// The previous element sibling of heading `node` when it is a higher-ranked heading, with its text.
    static func previousHeading(before node: Int32, in tree: HTMLTree) -> (Int32, String)? {
        guard let rank = tree.nodes[Int(node)].tag.headingRank, rank > 1 else { return nil }
        let parent = tree.nodes[Int(node)].parent
        guard parent >= 0 else { return nil }
        var previous: Int32 = -1
        for c in tree.children(of: parent) {
            if c == node { break }
            let n = tree.nodes[Int(c)]
            if n.kind == .element, !VisibleText.text(of: c, in: tree).isEmpty { previous = c }
            else if n.kind == .text, !TextNormalization.collapseWhitespace(n.text).isEmpty { previous = -1 }
        }
        guard previous >= 0, let r = tree.nodes[Int(previous)].tag.headingRank, r < rank else { return nil }
        let t = VisibleText.text(of: previous, in: tree)
        return words(t) >= 2 ? (previous, t) : nil
    }

    static let deckCues = ClassCues.PatternSet(["deck", "subtitle", "sub-title", "sub_title", "subhead", "sub-head", "standfirst",
                                                "strapline", "dek", "kicker-sub", "subjudul"])

    /// The deck right under the headline `node`: its next element sibling (past blank text and empty
    /// elements) when that is a lower-ranked heading or named as a subtitle, and reads as a sentence.
    static func deck(after node: Int32, in tree: HTMLTree) -> String? {
        let head = tree.nodes[Int(node)]
        var k = head.nextSibling
        var hops = 0
        while k >= 0, hops < 4 {
            let n = tree.nodes[Int(k)]
            hops += 1
            if n.kind == .comment { k = n.nextSibling; continue }
            if n.kind == .text {
                guard TextNormalization.collapseWhitespace(n.text).isEmpty else { return nil }
                k = n.nextSibling; continue
            }
            let t = VisibleText.text(of: k, in: tree)
            if t.isEmpty { k = n.nextSibling; continue }
            let lowerHeading = n.tag.headingRank != nil && n.tag.headingRank == head.tag.headingRank.map { $0 + 1 }
            let named = !n.cues.isEmpty && ClassCues.containsAny(n.cues, deckCues)
            guard lowerHeading || named else { return nil }
            let w = words(t)
            let lower = t.lowercased()
            guard w >= 4, w <= 45, !lower.hasPrefix("by "), !lower.hasPrefix("oleh "), !lower.hasPrefix("penulis"),
                  !IndonesianDate.isDateLine(t), !hasYear(t), !insideLink(k, in: tree) else { return nil }
            return t
        }
        return nil
    }

    /// True when `s` holds a year (1900–2099) as four digits of their own: a byline or dateline
    /// ("JANE DOE Nov. 20, 2019 Updated …") rather than a deck.
    static func hasYear(_ s: String) -> Bool {
        let b = Array(s.utf8)
        var i = 0
        while i < b.count {
            guard b[i] >= 0x30, b[i] <= 0x39 else { i += 1; continue }
            var j = i
            while j < b.count, b[j] >= 0x30, b[j] <= 0x39 { j += 1 }
            if j - i == 4, (b[i] == 0x31 && b[i + 1] == 0x39) || (b[i] == 0x32 && b[i + 1] == 0x30) { return true }
            i = j
        }
        return false
    }

    static func words(_ s: String) -> Int { BoilerplateLexicon.words(in: s) }
}
