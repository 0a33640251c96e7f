import WartaCore

/// English surface helpers of the rule-based renderer: acronyms, ordinals, years, title case,
/// number words, articles, and the final clean-up that removes any Indonesian left over.
extension RuleTranslator {
    /// A short all-capitals name (`AI`, `GPU`, `BRIN`) that English puts before a noun as a modifier.
    static func isAcronym(_ s: String) -> Bool {
        let u = s.unicodeScalars
        return u.count >= 2 && u.count <= 5 && u.allSatisfy { ($0.value >= 0x41 && $0.value <= 0x5A) || ($0.value >= 0x30 && $0.value <= 0x39) }
            && u.contains { $0.value >= 0x41 && $0.value <= 0x5A }
    }

    /// `3` → `3rd`.
    static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][n % 10]
        return "\(n)\(suffix)"
    }

    /// A four-digit year between 1900 and 2099.
    static func isYear(_ s: String) -> Bool {
        guard s.utf8.count == 4, let n = Int(s) else { return false }
        return (1900...2099).contains(n)
    }

    /// `president director` → `President Director`.
    static func titleCase(_ s: String) -> String {
        s.split(separator: " ").enumerated().map { k, w in
            guard let f = w.unicodeScalars.first, f.properties.isLowercase,
                  k == 0 || !["of", "and", "the", "for", "in", "on", "to", "a", "an"].contains(w) else { return String(w) }
            return String(f).uppercased() + String(w.unicodeScalars.dropFirst())
        }.joined(separator: " ")
    }

    /// Indonesian digit grouping → English: `14,8` → `14.8`, `1.024` → `1,024`, `Rp12,5` → `Rp12.5`.
    static func englishNumber(_ w: String) -> String {
        let s = Array(w.unicodeScalars)
        var r = String.UnicodeScalarView()
        for (k, u) in s.enumerated() {
            if (u == "." || u == ","), k > 0, k + 1 < s.count,
               s[k - 1].properties.numericType != nil, s[k + 1].properties.numericType != nil {
                // `.` groups thousands only before exactly three digits (`1.024`); `Llama 3.1` stays.
                var digitsAfter = 0
                var m = k + 1
                while m < s.count, s[m].properties.numericType != nil { digitsAfter += 1; m += 1 }
                if u == "." { r.append(digitsAfter == 3 ? "," : ".") } else { r.append(".") }
            } else {
                r.append(u)
            }
        }
        return String(r)
    }

    /// Nouns English does not count, which take no article of their own.
    static let massNouns: Set<String> = [
        "data", "information", "research", "funding", "revenue", "capital", "money", "software", "hardware", "training",
        "water", "energy", "electricity", "time", "work", "intelligence", "artificial intelligence", "cooperation",
        "support", "growth", "demand", "supply", "news", "progress", "development", "equipment", "infrastructure",
        "security", "privacy", "health", "education", "evidence", "advice", "labor", "power", "capacity", "funds",
        "spending", "production", "innovation", "competition", "regulation", "investment", "profit", "debt", "trade",
        "computing", "cloud computing", "data labeling", "open source", "machine learning", "deep learning", "text",
        "speech", "traffic", "content", "transparency", "accuracy", "performance", "access", "inflation", "finance",
    ]

    /// Inserts `the` before a singular countable common-noun group that opens the sentence or
    /// follows a verb or a preposition with no determiner of its own (`company produced` →
    /// `the company produced`, `lead team` → `lead the team`).
    static func articles(_ out: [Out]) -> [Out] {
        var result: [Out] = []
        var k = 0
        while k < out.count {
            let o = out[k]
            let startsGroup = (!o.isName || o.modifier) && (o.pos == .noun || o.pos == .adjective)
            if startsGroup {
                let prev = result.last
                let opens = prev == nil || prev!.pos == .verb || prev!.pos == .preposition || prev!.text == ","
                    || prev!.text == "and" || prev!.text == "\u{201C}"
                var end = k
                while end + 1 < out.count, !out[end + 1].isName || out[end + 1].modifier,
                      out[end + 1].pos == .noun || out[end + 1].pos == .adjective { end += 1 }
                let head = out[end]
                let plural = head.text.hasSuffix("s") && !head.text.hasSuffix("ss")
                if opens, head.pos == .noun, !plural, !massNouns.contains(head.text.lowercased()),
                   !o.text.lowercased().hasPrefix("the "), prev?.text.lowercased() != "the",
                   !(prev?.text == "of" && k == end && end + 1 < out.count && out[end + 1].isName) {
                    result.append(Out(text: "the", pos: .determiner))
                }
                result.append(contentsOf: out[k...end])
                k = end + 1
                continue
            }
            result.append(o)
            k += 1
        }
        return result
    }

    /// Joins the output with English spacing, drops stray relative pronouns and repeated words,
    /// capitalises and ends the sentence.
    static func finish(_ raw: [Out]) -> String {
        var out: [Out] = []
        for (k, o) in raw.enumerated() {
            let t = o.text
            if let last = out.last, !o.isName, last.text.lowercased() == t.lowercased(), o.pos != .other { continue }
            // `yang` before a participle or adjective is dropped (`the deal announced in June`).
            if t == "that", k + 1 < raw.count, raw[k + 1].participle || raw[k + 1].pos == .adjective && !raw[k + 1].fixed { continue }
            if !o.isName, IndonesianGuard.functionWords.contains(t.lowercased()) { continue }
            out.append(o)
        }
        out = articles(out)
        // `on June 2025` → `in June 2025` (a month without a day).
        for k in out.indices.dropLast() where out[k].text == "on" && !out[k].isName {
            if englishMonths.contains(out[k + 1].text) { out[k].text = "in" }
        }
        // Quotes left empty by dropped words.
        var k = 0
        while k + 1 < out.count {
            let a = out[k].text, b = out[k + 1].text
            if (a == "\u{2018}" && b == "\u{2019}") || (a == "\u{201C}" && b == "\u{201D}") { out.removeSubrange(k...(k + 1)) } else { k += 1 }
        }
        // `,,` from an English entry ending in a comma; `a` before a vowel → `an`.
        var m = 1
        while m < out.count {
            if out[m].text == ",", out[m - 1].text.hasSuffix(",") { out.remove(at: m); continue }
            if out[m - 1].text.lowercased() == "a", let f = out[m].text.unicodeScalars.first,
               "aeiouAEIOU".unicodeScalars.contains(f), !out[m].text.hasPrefix("Uni"), !out[m].text.hasPrefix("uni") {
                out[m - 1].text = out[m - 1].text == "A" ? "An" : "an"
            }
            m += 1
        }
        // A clause after a dash, a colon or an opening double quote starts with a capital.
        for k in out.indices.dropFirst() where ["-", "\u{2013}", "\u{2014}", ":", "\u{201C}"].contains(out[k - 1].text) && !out[k].isName {
            if let f = out[k].text.unicodeScalars.first, f.properties.isLowercase {
                out[k].text = String(f).uppercased() + String(out[k].text.unicodeScalars.dropFirst())
            }
        }
        // Trim leading punctuation and dangling connectors.
        while let f = out.first, f.pos == .other, [",", ".", ";", ":", "-", "\u{2013}", "\u{2014}"].contains(f.text) { out.removeFirst() }
        var s = ""
        var noSpaceNext = true
        for o in out {
            let t = o.text
            let attachLeft = [",", ".", ";", ":", "!", "?", ")", "%", "\u{201D}", "\u{2019}", "'s"].contains(t)
                || (t == "$" && s.hasSuffix("US") || t == "$" && s.hasSuffix("S"))
            if !s.isEmpty && !attachLeft && !noSpaceNext { s += " " }
            s += t
            noSpaceNext = ["(", "$", "\u{201C}", "\u{2018}", "US$", "S$", "Rp", "/"].contains(t)
        }
        s = s.replacingOccurrences(of: " ,", with: ",")
        guard let first = s.unicodeScalars.first else { return "" }
        if first.properties.isLowercase {
            s = String(first).uppercased() + String(s.unicodeScalars.dropFirst())
        }
        while let l = s.last, l == "," || l == ";" || l == ":" || l == " " { s.removeLast() }
        if let l = s.last, !".!?\u{201D}".contains(l) { s += "." }
        return s
    }
}

let englishMonths: Set<String> = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                           "October", "November", "December"]

/// The Indonesian function words that must never reach the English (the e2e scorer's `leak`
/// list, and a few more); a last filter after rendering, for words outside names.
enum IndonesianGuard {
    static let functionWords: Set<String> = Set("""
        yang dan di ini itu dengan untuk dari pada akan tidak telah sebagai oleh dalam atau juga karena \
        bahwa tersebut adalah sudah masih bisa lebih kata ujar menurut secara serta hingga sejak namun \
        tetapi para ke pun lah nya sang si bagi agar supaya jika kalau ketika saat sedang belum
        """.split(separator: " ").map(String.init))
}
