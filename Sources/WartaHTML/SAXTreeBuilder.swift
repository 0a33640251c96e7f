import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// Builds an `HTMLTree` from libxml2's SAX events, so libxml2 never allocates (and frees) a DOM.
///
/// The result is the tree that copying libxml2's DOM would give, because the builder follows the
/// rules of libxml2's DOM builder (`xmlSAX2StartElement`, `xmlSAX2Characters`, `xmlSAX2Comment`):
/// - consecutive character events in one element form one text node; a comment or processing
///   instruction between them (a DOM node Warta does not keep) splits it;
/// - an element that starts when no element is open goes to the top level when the document's first
///   node is not an element (the doctype), else it becomes the last child of that first element;
/// - character data outside any element is dropped, as is a text node's content after a NUL byte
///   (libxml2 stores text as C strings);
/// - an element name with a namespace prefix (`fb:like`) keeps its local part (`like`), and a prefix
///   no open element declared sets the parser's error number as libxml2's namespace warning does;
/// - elements libxml2 closes without an end event ("Couldn't find end of Start Tag") are closed
///   when the parser's element stack (`nameNr`) shows it.
/// Subtrees of `HTMLTree.skippedElements` and scripts are not stored (their element is); the text of
/// an `ld+json` script is.
struct SAXTreeBuilder {
    var tree = HTMLTree()
    /// Open elements, innermost last: the tree index, or -1 for elements inside a skipped subtree.
    var stack: [Int32] = []
    /// Open elements from the innermost skipped element (inclusive) inwards; 0 outside one.
    var skipDepth = 0
    /// The `ld+json` script whose text is being collected, -1 when none.
    var capture: Int32 = -1
    var captureBytes: [UInt8] = []
    /// The text node that the next character event extends, -1 when the next one starts a new node.
    var pendingText: Int32 = -1
    var pendingBytes: [UInt8] = []
    /// What the first top-level node was: 0 none yet, 1 an element, 2 something else.
    var firstTopLevel: UInt8 = 0
    /// Element and attribute names are interned in libxml2's dictionary: one lookup per pointer.
    var tags = PointerTable<TagInfo>()
    var attributeNames = PointerTable<KeptName?>()
    /// Reused buffers for one element's kept attributes and cue bytes (copied out at their size).
    var attributeScratch: [(String, String)] = []
    var cueScratch: [UInt8] = []

    /// A kept attribute name; `isCue` for `class` and `id`.
    final class KeptName {
        let name: String
        let isCue: Bool
        init(name: String, isCue: Bool) { self.name = name; self.isCue = isCue }
    }

    /// What the builder needs of an element name, worked out once per distinct name (a class, so
    /// that a lookup copies one reference).
    final class TagInfo {
        let name: String
        let isBlock: Bool
        let isRemovedTag: Bool
        let isScript: Bool
        let skipsChildren: Bool
        let tag: HTMLTree.Tag
        /// `fb` of `fb:like` (nil when the name has no prefix, as libxml2's `xmlSplitQName` decides).
        let prefix: String?
        /// The local part does not start as an XML name must (libxml2 reports XML_NS_ERR_QNAME).
        let badLocalName: Bool

        init(name: String, isBlock: Bool, isRemovedTag: Bool, isScript: Bool, skipsChildren: Bool, tag: HTMLTree.Tag,
             prefix: String?, badLocalName: Bool) {
            self.name = name; self.isBlock = isBlock; self.isRemovedTag = isRemovedTag; self.isScript = isScript
            self.skipsChildren = skipsChildren; self.tag = tag; self.prefix = prefix; self.badLocalName = badLocalName
        }
    }

    /// Prefixes of open elements and the stack depth at which each was opened.
    var openPrefixes: [(depth: Int, prefix: String)] = []

    /// Points the context's SAX handler at the builder's callbacks (the context's handler is its own
    /// copy). Document start/end and the doctype keep libxml2's handlers: the document node (with its
    /// DTD) is what the parser consults for blank-text decisions.
    static func install(on ctxt: htmlParserCtxtPtr) {
        guard let sax = ctxt.pointee.sax else { return }
        sax.pointee.startElement = { ctx, name, atts in
            guard let ctx, let name else { return }
            SAXTreeBuilder.with(ctx) { b, c in b.startElement(name, atts, ctxt: c) }
        }
        sax.pointee.endElement = { ctx, _ in
            guard let ctx else { return }
            SAXTreeBuilder.with(ctx) { b, c in b.endElement(ctxt: c) }
        }
        sax.pointee.characters = { ctx, ch, len in
            guard let ctx, let ch, len >= 0 else { return }
            SAXTreeBuilder.with(ctx) { b, c in b.characters(UnsafeBufferPointer(start: ch, count: Int(len)), ctxt: c) }
        }
        sax.pointee.cdataBlock = sax.pointee.characters
        sax.pointee.comment = { ctx, _ in
            guard let ctx else { return }
            SAXTreeBuilder.with(ctx) { b, c in b.otherNode(ctxt: c) }
        }
        sax.pointee.processingInstruction = { ctx, _, _ in
            guard let ctx else { return }
            SAXTreeBuilder.with(ctx) { b, c in b.otherNode(ctxt: c) }
        }
    }

    /// The builder behind a callback's context (`userData` is the parser context; `_private` holds
    /// the builder during `HTMLTree.parse`).
    @inline(__always)
    static func with(_ ctx: UnsafeMutableRawPointer, _ body: (inout SAXTreeBuilder, htmlParserCtxtPtr) -> Void) {
        let ctxt = ctx.assumingMemoryBound(to: htmlParserCtxt.self)
        guard let raw = ctxt.pointee._private else { return }
        body(&raw.assumingMemoryBound(to: SAXTreeBuilder.self).pointee, ctxt)
    }

    /// Closes the elements libxml2 popped without an end event, so that `stack` has `open` entries.
    @inline(__always)
    mutating func sync(open: Int) {
        while stack.count > open { pop() }
    }

    mutating func pop() {
        endText()
        if let last = openPrefixes.last, last.depth == stack.count { openPrefixes.removeLast() }
        stack.removeLast()
        if skipDepth > 0 {
            skipDepth -= 1
            if skipDepth == 0, capture >= 0 {
                tree.nodes[Int(capture)].text = Self.cString(captureBytes)
                capture = -1
                captureBytes.removeAll(keepingCapacity: true)
            }
        }
    }

    /// Stores the pending text node's content; the next character event starts a new node.
    @inline(__always)
    mutating func endText() {
        guard pendingText >= 0 else { return }
        tree.nodes[Int(pendingText)].text = Self.cString(pendingBytes)
        pendingText = -1
        pendingBytes.removeAll(keepingCapacity: true)
    }

    /// UTF-8 bytes up to the first NUL (what libxml2's C string holds).
    static func cString(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return "" }
            if let nul = memchr(base, 0, b.count) {
                return String(decoding: UnsafeBufferPointer(start: base, count: UnsafeRawPointer(base).distance(to: UnsafeRawPointer(nul))), as: UTF8.self)
            }
            return String(decoding: b, as: UTF8.self)
        }
    }

    mutating func tagInfo(_ np: UnsafePointer<xmlChar>) -> TagInfo {
        if let t = tags.find(np) { return t }
        var name = String(cString: np).lowercased()
        var prefix: String?
        var badLocalName = false
        // xmlSplitQName: "p:local" → prefix p, name local; names starting or ending with ':' stay whole.
        let u = Array(name.utf8)
        if let colon = u.firstIndex(of: 0x3A), colon > 0, colon + 1 < u.count {
            prefix = String(decoding: u[..<colon], as: UTF8.self)
            let c = u[colon + 1]
            badLocalName = !((c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x5F || c == 0x3A || c >= 0x80)
            name = String(decoding: u[(colon + 1)...], as: UTF8.self)
        }
        let t = TagInfo(name: name, isBlock: VisibleText.blocks.contains(name), isRemovedTag: NodeStats.alwaysRemoved.contains(name),
                        isScript: name == "script", skipsChildren: HTMLTree.skippedElements.contains(name), tag: HTMLTree.Tag(name: name),
                        prefix: prefix, badLocalName: badLocalName)
        tags.insert(np, t)
        return t
    }

    mutating func keptAttributeName(_ np: UnsafePointer<xmlChar>) -> KeptName? {
        if let k = attributeNames.find(np) { return k }
        let key = String(cString: np).lowercased()
        let kept: KeptName? = HTMLTree.keptAttributes.contains(key) ? KeptName(name: key, isCue: HTMLTree.cueAttributes.contains(key)) : nil
        attributeNames.insert(np, kept)
        return kept
    }

    mutating func startElement(_ np: UnsafePointer<xmlChar>, _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
                               ctxt: htmlParserCtxtPtr) {
        // libxml2 pushed the name before calling us.
        sync(open: max(Int(ctxt.pointee.nameNr) - 1, 0))
        endText()
        let info = tagInfo(np)
        if let prefix = info.prefix {
            // xmlSplitQName's error, then xmlSAX2StartElement's "Namespace prefix … is not defined"
            // unless an open element has the prefix (in HTML only such elements declare one).
            if info.badLocalName { ctxt.pointee.errNo = 202 }          // XML_NS_ERR_QNAME
            if prefix != "xml", !openPrefixes.contains(where: { $0.prefix == prefix }) {
                ctxt.pointee.errNo = 201                                // XML_NS_ERR_UNDEFINED_NAMESPACE
            }
            openPrefixes.append((stack.count + 1, prefix))
        }
        if skipDepth > 0 { stack.append(-1); skipDepth += 1; return }
        let parent: Int32
        let depth: Int32
        if let top = stack.last {
            parent = top
            depth = tree.nodes[Int(top)].depth + 1
        } else if ctxt.pointee.myDoc?.pointee.children == nil && firstTopLevel == 1 && tree.root >= 0 {
            parent = tree.root        // xmlSAX2StartElement: the document's first element adopts it
            depth = tree.nodes[Int(parent)].depth + 1
        } else {
            if firstTopLevel == 0 { firstTopLevel = 1 }
            parent = -1
            depth = 0
        }
        var attrs: [(String, String)] = []
        var cues: [UInt8] = []
        if var a = atts {
            attributeScratch.removeAll(keepingCapacity: true)
            cueScratch.removeAll(keepingCapacity: true)
            while let an = a.pointee {
                let value = (a + 1).pointee
                a += 2
                guard let key = keptAttributeName(an) else { continue }
                let v = value.map { String(cString: $0) } ?? ""
                if key.isCue, let value, value.pointee != 0 {
                    if !cueScratch.isEmpty { cueScratch.append(0x20) }
                    var c = value
                    while c.pointee != 0 { let b = c.pointee; cueScratch.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b); c += 1 }
                }
                attributeScratch.append((key.name, v))
            }
            if !attributeScratch.isEmpty { attrs = Array(attributeScratch) }
            if !cueScratch.isEmpty { cues = Array(cueScratch) }
        }
        let index = tree.append(HTMLTree.Node(kind: .element, name: info.name, text: "", attributes: attrs, cues: cues,
                                              isBlock: info.isBlock, isRemovedTag: info.isRemovedTag, tag: info.tag,
                                              parent: parent, depth: depth))
        if tree.root < 0 { tree.root = index }
        stack.append(index)
        if info.isScript {
            skipDepth = 1
            if let type = attrs.first(where: { $0.0 == "type" })?.1, Self.containsLDJSON(type) { capture = index }
        } else if info.skipsChildren {
            skipDepth = 1
        }
    }

    /// `type.lowercased().contains("ld+json")`, on ASCII bytes (no other character lower-cases to
    /// one of these letters).
    static func containsLDJSON(_ type: String) -> Bool {
        let needle: [UInt8] = Array("ld+json".utf8)
        let b = Array(type.utf8)
        guard b.count >= needle.count else { return false }
        for i in 0...(b.count - needle.count) {
            var k = 0
            while k < needle.count, (b[i + k] >= 0x41 && b[i + k] <= 0x5A ? b[i + k] | 0x20 : b[i + k]) == needle[k] { k += 1 }
            if k == needle.count { return true }
        }
        return false
    }

    mutating func endElement(ctxt: htmlParserCtxtPtr) {
        // Called before libxml2 pops the name.
        sync(open: Int(ctxt.pointee.nameNr))
        if !stack.isEmpty { pop() }
    }

    mutating func characters(_ ch: UnsafeBufferPointer<xmlChar>, ctxt: htmlParserCtxtPtr) {
        sync(open: Int(ctxt.pointee.nameNr))
        guard let top = stack.last else { return }
        if skipDepth > 0 {
            if skipDepth == 1, capture >= 0, top == capture { captureBytes.append(contentsOf: ch) }
            return
        }
        if pendingText < 0 {
            pendingText = tree.append(HTMLTree.Node(kind: .text, name: "", text: "", attributes: [], parent: top,
                                                    depth: tree.nodes[Int(top)].depth + 1))
        }
        pendingBytes.append(contentsOf: ch)
    }

    /// A comment or processing instruction: not kept, but a DOM node all the same.
    mutating func otherNode(ctxt: htmlParserCtxtPtr) {
        sync(open: Int(ctxt.pointee.nameNr))
        endText()
        if stack.isEmpty, firstTopLevel == 0 { firstTopLevel = 2 }
    }

    mutating func finish() {
        sync(open: 0)
        endText()
    }
}

/// A small open-addressing map from libxml2's interned name pointers to values (names are interned
/// per parse, so a page has a few hundred at most).
struct PointerTable<Value> {
    var keys: [UInt] = Array(repeating: 0, count: 256)
    var values: [Value?] = Array(repeating: nil, count: 256)
    var count = 0

    @inline(__always)
    func slot(_ k: UInt, _ mask: Int) -> Int { Int(truncatingIfNeeded: (k >> 4) ^ (k >> 12)) & mask }

    @inline(__always)
    func find(_ p: UnsafePointer<UInt8>) -> Value? {
        let k = UInt(bitPattern: p)
        let mask = keys.count - 1
        var i = slot(k, mask)
        while keys[i] != 0 {
            if keys[i] == k { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    mutating func insert(_ p: UnsafePointer<UInt8>, _ v: Value) {
        if (count + 1) * 2 > keys.count { grow() }
        let k = UInt(bitPattern: p)
        let mask = keys.count - 1
        var i = slot(k, mask)
        while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
        if keys[i] == 0 { count += 1 }
        keys[i] = k
        values[i] = v
    }

    mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        count = 0
        for (j, k) in oldKeys.enumerated() where k != 0 {
            insert(UnsafePointer(bitPattern: k)!, oldValues[j]!)
        }
    }
}
