import WartaCore

/// Title, author, publication date, canonical URL, site name and language of a page, from (in order
/// of trust) JSON-LD, Open Graph / article meta tags, microdata, and visible bylines.
struct PageMetadata {
    var title: String?
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
        var h1s: [String] = []   // h1 texts first, then h2/h3
        var h1Count = 0
        var headlineTexts: [String] = []   // elements whose class/id say "headline"
        var titleTag: String?
        var timeDatetime: String?
        var itempropAuthor: String?
        var itempropDate: String?
        var bylineTexts: [String] = []
        for (i, n) in tree.nodes.enumerated() where n.kind == .element {
            switch n.name {
            case "meta":
                let key = (n.attribute("property") ?? n.attribute("name") ?? n.attribute("itemprop") ?? "").lowercased()
                if !key.isEmpty, let c = n.attribute("content"), metas[key] == nil {
                    let v = TextNormalization.collapseWhitespace(c)
                    if !v.isEmpty { metas[key] = v }
                }
                if n.attribute("itemprop") == "datePublished", let c = n.attribute("content") { itempropDate = itempropDate ?? c }
            case "script":
                if !n.text.isEmpty, let v = try? JSONParser.parse(n.text) { PageMetadata.collectLD(v, into: &ldObjects) }
            case "title":
                if titleTag == nil { titleTag = VisibleText.text(of: Int32(i), in: tree) }
            case "h1", "h2", "h3":
                if h1s.count < 12 {
                    let t = VisibleText.text(of: Int32(i), in: tree)
                    if !t.isEmpty { if n.name == "h1" { h1s.insert(t, at: h1Count); h1Count += 1 } else { h1s.append(t) } }
                }
            case "html":
                if lang == nil, let l = n.attribute("lang"), !l.isEmpty { lang = l }
            case "link":
                if canonicalURL == nil, n.attribute("rel")?.lowercased() == "canonical", let h = n.attribute("href"), !h.isEmpty {
                    canonicalURL = h
                }
            case "time":
                if timeDatetime == nil, let d = n.attribute("datetime") { timeDatetime = d }
            default:
                break
            }
            if let prop = n.attribute("itemprop") {
                if prop == "author", itempropAuthor == nil {
                    let t = VisibleText.text(of: Int32(i), in: tree)
                    if !t.isEmpty, t.count < 80 { itempropAuthor = t }
                }
                if prop == "datePublished", itempropDate == nil { itempropDate = n.attribute("datetime") ?? n.attribute("content") }
            }
        }
        let article = ldObjects.first { o in
            let t = PageMetadata.types(of: o)
            return t.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" || $0 == "WebPage" }
        }
        // Title.
        let ogTitle = metas["og:title"] ?? metas["twitter:title"]
        let ldTitle = article?["headline"]?.stringValue.map(TextNormalization.collapseWhitespace)
        let fullTitles = [ogTitle, ldTitle, titleTag].compactMap { $0 }.filter { !$0.isEmpty }
        if let t = PageMetadata.confidentTitle(full: fullTitles, headings: h1s, h1Count: h1Count, preferred: ldTitle ?? ogTitle) {
            title = t
        } else {
            // No heading named by the title and no og:title: look for an element named as the headline.
            for (i, n) in tree.nodes.enumerated() where n.kind == .element && !n.cues.isEmpty && headlineTexts.count < 3 {
                guard PageMetadata.headlineTags.contains(n.name), ClassCues.containsAny(n.cues, PageMetadata.headlineCues),
                      !ClassCues.containsAny(n.cues, PageMetadata.notHeadlineCues) else { continue }
                let t = VisibleText.text(of: Int32(i), in: tree)
                let words = t.split(separator: " ").count
                if words >= 2, words <= 30 { headlineTexts.append(t) }
            }
            title = PageMetadata.chooseTitle(full: fullTitles, headings: h1s, h1Count: h1Count, titleTag: titleTag,
                                             preferred: ldTitle ?? ogTitle, headlines: headlineTexts)
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

    /// The title when a visible heading equals the title (or one of its parts), is contained in it, or
    /// the page declares og:title / JSON-LD headline; nil when only weaker evidence is left.
    static func confidentTitle(full: [String], headings: [String], h1Count: Int, preferred: String?) -> String? {
        let foldedFull = full.map(fold)
        var foldedParts = Set(foldedFull)
        for t in foldedFull {
            for sep in ["|", " - ", " – ", " — ", " :: ", ": ", " « ", " » ", " · ", " / "] {
                for part in t.components(separatedBy: sep) {
                    let p = part.trimmingSpaces()
                    if p.count >= 8 { foldedParts.insert(p) }
                }
            }
        }
        let foldedHeadings = headings.map(fold)
        // A heading equal to the title or one of its parts: the longest such.
        var best: Int?
        for (k, h) in foldedHeadings.enumerated() where h.count >= 8 && foldedParts.contains(h) {
            if best == nil || headings[k].count > headings[best!].count { best = k }
        }
        if let best { return headings[best] }
        // An h1 contained in the title.
        for (k, h) in foldedHeadings.prefix(h1Count).enumerated() where h.count >= 10 && foldedFull.contains(where: { $0.contains(h) }) {
            return headings[k]
        }
        return preferred.map(stripSiteSuffix)
    }


    /// The headline: a visible heading that the `<title>`/og:title names (whole or one of its parts),
    /// else og:title / JSON-LD headline, else an element named as the headline, else the title without
    /// its site name, else the first h1.
    static func chooseTitle(full: [String], headings: [String], h1Count: Int, titleTag: String?, preferred: String?,
                            headlines: [String] = []) -> String? {
        if let t = confidentTitle(full: full, headings: headings + headlines, h1Count: h1Count, preferred: preferred) { return t }
        // An element named as the headline (`class="ArticleHeadline"`, `id="StoryHeadline"`) beats a
        // <title> that does not contain it (often just the site's name).
        if let h = headlines.first { return h }
        if let t = titleTag, !t.isEmpty {
            let stripped = stripSiteSuffix(t)
            if let h1 = headings.prefix(h1Count).first, stripped.split(separator: " ").count < 3, h1.split(separator: " ").count >= 4 { return h1 }
            return stripped
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
