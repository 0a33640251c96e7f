/// Renders the chosen article subtrees as paragraphs, dropping what is inside the article but not
/// of it: hidden and removed nodes, link lists, tables and boxes that fail readability's conditional
/// cleaning, captions, and lines the boilerplate lexicon names.
struct ArticleText {
    /// One output paragraph with the evidence the filters use.
    struct Paragraph {
        var text: String
        var chars: Int
        var linkChars: Int
        var isHeading: Bool
    }

    static let cleanedTags: Set<String> = ["table", "ul", "ol", "div", "section", "form", "dl", "center"]

    /// readability's `_cleanConditionally`: should this box inside the article be dropped?
    static func failsCleaning(_ i: Int, tree: HTMLTree, stats: NodeStats) -> Bool {
        let node = tree.nodes[i]
        let weight = ClassCues.weight(of: node)
        if weight < 0, stats.chars[i] < 2000 { return true }
        if stats.commas[i] >= 10 { return false }
        let p = Double(stats.paragraphs[i])
        let img = Double(stats.images[i])
        let li = Double(stats.listItems[i]) - 100
        let input = Double(stats.inputs[i])
        let linkDensity = stats.linkDensity(i)
        let length = stats.chars[i]
        let isList = node.name == "ul" || node.name == "ol"
        if img > 1, p / img < 0.5, length < 200 || stats.linkDensity(i) > 0.3 { return true }
        if !isList, li > p { return true }
        if input > (p / 3).rounded(.down) { return true }
        if !isList, length < 25, img == 0 || img > 2, !wrapsHeading(i, tree: tree) { return true }
        if !isList, weight < 25, linkDensity > 0.2, length < 1000 { return true }
        if weight >= 25, linkDensity > 0.5 { return true }
        if isList, linkDensity > 0.5 { return true }
        if (stats.embeds[i] == 1 && length < 75) || stats.embeds[i] > 1 { return true }
        return false
    }

    /// True when the only element inside node `i` is a heading (`<div class="item-title"><h2>…</h2></div>`):
    /// a short section heading of the article, not a fragment to clean away.
    static func wrapsHeading(_ i: Int, tree: HTMLTree) -> Bool {
        var heading = false
        for c in tree.children(of: Int32(i)) {
            let n = tree.nodes[Int(c)]
            if n.kind == .element {
                guard !heading, n.name.utf8.count == 2, n.name.hasPrefix("h"), n.name != "hr" else { return false }
                heading = true
            }
        }
        return heading
    }

    /// Paragraphs of the subtrees `roots`, in document order.
    static func paragraphs(roots: [Int32], tree: HTMLTree, stats: NodeStats, clean: Bool, protected best: Int32 = -1) -> [Paragraph] {
        var protected = Set<Int32>()
        var b = best
        while b >= 0 { protected.insert(b); b = tree.nodes[Int(b)].parent }
        var out: [Paragraph] = []
        var current = ""
        var linkChars = 0
        var heading = false
        func flush() {
            let t = TextNormalization.collapseWhitespace(current)
            if !t.isEmpty {
                let chars = t.unicodeScalars.count
                out.append(Paragraph(text: t, chars: chars, linkChars: min(linkChars, chars), isHeading: heading))
            }
            current = ""; linkChars = 0; heading = false
        }
        for root in roots {
            var stack: [(Int32, Bool)] = [(root, true)]
            while let (i, entering) = stack.popLast() {
                let ii = Int(i)
                let n = tree.nodes[ii]
                if stats.removed[ii] { continue }
                if n.kind == .text {
                    current += n.text
                    if stats.inLink[ii] { linkChars += Int(stats.chars[ii]) }
                    continue
                }
                guard n.kind == .element else { continue }
                if n.name == "br" { flush(); continue }
                if n.name == "figure" || n.name == "picture" || n.name == "img" { continue }
                let isBlock = VisibleText.blocks.contains(n.name)
                if entering {
                    if clean, i != root, !protected.contains(i), cleanedTags.contains(n.name), failsCleaning(ii, tree: tree, stats: stats) { continue }
                    if isBlock { flush() }
                    if n.name.count == 2, n.name.hasPrefix("h"), n.name != "hr" { heading = true }
                    stack.append((i, false))
                    for k in tree.children(of: i).reversed() { stack.append((k, true)) }
                } else if isBlock {
                    flush()
                }
            }
            flush()
        }
        return out
    }

    /// Applies the paragraph-level filters and returns the article's paragraphs.
    static func filter(_ paragraphs: [Paragraph], lexicon: BoilerplateLexicon, title: String?) -> [String] {
        var kept: [String] = []
        var seen: Set<String> = []
        let titleKey = title.map { $0.lowercased() }
        let total = paragraphs.count
        // Kickers, rubrics and breadcrumbs before the headline: short lines above the title.
        var start = 0
        if let titleKey, let t = paragraphs.prefix(6).firstIndex(where: { $0.text.utf8.count == titleKey.utf8.count && $0.text.lowercased() == titleKey }),
           paragraphs[..<t].allSatisfy({ BoilerplateLexicon.words(in: $0.text) <= 8 }) {
            start = t
        }
        for (k, p) in paragraphs.enumerated() where k >= start {
            // A dateline on its own ("Minggu, 6 Juli 2025 08:00 WIB").
            if p.chars < 60, p.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
               BoilerplateLexicon.words(in: p.text) <= 8, IndonesianDate.isDateLine(p.text) { continue }
            switch lexicon.verdict(p.text) {
            case .drop: continue
            case .end:
                if k >= total / 2, !kept.isEmpty { return kept }
                continue
            case .keep: break
            }
            // The value of a label that sat in another element (": Anju Christian" after "Penulis").
            if p.text.hasPrefix(":"), BoilerplateLexicon.words(in: p.text) <= 8 { continue }
            // Mostly a link: navigation or a related-article teaser.
            if p.linkChars * 2 > p.chars, p.chars < 250 { continue }
            // The headline repeated as the first lines of the body.
            if let titleKey, kept.count < 3, p.text.utf8.count == titleKey.utf8.count, p.text.lowercased() == titleKey { continue }
            if p.chars > 20, !seen.insert(p.text).inserted { continue }
            kept.append(p.text)
        }
        return kept
    }
}
