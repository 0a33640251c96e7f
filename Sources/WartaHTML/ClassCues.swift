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

    static let positiveBytes = PatternSet(positive)
    static let negativeBytes = PatternSet(negative)
    static let unlikelyBytes = PatternSet(unlikely)
    static let maybeBytes = PatternSet(maybe)

    /// Substring patterns bucketed by their first byte: one pass over the haystack, and at each
    /// position only the few patterns that start with that byte are compared. The patterns sit in
    /// one flat byte array (`bucketStart[c]..<bucketStart[c + 1]` index `entries` of first byte `c`).
    struct PatternSet: Sendable {
        var bytes: [UInt8] = []
        /// (offset in `bytes`, length) of each pattern, grouped by first byte.
        var entries: [(Int32, Int32)] = []
        var bucketStart: [Int32] = Array(repeating: 0, count: 257)
        /// Which bytes start a pattern (a 256-bit set), checked before touching a bucket.
        var starts: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        /// Which byte pairs start a pattern of two or more bytes (a 65,536-bit set).
        var pairs: [UInt64] = Array(repeating: 0, count: 1024)
        /// Some pattern is a single byte (then every start byte is a candidate).
        var hasSingleByte = false
        init(_ patterns: [String]) {
            var buckets: [[[UInt8]]] = Array(repeating: [], count: 256)
            for p in patterns where !p.isEmpty {
                let b = Array(p.utf8); buckets[Int(b[0])].append(b)
                if b.count == 1 { hasSingleByte = true } else {
                    let key = Int(b[0]) << 8 | Int(b[1])
                    pairs[key >> 6] |= UInt64(1) << UInt64(key & 63)
                }
                let bit = UInt64(1) << UInt64(b[0] & 63)
                switch b[0] >> 6 { case 0: starts.0 |= bit; case 1: starts.1 |= bit; case 2: starts.2 |= bit; default: starts.3 |= bit }
            }
            for c in 0..<256 {
                bucketStart[c] = Int32(entries.count)
                for p in buckets[c] {
                    entries.append((Int32(bytes.count), Int32(p.count)))
                    bytes.append(contentsOf: p)
                }
            }
            bucketStart[256] = Int32(entries.count)
        }
        @inline(__always) func mayStart(_ c: UInt8) -> Bool {
            let bit = UInt64(1) << UInt64(c & 63)
            switch c >> 6 { case 0: return starts.0 & bit != 0; case 1: return starts.1 & bit != 0; case 2: return starts.2 & bit != 0; default: return starts.3 & bit != 0 }
        }
        func matches(_ hay: [UInt8]) -> Bool {
            let n = hay.count
            return hay.withUnsafeBufferPointer { h in
                bytes.withUnsafeBufferPointer { pb in
                    entries.withUnsafeBufferPointer { e in
                        bucketStart.withUnsafeBufferPointer { bs in
                          pairs.withUnsafeBufferPointer { pairs in
                            for i in 0..<n where mayStart(h[i]) {
                                if !hasSingleByte {
                                    guard i + 1 < n else { break }
                                    let key = Int(h[i]) << 8 | Int(h[i + 1])
                                    if pairs[key >> 6] & (UInt64(1) << UInt64(key & 63)) == 0 { continue }
                                }
                                let c = Int(h[i])
                                var k = Int(bs[c])
                                let end = Int(bs[c + 1])
                                while k < end {
                                    let (off, len) = (Int(e[k].0), Int(e[k].1))
                                    k += 1
                                    if i + len > n { continue }
                                    var j = 1
                                    while j < len, h[i + j] == pb[off + j] { j += 1 }
                                    if j == len { return true }
                                }
                            }
                            return false
                          }
                        }
                    }
                }
            }
        }
    }

    static func containsAny(_ hay: [UInt8], _ set: PatternSet) -> Bool { !hay.isEmpty && set.matches(hay) }

    /// ASCII-lower-cased UTF-8 bytes of `s` (class names are ASCII in practice).
    static func lowerBytes(_ s: String) -> [UInt8] {
        s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    /// The `class` and `id` of a node, lower-cased and joined by a space ("" when neither).
    static func names(of node: HTMLTree.Node) -> String { String(decoding: node.cues, as: UTF8.self) }

    /// readability's class weight: −25 for boilerplate names, +25 for content names, per attribute.
    static func weight(of node: HTMLTree.Node) -> Double {
        var w = 0.0
        for (k, v) in node.attributes where !v.isEmpty && HTMLTree.cueAttributes.contains(k) {
            let s = lowerBytes(v)
            // BEM names say what the element is after "__" (`article-header__meta`,
            // `article-photo__caption`): a boilerplate element there outweighs the block's name.
            if let tail = bemElement(s), containsAny(tail, negativeBytes) { w -= 25; continue }
            // `detail-img-caption`, `detailsCoverCaption`: the name's last word decides too.
            if endsWithBoilerplate(s) { w -= 25; continue }
            if containsAny(s, negativeBytes) { w -= 25 }
            if k == "class" ? hasContentName(s) : containsAny(s, positiveBytes) { w += 25 }
        }
        return w
    }

    /// The element part of BEM class names (`block__element` → `element`), nil when none.
    static func bemElement(_ s: [UInt8]) -> [UInt8]? {
        var i = s.count - 2
        while i >= 0 {
            if s[i] == 0x5F, s[i + 1] == 0x5F {
                var end = i + 2
                while end < s.count, s[end] != 0x20 { end += 1 }
                return Array(s[(i + 2)..<end])
            }
            i -= 1
        }
        return nil
    }


    /// True when the block's names say "not the article" and nothing says "content".
    static func isUnlikely(_ node: HTMLTree.Node) -> Bool {
        if node.cues.isEmpty { return false }
        // `article-photo__caption`, `article-header__meta`: the BEM element decides, whatever the block.
        if let tail = bemElement(node.cues), containsAny(tail, unlikelyBytes) || containsAny(tail, bemBoilerplate) { return true }
        // An inline or caption element named so (`<span data-qa-id="image-caption">`); containers named
        // so are left to cleaning, since broken markup can nest the article inside them.
        if endsWithBoilerplate(node.cues), lineElements.contains(node.name) { return true }
        return containsAny(node.cues, unlikelyBytes) && !containsAny(node.cues, maybeBytes)
    }

    /// Elements that hold a line, never the article.
    static let lineElements: Set<String> = ["span", "small", "figcaption", "p", "em", "i", "font", "cite"]

    /// BEM element names that are never article text.
    static let bemBoilerplate = PatternSet(["caption", "byline", "meta", "credit", "author", "date", "time", "tag", "breadcrumb", "nav",
                                            "feedback", "reaction"])

    /// Last words of a class name that make the element boilerplate whatever comes before
    /// (`detail-img-caption`, `detailscovercaption` from `detailsCoverCaption`, `detail__feedback`):
    /// words for elements, never for containers.
    static let boilerplateEndings: [[UInt8]] = [
        "caption", "captions", "credit", "credits", "feedback", "reaction", "reactions", "byline", "breadcrumb", "breadcrumbs",
    ].map { Array($0.utf8) }

    static let textUtilityWords: Set<String> = [
        "xs", "sm", "base", "lg", "xl", "left", "center", "right", "justify", "start", "end", "black", "white",
        "transparent", "current", "inherit", "muted", "primary", "secondary", "success", "danger", "warning", "info",
        "light", "dark", "truncate", "uppercase", "lowercase", "capitalize", "nowrap", "wrap", "break", "ellipsis",
        "balance", "pretty", "gray", "grey", "neutral", "slate", "zinc", "stone", "red", "blue", "green",
    ]

    /// `text-sm`, `text-2xl`, `text-neutral-1200`, `text-center`: a utility class, not a name.
    static func isTextUtility(_ token: [UInt8]) -> Bool {
        let prefix = Array("text-".utf8)
        guard token.count > prefix.count, token.starts(with: prefix) else { return false }
        let rest = token[prefix.count...]
        let digits = rest.filter { $0 >= 0x30 && $0 <= 0x39 }.count
        if digits > 0 { return digits < rest.count }   // `text-2xl`, `text-gray-700`; not an id like `text-35597159`
        let word = rest.prefix { $0 != 0x2D }
        return textUtilityWords.contains(String(decoding: word, as: UTF8.self))
    }

    /// True when one of the space-separated names in `s` ends with a word of `boilerplateEndings`.
    static func endsWithBoilerplate(_ s: [UInt8]) -> Bool {
        var end = s.count
        while end > 0 {
            var start = end
            while start > 0, s[start - 1] != 0x20 { start -= 1 }
            for w in boilerplateEndings where end - start >= w.count {
                if s[(end - w.count)..<end].elementsEqual(w) { return true }
            }
            end = start - 1
        }
        return false
    }

    /// True when a name in `s` says "content", utility classes aside: Tailwind's `text-sm` or
    /// `text-neutral-900` (and Bootstrap's `text-muted`) style the text, they do not say what it is.
    static func hasContentName(_ s: [UInt8]) -> Bool {
        guard containsAny(s, positiveBytes) else { return false }
        var start = 0
        while start < s.count {
            var end = start
            while end < s.count, s[end] != 0x20 { end += 1 }
            let token = Array(s[start..<end])
            if !isTextUtility(token), positiveBytes.matches(token) { return true }
            start = end + 1
        }
        return false
    }
}
