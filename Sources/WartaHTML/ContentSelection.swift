/// Main-content selection: which subtrees of a page hold the article.
///
/// readability's algorithm on the compact tree: every paragraph-like run of text (≥ 25 characters)
/// scores `1 + commas + min(length / 100, 3)`, added to its container (in full), the container's
/// parent (half) and further ancestors (`1 / (3·level)`), on top of a prior from the tag and the
/// class/id cues; a candidate's final score is scaled by `1 − link density`. The best candidate is
/// moved up when its ancestors hold comparable text, then joined by siblings that score well or look
/// like prose. Everything is linear in the number of nodes.
struct ContentSelection {
    /// The chosen roots, in document order.
    var roots: [Int32]
    /// The best candidate's final score (0 when the page had no paragraph at all).
    var topScore: Double
    /// The best-scoring candidate before moving up: it and its ancestors are never cleaned away.
    var best: Int32 = -1

    static let paragraphTags: Set<String> = ["p", "pre", "td", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd"]
    /// `paragraphTags` by tag.
    @inline(__always)
    static func isParagraphTag(_ t: HTMLTree.Tag) -> Bool {
        switch t { case .p, .pre, .td, .h2, .h3, .h4, .h5, .h6, .blockquote, .dd: return true; default: return false }
    }
    static let containerTags: Set<String> = [
        "div", "section", "article", "main", "td", "blockquote", "body", "form", "center", "font", "span",
        "table", "tbody", "tr", "li", "ul", "ol", "dl", "dd",
    ]

    static func select(tree: HTMLTree, stats: NodeStats, body: Int32) -> ContentSelection {
        let n = tree.nodes.count
        var score = [Double](repeating: 0, count: n)
        var isCandidate = [Bool](repeating: false, count: n)
        // Direct text of each block element (text not inside a nested block), for paragraph scoring.
        var directChars = [Int32](repeating: 0, count: n)
        var directCommas = [Int32](repeating: 0, count: n)
        var owner = [Int32](repeating: -1, count: n)   // nearest block ancestor-or-self for each node
        tree.nodes.withUnsafeBufferPointer { nodes in
            for i in 0..<n {
                let p = Int(nodes[i].parent)
                if nodes[i].kind == .element, nodes[i].isBlock || nodes[i].tag == .body {
                    owner[i] = Int32(i)
                } else if p >= 0 {
                    owner[i] = owner[p]
                }
                if nodes[i].kind == .text, !stats.removed[i], owner[i] >= 0 {
                    directChars[Int(owner[i])] += stats.chars[i]
                    directCommas[Int(owner[i])] += stats.commas[i]
                }
            }
        }

        func initialize(_ i: Int) {
            guard !isCandidate[i] else { return }
            isCandidate[i] = true
            var s: Double
            switch tree.nodes[i].tag {
            case .div, .article, .main, .section: s = 5
            case .pre, .td, .blockquote: s = 3
            case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: s = -3
            case .h1, .h2, .h3, .h4, .h5, .h6, .th, .header: s = -5
            default: s = 0
            }
            if tree.nodes[i].tag == .article || tree.nodes[i].attribute("itemprop") == "articleBody" { s += 25 }
            score[i] = s + ClassCues.weight(of: tree.nodes[i])
        }

        for i in 0..<n where directChars[i] >= 25 && !stats.removed[i] {
            guard tree.nodes[i].kind == .element else { continue }
            let content = 1 + Double(directCommas[i]) + min(Double(directChars[i]) / 100, 3)
            // A paragraph element scores its ancestors; text loose in a container scores the container.
            var a = isParagraphTag(tree.nodes[i].tag) ? Int(tree.nodes[i].parent) : i
            var level = 0
            while a >= 0, level < 5 {
                if tree.nodes[a].kind == .element {
                    initialize(a)
                    let divider: Double = level == 0 ? 1 : (level == 1 ? 2 : Double(level) * 3)
                    score[a] += content / divider
                }
                if a == Int(body) { break }
                a = Int(tree.nodes[a].parent)
                level += 1
            }
        }

        var best = -1
        var bestScore = -Double.infinity
        var ranked: [(Int, Double)] = []
        for i in 0..<n where isCandidate[i] && !stats.removed[i] {
            let s = score[i] * (1 - stats.linkDensity(i))
            score[i] = s
            ranked.append((i, s))
            if s > bestScore { bestScore = s; best = i }
        }
        guard best >= 0 else { return ContentSelection(roots: [body], topScore: 0) }
        ranked.sort { $0.1 > $1.1 }

        // Several strong candidates under one ancestor: that ancestor is the article.
        var top = best
        let alternatives = ranked.dropFirst().prefix(4).filter { $0.1 >= 0.75 * bestScore }.map(\.0)
        if alternatives.count >= 3 {
            var a = Int(tree.nodes[top].parent)
            while a >= 0, a != Int(body) {
                let covered = alternatives.filter { tree.isAncestor(Int32(a), of: Int32($0)) }.count
                if covered >= 3 { top = a; break }
                a = Int(tree.nodes[a].parent)
            }
        }
        // Move up while the parent scores higher (readability's "parent of top candidate" step).
        var lastScore = score[top]
        let threshold = lastScore / 3
        var p = Int(tree.nodes[top].parent)
        while p >= 0, p != Int(body) {
            if !isCandidate[p] { p = Int(tree.nodes[p].parent); continue }
            if score[p] < threshold { break }
            if score[p] > lastScore { top = p; break }
            lastScore = score[p]
            p = Int(tree.nodes[p].parent)
        }
        // An only child: take the parent.
        while tree.nodes[top].parent >= 0, Int(tree.nodes[top].parent) != Int(body),
              elementChildren(of: Int(tree.nodes[top].parent), in: tree, stats: stats) == 1 {
            top = Int(tree.nodes[top].parent)
        }

        // Siblings that belong to the article.
        let topScore = score[top]
        guard tree.nodes[top].parent >= 0, top != Int(body) else {
            return ContentSelection(roots: [Int32(top)], topScore: topScore, best: Int32(best))
        }
        let siblingThreshold = max(10, topScore * 0.2)
        let topClass = tree.nodes[top].attribute("class") ?? ""
        var roots: [Int32] = []
        var c = tree.nodes[Int(tree.nodes[top].parent)].firstChild
        while c >= 0 {
            let ci = Int(c)
            defer { c = tree.nodes[ci].nextSibling }
            if ci == top { roots.append(c); continue }
            guard !stats.removed[ci], tree.nodes[ci].kind == .element else { continue }
            var append = false
            var bonus = 0.0
            if !topClass.isEmpty, tree.nodes[ci].attribute("class") == topClass { bonus = topScore * 0.2 }
            if isCandidate[ci], score[ci] + bonus >= siblingThreshold { append = true }
            else if tree.nodes[ci].tag == .p {
                let len = stats.chars[ci]
                let ld = stats.linkDensity(ci)
                if len > 80, ld < 0.25 { append = true }
                else if len < 80, len > 0, ld == 0, endsSentence(ci, in: tree) { append = true }
            }
            if append { roots.append(c) }
        }
        return ContentSelection(roots: roots, topScore: topScore, best: Int32(best))
    }

    static func elementChildren(of i: Int, in tree: HTMLTree, stats: NodeStats) -> Int {
        var count = 0
        var c = tree.nodes[i].firstChild
        while c >= 0 {
            let kind = tree.nodes[Int(c)].kind
            if kind == .element, !stats.removed[Int(c)] { count += 1 }
            else if kind == .text, stats.chars[Int(c)] > 0 { count += 1 }
            c = tree.nodes[Int(c)].nextSibling
        }
        return count
    }

    static func endsSentence(_ i: Int, in tree: HTMLTree) -> Bool {
        let t = VisibleText.text(of: Int32(i), in: tree)
        guard let last = t.unicodeScalars.last else { return false }
        return last == "." || last == "!" || last == "?" || last == "\u{201D}" || last == "\""
    }
}
