import WartaCore

/// Title, author, publication date, canonical URL, site name and language of a page, from (in order
/// of trust) JSON-LD, Open Graph / article meta tags, microdata, and visible bylines.
struct PageMetadata {
    /// The headline, with its deck when the page prints one under it.
    var title: String?
    /// The headline alone: the line the article filter drops when the body repeats it.
    var headline: String?
    /// No title string names a visible element: `settleTitle` decides by position.
    var needsPositionalTitle = false
    /// Elements named as the headline, waiting for `settleTitle`.
    var pendingHeadlines: [(Int32, String)] = []
    /// The page's only h1, waiting for `settleTitle`.
    var soleH1: (Int32, String)?
    var author: String?
    var published: String?
    var canonicalURL: String?
    var site: String?
    var lang: String?
    /// JSON-LD `articleBody`, when the page carries one (evidence for content selection).
    var articleBody: String?

    init(tree: HTMLTree) {
        var metas: [String: String] = [:]     // lower-cased name/property → first content
        var ldObjects: [JSONValue] = []
        var headings: [(Int32, String)] = []   // h1 texts first, then h2–h4
        var h1Count = 0
        var headlineTexts: [(Int32, String)] = []   // elements whose class/id say "headline"
        var headlineContainers: [Int32] = []        // the element named so, for each of headlineTexts
        var titleTag: String?
        var timeDatetime: String?
        var itempropAuthor: String?
        var itempropDate: String?
        var bylineTexts: [String] = []
        tree.nodes.withUnsafeBufferPointer { nodes in
        for i in nodes.indices where nodes[i].kind == .element {
            let tag = nodes[i].tag
            switch tag {
            case .meta:
                let n = nodes[i]
                let key = (n.attribute("property") ?? n.attribute("name") ?? n.attribute("itemprop") ?? "").lowercased()
                if !key.isEmpty, let c = n.attribute("content"), metas[key] == nil {
                    let v = TextNormalization.collapseWhitespace(c)
                    if !v.isEmpty { metas[key] = v }
                }
                if n.attribute("itemprop") == "datePublished", let c = n.attribute("content") { itempropDate = itempropDate ?? c }
            case .script:
                if !nodes[i].text.isEmpty, let v = try? JSONParser.parse(nodes[i].text) { PageMetadata.collectLD(v, into: &ldObjects) }
            case .title:
                if titleTag == nil { titleTag = VisibleText.text(of: Int32(i), in: tree) }
            case .h1, .h2, .h3, .h4:
                if headings.count < 24 {
                    let t = VisibleText.text(of: Int32(i), in: tree)
                    if !t.isEmpty {
                        if tag == .h1 { headings.insert((Int32(i), t), at: h1Count); h1Count += 1 } else { headings.append((Int32(i), t)) }
                    }
                }
            case .html:
                if lang == nil, let l = nodes[i].attribute("lang"), !l.isEmpty { lang = l }
            case .link:
                if canonicalURL == nil, nodes[i].attribute("rel")?.lowercased() == "canonical", let h = nodes[i].attribute("href"), !h.isEmpty {
                    canonicalURL = h
                }
            case .time:
                if timeDatetime == nil, let d = nodes[i].attribute("datetime") { timeDatetime = d }
            default:
                break
            }
            guard !nodes[i].attributes.isEmpty else { continue }
            if headlineTexts.count < 24, !nodes[i].cues.isEmpty, ClassCues.containsAny(nodes[i].cues, PageMetadata.headlineCues),
               PageMetadata.headlineTags.contains(nodes[i].name), !ClassCues.containsAny(nodes[i].cues, PageMetadata.notHeadlineCues) {
                let t = VisibleText.text(of: Int32(i), in: tree)
                let words = BoilerplateLexicon.words(in: t)
                if words >= 2, words <= 30 {
                    headlineTexts.append((Int32(i), t)); headlineContainers.append(Int32(i))
                } else if words > 30, let h = HeadlineSelection.headingInside(Int32(i), in: tree) {
                    // A headline block holding the article too: its heading.
                    headlineTexts.append(h); headlineContainers.append(Int32(i))
                }
            }
            if let prop = nodes[i].attribute("itemprop") {
                if prop == "author", itempropAuthor == nil {
                    let t = VisibleText.text(of: Int32(i), in: tree)
                    if !t.isEmpty, t.count < 80 { itempropAuthor = t }
                }
                if prop == "datePublished", itempropDate == nil { itempropDate = nodes[i].attribute("datetime") ?? nodes[i].attribute("content") }
            }
        }
        }
        let article = ldObjects.first { o in
            let t = PageMetadata.types(of: o)
            return t.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" || $0 == "WebPage" }
        }
        // Title: a visible element named by a title string, else og:title / JSON-LD headline; pages
        // with neither are settled by position once the article block is known (`settleTitle`).
        let ogTitle = metas["og:title"] ?? metas["twitter:title"]
        let ldTitle = article?["headline"]?.stringValue.map(TextNormalization.collapseWhitespace)
        let preferred = ldTitle ?? ogTitle ?? metas["headline"]
        let titleStrings = [ogTitle, ldTitle, metas["headline"], metas["title"], metas["dc.title"], metas["wt.ti"], titleTag]
            .compactMap { $0 }.filter { !$0.isEmpty }
        let folded = titleStrings.map(PageMetadata.fold)
        let keys = HeadlineSelection.TitleKeys(titleStrings)
        var chosen = HeadlineSelection.longestMatch(headings + headlineTexts, titles: keys, minWords: 2, prefix: true)
        if chosen == nil, headlineTexts.isEmpty, !folded.isEmpty {
            chosen = HeadlineSelection.longestMatch(HeadlineSelection.shortTextElements(in: tree, titles: keys), titles: keys, minWords: 3, prefix: false)
        }
        if chosen == nil, let t = titleTag.map(PageMetadata.stripSiteSuffix), BoilerplateLexicon.words(in: t) >= 3 {
            // A heading that starts with the title and carries more (a date or a link label inside the h1).
            let f = PageMetadata.fold(t)
            if let h = (headings + headlineTexts).first(where: { PageMetadata.fold($0.1).hasPrefix(f) }) { chosen = (h.0, t) }
        }
        if chosen == nil {
            // An h1 contained in the title ("Judul" in "Judul, kata Menteri - Situs").
            chosen = headings.prefix(h1Count).first { h in
                let f = PageMetadata.fold(h.1)
                return f.utf8.count >= 10 && folded.contains { $0.contains(f) }
            }
        }
        if let (node, text) = chosen {
            setTitle(text, node: node, tree: tree)
        } else if let preferred {
            setTitle(PageMetadata.stripSiteSuffix(preferred), node: nil, tree: tree)
        } else {
            // Weak evidence only: settled once the article block is known.
            // An element named as the headline inside another one (`headline_top` in `headline_content`) is not it.
            pendingHeadlines = headlineTexts.indices.filter { k in
                !headlineContainers.contains { $0 != headlineContainers[k] && tree.isAncestor($0, of: headlineContainers[k]) }
            }.map { k in headlineTexts[k].0 == headlineContainers[k] ? HeadlineSelection.headingInside(headlineContainers[k], in: tree) ?? headlineTexts[k] : headlineTexts[k] }
            if h1Count == 1 { soleH1 = headings[0] }
            let fallback = PageMetadata.fallbackTitle(headings: headings.map(\.1), h1Count: h1Count, titleTag: titleTag)
            needsPositionalTitle = true
            title = fallback
            headline = fallback
        }
        // Author.
        var author = PageMetadata.authorName(article?["author"])
        if author == nil, let a = metas["author"] ?? metas["article:author"] ?? metas["dc.creator"] ?? metas["parsely-author"]
            ?? metas["content_author"], !a.hasPrefix("http") {
            author = a
        }
        if author == nil { author = itempropAuthor }
        if author == nil {
            // Only now look for a visible byline (a walk over every element's class and id).
            for (i, n) in tree.nodes.enumerated() where n.kind == .element && !n.attributes.isEmpty {
                guard n.name != "meta", n.name != "body", n.name != "html" else { continue }
                let names = n.cues
                if !names.isEmpty, ClassCues.containsAny(names, PageMetadata.bylineCues) {
                    let t = VisibleText.text(of: Int32(i), in: tree)
                    if !t.isEmpty, t.count < 120 { bylineTexts.append(t); break }
                }
            }
        }
        if author == nil, let b = bylineTexts.first { author = PageMetadata.cleanByline(b) }
        self.author = author.flatMap { $0.isEmpty ? nil : $0 }
        // Date.
        let dateCandidates: [String?] = [
            article?["datePublished"]?.stringValue, metas["article:published_time"], metas["og:published_time"],
            metas["datepublished"], metas["pubdate"], metas["publishdate"], metas["publish-date"], metas["publish_date"],
            metas["content_publishdate"], metas["dc.date"], metas["dc.date.issued"], metas["date"], metas["sailthru.date"],
            metas["parsely-pub-date"], itempropDate, timeDatetime, article?["dateCreated"]?.stringValue,
        ]
        published = dateCandidates.lazy.compactMap { $0 }.compactMap(IndonesianDate.parse).first
        if canonicalURL == nil { canonicalURL = metas["og:url"] }
        site = metas["og:site_name"] ?? PageMetadata.name(of: article?["publisher"])
        articleBody = article?["articleBody"]?.stringValue
    }

    /// Sets the headline (what the text filter compares lines with) and the title: the headline
    /// followed by its deck when the page prints one right under it.
    mutating func setTitle(_ text: String, node: Int32?, tree: HTMLTree) {
        headline = text
        title = text
        if let node, let deck = HeadlineSelection.deck(after: node, in: tree) { title = text + " " + deck }
        needsPositionalTitle = false
    }

    /// For a page whose title strings name no visible element, once content selection has chosen
    /// `roots`: the element named as the headline nearest above the article's first sentence; else
    /// the page's only h1 when it stands above the article; else the `<title>` or first h1 already
    /// set; else the nearest heading (or short line) above the article.
    mutating func settleTitle(tree: HTMLTree, roots: [Int32], lexicon: BoilerplateLexicon) {
        guard needsPositionalTitle else { return }
        needsPositionalTitle = false
        let start = HeadlineSelection.articleStart(tree: tree, roots: roots)
        if !pendingHeadlines.isEmpty {
            let above = start.flatMap { s in pendingHeadlines.last { $0.0 < s && !tree.isAncestor($0.0, of: s) } }
            let (node, text) = above ?? pendingHeadlines[0]
            setTitle(text, node: node, tree: tree)
        } else if let (node, text) = soleH1, let start, node < start, BoilerplateLexicon.words(in: text) >= 3,
                  !HeadlineSelection.insideLink(node, in: tree), lexicon.verdict(text) == .keep {
            // The page's one h1 above the article beats a <title> that names no visible element.
            setTitle(text, node: node, tree: tree)
        } else if title == nil, let start, let (node, text) = HeadlineSelection.nearestHeading(above: start, tree: tree, lexicon: lexicon) {
            setTitle(text, node: node, tree: tree)
        }
        pendingHeadlines = []
        soleH1 = nil
    }

    /// The `<title>` without its site name (the first h1 when that leaves under three words), else the first h1.
    static func fallbackTitle(headings: [String], h1Count: Int, titleTag: String?) -> String? {
        if let t = titleTag, !t.isEmpty {
            let stripped = stripSiteSuffix(t)
            if let h1 = headings.prefix(h1Count).first, stripped.split(separator: " ").count < 3, h1.split(separator: " ").count >= 4 { return h1 }
            if !stripped.isEmpty { return stripped }
        }
        return headings.prefix(h1Count).first
    }

    static let headlineTags: Set<String> = ["h1", "h2", "h3", "h4", "div", "td", "span", "font", "p", "b", "strong", "header"]
    static let headlineCues = ClassCues.PatternSet(["headline", "articletitle", "article_title", "article-title", "storytitle", "story_title",
                               "story-title", "news_article_title", "articleheader", "entry-title", "post-title", "judul",
                               "detail__title", "read__title", "detail-title"])
    static let notHeadlineCues = ClassCues.PatternSet(["widget", "sidebar", "related", "terkait", "populer", "list", "item", "sub"])
    static let bylineCues = ClassCues.PatternSet(["author", "byline", "penulis", "reporter"])

    /// Drops a trailing or leading site name: `Judul Berita - Kompas.com` → `Judul Berita`.
    static func stripSiteSuffix(_ t: String) -> String {
        let separators = [" | ", "|", " - ", " – ", " — ", " :: ", " « ", " » ", " · "]
        for sep in separators {
            let parts = t.components(separatedBy: sep)
            guard parts.count >= 2 else { continue }
            // Keep the longest part when it has at least 3 words; the site name is the short one.
            let best = parts.max { $0.count < $1.count }!
            if best.split(separator: " ").count >= 3 { return best.trimmingSpaces() }
        }
        return t
    }

    static func fold(_ s: String) -> String { TextNormalization.collapseWhitespace(s).lowercased() }

    static func collectLD(_ v: JSONValue, into out: inout [JSONValue]) {
        switch v {
        case .array(let items): for x in items { collectLD(x, into: &out) }
        case .object:
            if let graph = v["@graph"] { collectLD(graph, into: &out) }
            out.append(v)
        default: break
        }
    }

    static func types(of v: JSONValue) -> [String] {
        if let s = v["@type"]?.stringValue { return [s] }
        return v["@type"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    static func name(of v: JSONValue?) -> String? {
        guard let v else { return nil }
        if let s = v.stringValue { return s }
        if let a = v.arrayValue { return a.compactMap { name(of: $0) }.first }
        return v["name"]?.stringValue
    }

    static func authorName(_ v: JSONValue?) -> String? {
        guard let v else { return nil }
        if let a = v.arrayValue {
            let names = a.compactMap { authorName($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        guard let n = name(of: v), !n.hasPrefix("http") else { return nil }
        return TextNormalization.collapseWhitespace(n)
    }

    /// `Penulis: Nadia Putri` / `Oleh Nadia Putri | Editor …` / `By Jane Doe` → the name.
    static func cleanByline(_ s: String) -> String? {
        var t = s
        for cut in [" | ", " - ", " – ", ",", "\u{2022}"] {
            if let r = t.firstRange(of: cut) { t = String(t[..<r.lowerBound]) }
        }
        let lower = t.lowercased()
        for prefix in ["penulis:", "penulis", "oleh:", "oleh", "reporter:", "reporter", "by:", "by", "author:", "editor:"] where lower.hasPrefix(prefix + " ") || lower.hasPrefix(prefix) && prefix.hasSuffix(":") {
            t = String(t.dropFirst(prefix.count))
            break
        }
        t = t.trimmingSpaces()
        return t.isEmpty || t.split(separator: " ").count > 6 ? nil : t
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " || s.first == ":" { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }

    /// Foundation-free `components(separatedBy:)` for a non-empty string separator (byte scan).
    func components(separatedBy sep: String) -> [String] {
        let b = Array(utf8), s = Array(sep.utf8)
        guard !s.isEmpty, b.count >= s.count else { return [self] }
        var out: [String] = []
        var start = 0, i = 0
        while i + s.count <= b.count {
            if b[i] == s[0], b[i..<(i + s.count)].elementsEqual(s) {
                out.append(String(decoding: b[start..<i], as: UTF8.self))
                i += s.count; start = i
            } else {
                i += 1
            }
        }
        out.append(String(decoding: b[start...], as: UTF8.self))
        return out
    }

}
