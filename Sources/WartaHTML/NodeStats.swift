/// Per-node text statistics of a page, computed in two linear passes over `HTMLTree.nodes`
/// (parents always precede their children in the array, so a forward pass is top-down and a
/// backward pass bottom-up: no recursion, no per-node walks).
struct NodeStats {
    /// Nodes (and their subtrees) that are never article text: hidden, scripts, navigation, forms,
    /// and — when `stripUnlikely` — blocks whose class/id say boilerplate.
    var removed: [Bool]
    /// Visible characters (code points that are not whitespace) in the subtree.
    var chars: [Int32]
    /// Of those, characters inside links.
    var linkChars: [Int32]
    /// Commas in the subtree.
    var commas: [Int32]
    /// Descendant counts used by conditional cleaning.
    var paragraphs: [Int32]
    var images: [Int32]
    var listItems: [Int32]
    var inputs: [Int32]
    var embeds: [Int32]
    /// Depth of `<a>` nesting: > 0 when the node is inside a link.
    var inLink: [Bool]

    /// Elements that never hold article text.
    static let alwaysRemoved: Set<String> = [
        "script", "style", "noscript", "template", "nav", "aside", "select", "option", "button", "input",
        "textarea", "iframe", "svg", "canvas", "object", "embed", "head", "title", "figcaption", "label",
        "menu", "dialog", "footer",
    ]

    init(tree: HTMLTree, stripUnlikely: Bool) {
        let n = tree.nodes.count
        var removed = [Bool](repeating: false, count: n)
        var inLink = [Bool](repeating: false, count: n)
        // Top-down: removal and link context. Nodes are read in place (no struct copies).
        tree.nodes.withUnsafeBufferPointer { nodes in
        removed.withUnsafeMutableBufferPointer { removed in
        inLink.withUnsafeMutableBufferPointer { inLink in
        for i in 0..<n {
            let p = Int(nodes[i].parent)
            if p >= 0 {
                if removed[p] { removed[i] = true; continue }
                inLink[i] = inLink[p]
            }
            guard nodes[i].kind == .element else {
                if nodes[i].kind == .comment { removed[i] = true }
                continue
            }
            if nodes[i].isRemovedTag { removed[i] = true; continue }
            let tag = nodes[i].tag
            if tag == .a { inLink[i] = true }
            if !nodes[i].attributes.isEmpty, NodeStats.isHidden(nodes[i]) { removed[i] = true; continue }
            // A page header goes; an article header (headline, lede, byline) stays for the filters.
            if tag == .header, !ClassCues.containsAny(nodes[i].cues, NodeStats.articleHeaderCues) {
                removed[i] = true; continue
            }
            if stripUnlikely, !nodes[i].cues.isEmpty, tag != .body, tag != .article, tag != .main, tag != .a,
               tag != .html, ClassCues.isUnlikely(nodes[i]) {
                removed[i] = true
            }
        }
        }
        }
        }
        // Bottom-up: sums, in one block of eight counters per node. A `div` with text and no block
        // child counts as a paragraph (readability turns such divs into `p` before cleaning).
        let width = 8
        let sums = UnsafeMutablePointer<Int32>.allocate(capacity: max(width * n, 1))
        sums.initialize(repeating: 0, count: width * n)
        defer { sums.deallocate() }
        let chars = sums, linkChars = sums + n, commas = sums + 2 * n, paragraphs = sums + 3 * n
        let images = sums + 4 * n, listItems = sums + 5 * n, inputs = sums + 6 * n, embeds = sums + 7 * n
        var hasBlockChild = [Bool](repeating: false, count: n)
        tree.nodes.withUnsafeBufferPointer { nodes in
        removed.withUnsafeBufferPointer { removed in
        inLink.withUnsafeBufferPointer { inLink in
        hasBlockChild.withUnsafeMutableBufferPointer { hasBlockChild in
        var i = n - 1
        while i >= 0 {
            if !removed[i] {
                if nodes[i].kind == .text {
                    let (c, commaCount) = NodeStats.visibleChars(nodes[i].text)
                    chars[i] = c
                    commas[i] = commaCount
                    if inLink[i] { linkChars[i] = c }
                } else if nodes[i].kind == .element {
                    if nodes[i].parent >= 0, nodes[i].isBlock { hasBlockChild[Int(nodes[i].parent)] = true }
                    switch nodes[i].tag {
                    case .p: paragraphs[i] += 1
                    case .div, .section: if !hasBlockChild[i], chars[i] >= 20 { paragraphs[i] += 1 }
                    case .img, .picture: images[i] += 1
                    case .li: listItems[i] += 1
                    case .input, .select, .textarea, .button: inputs[i] += 1
                    case .embed, .object, .video, .audio: embeds[i] += 1
                    default: break
                    }
                }
                let p = Int(nodes[i].parent)
                if p >= 0 {
                    chars[p] += chars[i]; linkChars[p] += linkChars[i]; commas[p] += commas[i]
                    paragraphs[p] += paragraphs[i]; images[p] += images[i]; listItems[p] += listItems[i]
                    inputs[p] += inputs[i]; embeds[p] += embeds[i]
                }
            } else if nodes[i].kind == .element, nodes[i].tag == .iframe || nodes[i].tag == .embed || nodes[i].tag == .object {
                let p = Int(nodes[i].parent)
                if p >= 0 { embeds[p] += 1 }
            }
            i -= 1
        }
        }
        }
        }
        }
        func array(_ p: UnsafeMutablePointer<Int32>) -> [Int32] { Array(UnsafeBufferPointer(start: p, count: n)) }
        self.removed = removed
        self.inLink = inLink
        self.chars = array(chars)
        self.linkChars = array(linkChars)
        self.commas = array(commas)
        self.paragraphs = array(paragraphs)
        self.images = array(images)
        self.listItems = array(listItems)
        self.inputs = array(inputs)
        self.embeds = array(embeds)
    }

    /// Visible characters (code points that are not ASCII whitespace) and commas of a text.
    @inline(__always)
    static func visibleChars(_ text: String) -> (Int32, Int32) {
        func count<S: Sequence>(_ bytes: S) -> (Int32, Int32) where S.Element == UInt8 {
            var c: Int32 = 0, commaCount: Int32 = 0
            for b in bytes {
                if b & 0xC0 == 0x80 { continue }
                if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { continue }
                c += 1
                if b == 0x2C { commaCount += 1 }
            }
            return (c, commaCount)
        }
        return text.utf8.withContiguousStorageIfAvailable { count($0) } ?? count(text.utf8)
    }

    /// Share of the node's characters that are link text.
    func linkDensity(_ i: Int) -> Double {
        chars[i] == 0 ? 0 : Double(linkChars[i]) / Double(chars[i])
    }

    static let articleHeaderCues = ClassCues.PatternSet(["article", "post", "entry", "detail", "story", "content"])
    static let hiddenStyles = ClassCues.PatternSet(["display:none", "visibility:hidden"])

    /// `hidden`, `aria-hidden="true"` on containers, `display:none`, `visibility:hidden`.
    static func isHidden(_ node: HTMLTree.Node) -> Bool {
        for (k, v) in node.attributes {
            switch k {
            case "hidden": return true
            case "style":
                let s = ClassCues.lowerBytes(v).filter { $0 != 0x20 }
                if ClassCues.containsAny(s, hiddenStyles) { return true }
            default: continue
            }
        }
        return false
    }
}
