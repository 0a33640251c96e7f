/// Evidence from `class` and `id` attributes: what a block is likely to be.
///
/// The patterns are readability's, extended with the names Indonesian news sites use
/// (`detail__body`, `read__content`, `itp_bodycontent`, `baca-juga`, `terkait`, `populer`).
/// Matching is substring matching on the lower-cased `class` + `id` string.
enum ClassCues {
    /// Names of article containers.
    static let positive: [String] = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog",
        "story", "detail", "artikel", "berita", "read__content", "itp_bodycontent", "news-text",
        "caption-text", "txt",
    ]
    /// Names of boilerplate.
    static let negative: [String] = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr",
        "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
        "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "baca", "terkait", "populer", "iklan",
        "advert", "breadcrumb", "social", "newsletter", "subscribe", "copyright", "caption", "byline",
        "author", "penulis", "editor", "nav", "menu", "recommend", "trending", "most-", "popular", "taboola",
        "disqus", "signup", "login", "cookie", "modal", "popup", "pagination", "pager", "print", "rating",
        "headline-list", "list-berita", "box_", "adsbygoogle", "dfp", "gpt-ad", "parallax",
    ]
    /// Names of blocks that are dropped before scoring (unless they also look like content).
    static let unlikely: [String] = [
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus",
        "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
        "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
        "pagination", "pager", "popup", "yom-remote", "baca-juga", "bacajuga", "terkait", "populer",
        "terpopuler", "newsletter", "share", "sosmed", "iklan", "taboola", "outbrain", "navbar", "topbar",
        "cookie", "trending", "recommend", "most-read", "mostpopular",
    ]
    /// Names that keep an `unlikely` block.
    static let maybe: [String] = ["and", "article", "body", "column", "content", "main", "shadow", "detail"]

    /// The `class` and `id` of a node, lower-cased and joined by a space ("" when neither).
    static func names(of node: HTMLTree.Node) -> String {
        var s = ""
        for (k, v) in node.attributes where k == "class" || k == "id" {
            if !s.isEmpty { s += " " }
            s += v.lowercased()
        }
        return s
    }

    static func contains(_ names: String, anyOf patterns: [String]) -> Bool {
        for p in patterns where names.contains(p) { return true }
        return false
    }

    /// readability's class weight: −25 for boilerplate names, +25 for content names, per attribute.
    static func weight(of node: HTMLTree.Node) -> Double {
        var w = 0.0
        for (k, v) in node.attributes where (k == "class" || k == "id") && !v.isEmpty {
            let s = v.lowercased()
            if contains(s, anyOf: negative) { w -= 25 }
            if contains(s, anyOf: positive) { w += 25 }
        }
        return w
    }

    /// True when the block's names say "not the article" and nothing says "content".
    static func isUnlikely(_ node: HTMLTree.Node) -> Bool {
        let s = names(of: node)
        if s.isEmpty { return false }
        return contains(s, anyOf: unlikely) && !contains(s, anyOf: maybe)
    }
}
