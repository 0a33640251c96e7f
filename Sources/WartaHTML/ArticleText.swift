#if canImport(Glibc)
import Glibc
#endif

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
        let isList = node.tag == .ul || node.tag == .ol
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
                guard !heading, n.tag.isHeading else { return false }
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
                let chars = TextNormalization.scalarCount(t)
                out.append(Paragraph(text: t, chars: chars, linkChars: min(linkChars, chars), isHeading: heading))
            }
            current = ""; linkChars = 0; heading = false
        }
        // Pre-order walk along first-child / next-sibling / parent links (no stack, no child arrays);
        // an element's end comes when the walk climbs out of it.
        for root in roots {
            var i = root
            walk: while true {
                let ii = Int(i)
                var descended = false
                if !stats.removed[ii] {
                    switch tree.nodes[ii].kind {
                    case .text:
                        current += tree.nodes[ii].text
                        if stats.inLink[ii] { linkChars += Int(stats.chars[ii]) }
                    case .element:
                        let tag = tree.nodes[ii].tag
                        if tag == .br { flush(); break }
                        if tag == .figure || tag == .picture || tag == .img { break }
                        if clean, i != root, !protected.contains(i), isCleanedTag(tag), failsCleaning(ii, tree: tree, stats: stats) { break }
                        if tree.nodes[ii].isBlock { flush() }
                        if tag.isHeading { heading = true }
                        let first = tree.nodes[ii].firstChild
                        if first >= 0 { i = first; descended = true } else if tree.nodes[ii].isBlock { flush() }
                    case .comment:
                        break
                    }
                }
                if descended { continue walk }
                // Climb to the next sibling, ending the elements left on the way.
                while i != root {
                    let next = tree.nodes[Int(i)].nextSibling
                    if next >= 0 { i = next; continue walk }
                    i = tree.nodes[Int(i)].parent
                    if tree.nodes[Int(i)].isBlock { flush() }
                }
                break walk
            }
            flush()
        }
        return out
    }

    @inline(__always)
    static func isCleanedTag(_ t: HTMLTree.Tag) -> Bool {
        switch t { case .table, .ul, .ol, .div, .section, .form, .dl, .center: return true; default: return false }
    }

    /// Applies the paragraph-level filters and returns the article's paragraphs.
    static func filter(_ paragraphs: [Paragraph], lexicon: BoilerplateLexicon, title: String?) -> [String] {
        var kept: [String] = []
        var seen: Set<CanonicalText> = []
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
            if p.chars > 20, !seen.insert(CanonicalText(p.text)).inserted { continue }
            kept.append(p.text)
        }
        return kept
    }
}

/// A text compared and hashed by the bytes of its NFC form: the same equality as `String`'s
/// (canonical equivalence) without the standard library's per-character normalising hash.
struct CanonicalText: Hashable {
    let nfc: String

    init(_ s: String) { nfc = TextNormalization.nfc(s) }

    static func == (a: CanonicalText, b: CanonicalText) -> Bool {
        var x = a.nfc, y = b.nfc
        return x.withUTF8 { xb in y.withUTF8 { yb in xb.count == yb.count && (xb.count == 0 || memcmp(xb.baseAddress!, yb.baseAddress!, xb.count) == 0) } }
    }

    func hash(into h: inout Hasher) {
        var x = nfc
        x.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
