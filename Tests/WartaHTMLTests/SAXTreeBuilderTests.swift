import CLibXML2
import Foundation
import Testing
import WartaCore
import WartaTestSupport
@testable import WartaHTML

/// `HTMLTree.parse` builds the tree from SAX events; it must be the tree a copy of libxml2's own DOM
/// gives (the way Warta built it before), node for node, on real pages and on hostile markup.
@Suite struct SAXTreeBuilderTests {
    /// The reference: libxml2 builds its DOM, which is copied with an iterative walk.
    static func domTree(_ bytes: [UInt8]) -> HTMLTree {
        var tree = HTMLTree()
        guard let ctxt = htmlNewParserCtxt() else { return tree }
        defer { htmlFreeParserCtxt(ctxt) }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
            | Int32(XML_PARSE_HUGE.rawValue)
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buf.count, 1)) { p in
                htmlCtxtReadMemory(ctxt, p, Int32(buf.count), nil, "UTF-8", options)
            }
        }
        tree.parserError = clibxml2_ctxt_errno(ctxt)
        guard let doc else { return tree }
        defer { xmlFreeDoc(doc) }
        tree.truncated = tree.parserError == 1 || tree.parserError == 2
        var cur: xmlNodePtr? = doc.pointee.children
        var parentIndex: Int32 = -1
        var depth: Int32 = 0
        while let n = cur {
            var descend = false
            var myIndex: Int32 = -1
            switch n.pointee.type {
            case XML_ELEMENT_NODE:
                let name = n.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                var attrs: [(String, String)] = []
                var cues: [UInt8] = []
                var a = n.pointee.properties
                while let attr = a {
                    a = attr.pointee.next
                    guard let an = attr.pointee.name else { continue }
                    let key = String(cString: an).lowercased()
                    guard HTMLTree.keptAttributes.contains(key) else { continue }
                    var value = ""
                    if let t = attr.pointee.children, let c = t.pointee.content { value = String(cString: c) }
                    if HTMLTree.cueAttributes.contains(key), !value.isEmpty {
                        if !cues.isEmpty { cues.append(0x20) }
                        for b in value.utf8 { cues.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
                    }
                    attrs.append((key, value))
                }
                myIndex = tree.append(HTMLTree.Node(kind: .element, name: name, text: "", attributes: attrs, cues: cues,
                                                    isBlock: VisibleText.blocks.contains(name),
                                                    isRemovedTag: NodeStats.alwaysRemoved.contains(name),
                                                    tag: HTMLTree.Tag(name: name), parent: parentIndex, depth: depth))
                if tree.root < 0 { tree.root = myIndex }
                if name == "script" {
                    let type = attrs.first { $0.0 == "type" }?.1.lowercased() ?? ""
                    if type.contains("ld+json"), let c = n.pointee.children, let content = c.pointee.content {
                        tree.nodes[Int(myIndex)].text = String(cString: content)
                    }
                } else if !HTMLTree.skippedElements.contains(name) {
                    descend = n.pointee.children != nil
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if parentIndex >= 0, let c = n.pointee.content {
                    myIndex = tree.append(HTMLTree.Node(kind: .text, name: "", text: String(cString: c), attributes: [],
                                                        parent: parentIndex, depth: depth))
                }
            default:
                break
            }
            if descend, let child = n.pointee.children {
                parentIndex = myIndex
                depth += 1
                cur = child
                continue
            }
            var m = n
            cur = nil
            while true {
                if let s = m.pointee.next { cur = s; break }
                guard let p = m.pointee.parent, p.pointee.type != XML_DOCUMENT_NODE,
                      p.pointee.type != XML_HTML_DOCUMENT_NODE else { break }
                m = p
                parentIndex = parentIndex >= 0 ? tree.nodes[Int(parentIndex)].parent : -1
                depth -= 1
            }
        }
        return tree
    }

    /// The first difference between the two trees, nil when they are the same.
    static func difference(_ bytes: [UInt8]) -> String? {
        let a = HTMLTree.parse(utf8: bytes), b = domTree(bytes)
        if a.root != b.root || a.truncated != b.truncated {
            return "root \(a.root)/\(b.root) truncated \(a.truncated)/\(b.truncated)"
        }
        // libxml2's last error is the one on the input it parsed (unread attribute values emptied:
        // the entity errors inside them are gone).
        let stripped = domTree(AttributeValueStripper.strip(bytes))
        if a.parserError != stripped.parserError { return "error \(a.parserError)/\(stripped.parserError)" }
        if a.nodes.count != b.nodes.count { return "node count \(a.nodes.count) vs \(b.nodes.count)" }
        for i in a.nodes.indices {
            let x = a.nodes[i], y = b.nodes[i]
            let same = x.kind == y.kind && x.name == y.name && x.text == y.text && x.cues == y.cues
                && x.attributes.map { $0.0 + "=" + $0.1 } == y.attributes.map { $0.0 + "=" + $0.1 }
                && x.isBlock == y.isBlock && x.isRemovedTag == y.isRemovedTag && x.tag == y.tag && x.parent == y.parent
                && x.firstChild == y.firstChild && x.lastChild == y.lastChild && x.nextSibling == y.nextSibling
                && x.depth == y.depth
            if !same { return "node \(i): <\(x.name)> \(x.text.prefix(40)) parent \(x.parent) vs <\(y.name)> \(y.text.prefix(40)) parent \(y.parent)" }
        }
        return nil
    }

    static let hostile: [String] = [
        "",
        "plain text, no markup",
        "<!-- c --><html><body>a<!-- x -->b<?pi x?>c</body></html><!-- after --><p>late</p>tail",
        "<!DOCTYPE html><html><body><p>x</p></body></html><div>after html</div>",
        "<html><body><p>one</p></body></html><p>after</p>",
        "<p>x</p><!DOCTYPE html><p>y</p></html><div>z</div>",
        "<html lang=id><body><div class='A b' id=X>t<b>u</b>v</div><html class=late><p>w</p></body>",
        "<div class=\"x\"<p>broken start tag</p><span id='q'\n",
        "<table><tr><td>a<td>b</table><p>c<p>d<ul><li>e<li>f</ul>",
        "<script type=\"application/ld+json\">{\"a\":1}</script><script>var x = '</scr' + 'ipt>';</script><p>t</p>",
        "<svg><title>t</title><path d='M0'/><p>in svg</p></svg><p>after svg</p>",
        "<noscript><p>ns</p></noscript><template><p>tp</p></template><p>x</p>",
        "<head><title>T</title><meta name=description content=D></head>text in head<body>b</body>",
        "a &amp; b &unknown; c &#8220;q&#8221; <br> d",
        "<html><body><p>x\u{0}y</p><div title=\"a\u{0}b\">z</div></body></html>",
        "<p>" + String(repeating: "<b>", count: 400) + "deep" + String(repeating: "</b>", count: 400) + "</p>",
        // Attribute values (kept ones survive, others are emptied before parsing).
        "<div class=\"a>b\" data-x='<p class=\"in\">' title=\"t<b>\" onclick=\"x('<i>')\">text<img src=\"a.png\" alt=pic/>tail</div>",
        "<div data-a=\"x\"<p data-b=\"y\">z</p><span =\"q\" id=\"s\" 9x=\"<b class='c'>\">w</span>",
        "<a href=x data-u=un<quoted>q</a><a data-v=\"no close><p>lost?</p>",
        "<div " + String(repeating: "d", count: 120) + "class=\"long-name\" data-" + String(repeating: "x", count: 110) + "=\"v\">n</div>",
        "<p title = \"spaced\" data-s = 'sp' >spaced</p><P DATA-U=\"UP\" CLASS=\"Up\">upper</P>",
        "<script type=\"application/ld+json\">{\"body\": \"<p data-x='1'>q</p>\"}</scriptx><p data-y=\"2\">in script</p></script><p data-z=\"3\">after</p>",
        "<script type=\"application/ld+json\">{\"a\": \"</script\"}</SCRIPT ><p data-q=\"1\">x</p><style>p[data-x=\"1\"]{}</style><style/><b data-w=\"2\">y</b>",
        "<?php echo \"<a title='x>y' data-t=\\\"z\\\">\"; ?><p data-p=\"1\">php</p><!-- <a data-c=\"1\"> --><p>c</p><!DOCTYPE x><p data-d=\"d\">d</p>",
        "</div data-e=\"<b class='x'>\"><p>end tag junk</p></ div><p data-f='f'>f</p>",
        "<html><body><form><input value=1><select><option>a<option>b</select></form><textarea>t</textarea></body></html>",
    ]

    @Test func hostileMarkupGivesTheDOMTree() {
        LibXML2.initialize()
        for h in Self.hostile {
            #expect(Self.difference(Array(h.utf8)) == nil, "\(h.prefix(60))")
        }
    }

    @Test func realPagesGiveTheDOMTree() throws {
        LibXML2.initialize()
        var files: [String] = []
        for dir in ["Corpus/pages", "Tests/WartaHTMLTests/Fixtures", "Tests/WartaHTMLTests/Fixtures/id-sites"] {
            let path = TestSupport.path(dir)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { continue }
            files += names.filter { $0.hasSuffix(".html") }.sorted().map { path + "/" + $0 }
        }
        // The shared dev pages when present (every 4th page keeps the test fast; WARTA_TEST_ALL_PAGES=1: all).
        let step = ProcessInfo.processInfo.environment["WARTA_TEST_ALL_PAGES"] == nil ? 4 : 1
        if let shared = TestSupport.sharedFolder?.appendingPathComponent("eval/html/pages").path,
           let names = try? FileManager.default.contentsOfDirectory(atPath: shared) {
            files += names.filter { $0.hasSuffix(".html") }.sorted().enumerated().filter { $0.offset % step == 0 }.map { shared + "/" + $0.element }
        }
        #expect(files.count >= 11)
        var nodes = 0
        for f in files {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: f)))
            let utf8 = RawTextStripper.strip(Array(CharsetDecision.decode(bytes, transport: nil).text.utf8))
            #expect(Self.difference(utf8) == nil, "\(f)")
            nodes += HTMLTree.parse(utf8: utf8).nodes.count
        }
        #expect(nodes > files.count * 10)
    }
}

/// What the stripper changes: only values of attributes the tree does not keep.
@Suite struct AttributeValueStripperTests {
    func strip(_ s: String) -> String { String(decoding: AttributeValueStripper.strip(Array(s.utf8)), as: UTF8.self) }

    @Test func unreadValuesAreEmptiedKeptOnesStay() {
        #expect(strip("<img src=\"a.png\" alt='x' class=\"c\" DATA-X=\"1\">t") == "<img src=\"\" alt='' class=\"c\" DATA-X=\"\">t")
        #expect(strip("<meta property=\"og:title\" content=\"Judul\">") == "<meta property=\"og:title\" content=\"Judul\">")
        #expect(strip("<a href=\"/x\" onclick=\"go()\">a</a>") == "<a href=\"/x\" onclick=\"\">a</a>")
    }

    @Test func commentsScriptsAndTextAreLeftAlone() {
        let s = "<!-- <img src=\"a\"> --><script type=\"application/ld+json\">{\"x\": \"<b data-a='1'>\"}</script>p data-a=\"1\" &lt;b src=\"2\""
        #expect(strip(s) == "<!-- <img src=\"a\"> --><script type=\"application/ld+json\">{\"x\": \"<b data-a='1'>\"}</script>p data-a=\"1\" &lt;b src=\"2\"")
        let nul = "<img src=\"a\u{0}b\">"
        #expect(strip(nul) == nul)
    }
}
