import WartaCore
#if canImport(Glibc)
import Glibc
#endif

/// The `scrub` stage: a page's bytes → the article's clean text (paragraphs separated by one blank
/// line, whitespace collapsed, NFC) and metadata (title, author, published, canonical URL, site,
/// language, charset decision).
///
/// Content selection is `ContentSelection` (readability-style block scoring) on a compact copy of
/// libxml2's tree, rendered by `ArticleText` with conditional cleaning and the boilerplate lexicon
/// of `Glossary/html/boilerplate.tsv`; JSON-LD `articleBody` backs it up when extraction finds little.
public struct ScrubStage: PageScrubber {
    public static let name = "scrub"
    let lexicon: BoilerplateLexicon
    static let debug = getenv("WARTA_DEBUG_SCRUB") != nil

    public init(config: StageConfig) throws(StageError) {
        lexicon = try BoilerplateLexicon(config: config)
    }

    /// A scrubber with an explicit lexicon (tests).
    public init(lexicon: BoilerplateLexicon) { self.lexicon = lexicon }

    public func scrub(_ record: InputRecord) throws(StageError) -> AnnotatedDocument {
        guard case .html(let bytes) = record.payload else {
            throw StageError(stage: Self.name, kind: "not-html", message: "\(record.id): not an HTML payload")
        }
        if bytes.isEmpty {
            throw StageError(stage: Self.name, kind: "empty-input", message: "\(record.id): the page is empty (0 bytes)")
        }
        let charset = CharsetDecision.decode(bytes, transport: record.transportCharset)
        if BinarySniffer.looksBinary(charset.utf8) {
            throw StageError(stage: Self.name, kind: "not-html",
                             message: "\(record.id): the input is binary data, not an HTML page")
        }
        let tree = HTMLTree.parse(utf8: RawTextStripper.strip(charset.utf8), url: record.url)
        var page = PageMetadata(tree: tree)
        let paragraphs = extractArticle(tree: tree, page: &page)
        let text = TextNormalization.nfc(paragraphs.joined(separator: "\n\n"))
        var meta = DocumentMeta()
        meta.title = page.title.map(TextNormalization.nfc)
        meta.author = page.author.map(TextNormalization.nfc)
        meta.published = page.published
        meta.url = record.url ?? page.canonicalURL
        meta.site = page.site
        meta.lang = page.lang
        meta.charsetDeclared = charset.declared
        meta.charsetUsed = charset.used
        meta.charsetFallback = charset.fallback
        var doc = AnnotatedDocument(id: record.id, text: text, meta: meta)
        if charset.fallback {
            doc.note(Self.name, "encoding-fallback",
                     "declared \(charset.declared ?? "nothing") but decoded as \(charset.used)")
        }
        if tree.truncated { doc.note(Self.name, "truncated-parse", "libxml2 stopped early (error \(tree.parserError))") }
        if text.isEmpty {
            // An ad interstitial or a frame page: the article lives in a page Warta never fetches.
            let framed = tree.nodes.contains { $0.kind == .element && $0.tag == .iframe }
            doc.note(Self.name, "empty-result", framed ? "no article text found in the page; its content is in an <iframe> (not fetched)"
                                                        : "no article text found in the page")
        }
        return doc
    }

    /// The article's paragraphs: strict pass, then a lenient one when the strict one finds little,
    /// then JSON-LD `articleBody`, then the whole visible text.
    func extractArticle(tree: HTMLTree, page: inout PageMetadata) -> [String] {
        guard let body = tree.first("body") ?? (tree.root >= 0 ? tree.root : nil) else {
            return page.articleBody.map { Self.splitParagraphs($0) } ?? []
        }
        var best: [String] = []
        var bestChars = 0
        for strict in [true, false] {
            let stats = NodeStats(tree: tree, stripUnlikely: strict)
            let selection = ContentSelection.select(tree: tree, stats: stats, body: body)
            if strict { page.settleTitle(tree: tree, roots: selection.roots, lexicon: lexicon) }
            let raw = ArticleText.paragraphs(roots: selection.roots, tree: tree, stats: stats, clean: true, protected: selection.best)
            let kept = ArticleText.filter(raw, lexicon: lexicon, title: page.headline)
            if Self.debug {  // WARTA_DEBUG_SCRUB=1: print the selection per page on stderr
                var line = "strict=\(strict) top=\(selection.topScore) roots="
                for r in selection.roots { let n = tree.nodes[Int(r)]; line += "<\(n.name) \(ClassCues.names(of: n))>[\(stats.chars[Int(r)])] " }
                line += "raw=\(raw.count) kept=\(kept.count)\n"; for p in raw { line += "   [\(p.chars)/\(p.linkChars)] \(p.text.prefix(80))\n" }
                _ = line.withCString { write(2, $0, strlen($0)) }
            }
            let chars = kept.reduce(0) { $0 + $1.utf8.count }
            if chars > bestChars { best = kept; bestChars = chars }
            if bestChars >= 200 { break }
        }
        if let ld = page.articleBody, ld.utf8.count >= 80, ld.utf8.count > 2 * bestChars {
            let paras = Self.splitParagraphs(ld).filter { lexicon.verdict($0) == .keep }
            if !paras.isEmpty { return paras }
        }
        if best.isEmpty {
            best = VisibleText.paragraphs(of: tree).filter { lexicon.verdict($0) == .keep }
        }
        return best
    }

    static func splitParagraphs(_ s: String) -> [String] {
        s.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { TextNormalization.collapseWhitespace(String($0)) }
            .filter { !$0.isEmpty }
    }
}

/// Rejects inputs that are not text at all (images, archives, executables).
enum BinarySniffer {
    /// True when more than 10 % of the first 4 KB are control characters other than whitespace
    /// (U+FFFD from undecodable bytes counts too).
    static func looksBinary(_ s: String) -> Bool { looksBinary(Array(s.utf8)) }

    /// The same on valid UTF-8 bytes (scalars decoded in place).
    static func looksBinary(_ utf8: [UInt8]) -> Bool {
        var total = 0, bad = 0
        var i = 0
        let n = utf8.count
        utf8.withUnsafeBufferPointer { b in
            while i < n, total < 4096 {
                let c = b[i]
                var v = UInt32(c)
                let len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
                if i + len > n { break }      // never for valid UTF-8
                if c < 0x80 { i += 1 }
                else if c < 0xE0 { v = (v & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2 }
                else if c < 0xF0 { v = (v & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3 }
                else { v = (v & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F); i += 4 }
                total += 1
                if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D && v != 0x0C) || v == 0xFFFD || (v >= 0x80 && v < 0xA0) { bad += 1 }
            }
        }
        return total > 0 && bad * 10 > total
    }
}

/// Visible text of a tree as paragraphs: block elements start a new paragraph.
enum VisibleText {
    static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "tr", "td", "th", "table",
        "article", "section", "blockquote", "pre", "dd", "dt", "dl", "header", "footer", "figcaption",
        "figure", "main", "aside", "nav", "form", "hr", "address",
    ]
    static let hidden: Set<String> = ["script", "head", "title", "select", "option", "button", "input", "textarea"]

    static func paragraphs(of tree: HTMLTree) -> [String] {
        guard let body = tree.first("body") ?? (tree.root >= 0 ? tree.root : nil) else { return [] }
        var out: [String] = []
        var current = ""
        func flush() {
            let p = TextNormalization.collapseWhitespace(current)
            if !p.isEmpty { out.append(p) }
            current = ""
        }
        // Iterative pre-order walk; an explicit stack of (node, entering).
        var stack: [(Int32, Bool)] = [(body, true)]
        while let (i, entering) = stack.popLast() {
            let n = tree.nodes[Int(i)]
            if n.kind == .text { current += n.text; continue }
            guard n.kind == .element, !hidden.contains(n.name) else { continue }
            let isBlock = blocks.contains(n.name)
            if entering {
                if isBlock { flush() }
                stack.append((i, false))
                for k in tree.children(of: i).reversed() { stack.append((k, true)) }
            } else if isBlock {
                flush()
            }
        }
        flush()
        return out
    }

    /// The text of the subtree of `node`, whitespace collapsed. `nodes` is in document order, so the
    /// subtree is the run of nodes after `node` that are deeper than it.
    static func text(of node: Int32, in tree: HTMLTree) -> String {
        var s = ""
        tree.nodes.withUnsafeBufferPointer { nodes in
            let start = Int(node)
            if nodes[start].kind == .text { s = nodes[start].text; return }
            let depth = nodes[start].depth
            var i = start + 1
            while i < nodes.count, nodes[i].depth > depth {
                if nodes[i].kind == .text { s += nodes[i].text }
                i += 1
            }
        }
        return TextNormalization.collapseWhitespace(s)
    }
}
