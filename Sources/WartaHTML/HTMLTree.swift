import CLibXML2

/// A compact Swift copy of a parsed HTML page: element names, the attributes Warta reads, text.
///
/// libxml2's tree lives and dies inside `HTMLTree.parse` (the `xmlDoc` is freed in the function
/// that parsed it; C pointers never escape — STYLE.md lesson 9). Everything after parsing works on
/// this value, so heuristics are plain Swift and testable without libxml2.
public struct HTMLTree: Sendable {
    public enum Kind: UInt8, Sendable { case element, text, comment }

    /// One node. Links are indices into `nodes` (-1 = none).
    public struct Node: Sendable {
        public var kind: Kind
        /// Lower-cased tag name for elements; empty otherwise.
        public var name: String
        /// Text content for text nodes (entities decoded by libxml2); raw JSON for ld+json scripts.
        public var text: String
        public var attributes: [(String, String)]
        /// `class` and `id` values, ASCII-lower-cased, joined by a space (empty when neither):
        /// the bytes every class/id cue is matched against, computed once.
        public var cues: [UInt8] = []
        /// Tag classes computed once per distinct tag name (a block element, never article text).
        public var isBlock = false
        public var isRemovedTag = false
        /// `name` as a small integer for the heuristics' tests (set by the builder).
        var tag: Tag = .other
        public var parent: Int32
        public var firstChild: Int32 = -1
        public var lastChild: Int32 = -1
        public var nextSibling: Int32 = -1
        public var depth: Int32

        /// Value of attribute `name` (lower-case), nil when absent.
        public func attribute(_ key: String) -> String? { attributes.first { $0.0 == key }?.1 }
    }

    /// The element names the heuristics test, so that they compare integers, not strings.
    enum Tag: UInt8, Sendable {
        case other, a, p, div, section, article, main, body, html, header, img, picture, li, input, select,
             textarea, button, embed, object, video, audio, iframe, pre, td, th, blockquote, address, ol, ul, dl,
             dd, dt, form, h1, h2, h3, h4, h5, h6, hr, br, figure, table, center, script, head, title, option,
             meta, link, time
        /// Another two-letter name starting with "h" (counted as a heading, like h1–h6).
        case hOther

        static let byName: [String: Tag] = {
            var t: [String: Tag] = [:]
            for k in [Tag.a, .p, .div, .section, .article, .main, .body, .html, .header, .img, .picture, .li, .input, .select,
                      .textarea, .button, .embed, .object, .video, .audio, .iframe, .pre, .td, .th, .blockquote, .address,
                      .ol, .ul, .dl, .dd, .dt, .form, .h1, .h2, .h3, .h4, .h5, .h6, .hr, .br, .figure, .table, .center,
                      .script, .head, .title, .option, .meta, .link, .time] {
                t["\(k)"] = k
            }
            return t
        }()

        init(name: String) {
            if let t = Tag.byName[name] { self = t }
            else if name.count == 2, name.hasPrefix("h") { self = .hOther }
            else { self = .other }
        }

        /// h1–h6 and other two-letter "h" names except hr (ArticleText's heading test).
        var isHeading: Bool {
            switch self { case .h1, .h2, .h3, .h4, .h5, .h6, .hOther: return true; default: return false }
        }

        /// 1–6 for h1–h6, nil otherwise.
        var headingRank: Int? {
            switch self { case .h1: 1; case .h2: 2; case .h3: 3; case .h4: 4; case .h5: 5; case .h6: 6; default: nil }
        }
    }

    public var nodes: [Node] = []
    /// Index of `<html>` (or the first element), -1 when the page had no element.
    public var root: Int32 = -1
    /// libxml2 stopped before the end of the input (depth/size limits, fatal error).
    public var truncated = false
    /// libxml2's last error number, 0 when none (on the parsed input: errors inside attribute values
    /// that `AttributeValueStripper` emptied do not occur).
    public var parserError: Int32 = 0

    /// Attributes worth keeping: cues for content selection and metadata.
    static let keptAttributes: Set<String> = [
        "id", "class", "itemprop", "property", "name", "content", "rel", "href", "datetime", "type",
        "role", "hidden", "aria-hidden", "style", "itemtype", "lang", "http-equiv", "charset", "title",
        "data-qa-id", "data-testid",
    ]
    /// Attributes whose values name what an element is: `class`, `id`, and the test hooks of
    /// React-built sites (`data-qa-id="image-caption"`, `data-testid="story-paragraph"`).
    static let cueAttributes: Set<String> = ["class", "id", "data-qa-id", "data-testid"]
    /// Elements whose content is never text of the page. `script` is kept only for JSON-LD.
    static let skippedElements: Set<String> = ["style", "noscript", "template", "svg", "iframe", "object", "canvas", "math"]

    /// Parses UTF-8 HTML. `bytes` must already be UTF-8 (see `CharsetDecision`).
    ///
    /// libxml2 runs with SAX callbacks that build this compact tree directly (`SAXTreeBuilder`):
    /// libxml2 never builds its own node tree, so nothing is allocated, copied and freed twice.
    /// The builder reproduces the tree libxml2's DOM builder would have made (see its notes).
    /// Values of attributes Warta does not keep are emptied first (`AttributeValueStripper`).
    public static func parse(utf8 input: [UInt8], url: String? = nil) -> HTMLTree {
        let bytes = AttributeValueStripper.strip(input)
        guard let ctxt = htmlNewParserCtxt() else { return HTMLTree() }
        defer { htmlFreeParserCtxt(ctxt) }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
            | Int32(XML_PARSE_HUGE.rawValue)
        var builder = SAXTreeBuilder()
        builder.tree.nodes.reserveCapacity(max(256, bytes.count / 64))
        SAXTreeBuilder.install(on: ctxt)
        let doc: htmlDocPtr? = withUnsafeMutablePointer(to: &builder) { b in
            ctxt.pointee._private = UnsafeMutableRawPointer(b)
            defer { ctxt.pointee._private = nil }
            return bytes.withUnsafeBufferPointer { buf in
                buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buf.count, 1)) { p in
                    htmlCtxtReadMemory(ctxt, p, Int32(buf.count), url, "UTF-8", options)
                }
            }
        }
        builder.finish()
        guard let doc else { return HTMLTree(parserError: clibxml2_ctxt_errno(ctxt)) }
        defer { xmlFreeDoc(doc) }
        var tree = builder.tree
        tree.parserError = clibxml2_ctxt_errno(ctxt)
        // errNo 1 = XML_ERR_INTERNAL_ERROR ("Excessive depth"), 2 = XML_ERR_NO_MEMORY ("huge text node").
        tree.truncated = tree.parserError == 1 || tree.parserError == 2
        return tree
    }

    init(parserError: Int32 = 0) { self.parserError = parserError }

    mutating func append(_ node: consuming Node) -> Int32 {
        let i = Int32(nodes.count)
        let parent = node.parent
        nodes.append(node)      // moved in, not copied
        if parent >= 0 {
            let p = Int(parent)
            if nodes[p].lastChild >= 0 { nodes[Int(nodes[p].lastChild)].nextSibling = i } else { nodes[p].firstChild = i }
            nodes[p].lastChild = i
        }
        return i
    }

    /// True when node `a` is an ancestor of node `i`.
    func isAncestor(_ a: Int32, of i: Int32) -> Bool {
        var x = nodes[Int(i)].parent
        while x >= 0 { if x == a { return true }; x = nodes[Int(x)].parent }
        return false
    }

    /// Children of node `i`, in order.
    public func children(of i: Int32) -> [Int32] {
        var out: [Int32] = []
        var c = nodes[Int(i)].firstChild
        while c >= 0 { out.append(c); c = nodes[Int(c)].nextSibling }
        return out
    }

    /// First element named `name` in document order.
    public func first(_ name: String) -> Int32? {
        for (i, n) in nodes.enumerated() where n.kind == .element && n.name == name { return Int32(i) }
        return nil
    }
}

/// libxml2 set-up that must run once, before any concurrency.
public enum LibXML2 {
    /// Initialises the parser and silences its error printing (also for threads created later).
    public static func initialize() {
        xmlInitParser()
        clibxml2_silence_errors()
    }
}
