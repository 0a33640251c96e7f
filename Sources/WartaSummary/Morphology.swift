/// Indonesian affix stripping for lexicon look-up: the candidate roots of an inflected word, most
/// specific first, with what the affixes say about the English form.
///
/// Covers the productive news morphology: `meN-` (with its nasal assimilation), `di-` (passive),
/// `ber-`, `ter-`, `per-`, `ke-…-an`, `pe(N)-…-an`, `-kan`, `-i`, `-an`, the clitics `-nya`,
/// `-lah`, `-kah`, `-pun`, and reduplication (`anak-anak`).
enum Morphology {
    /// What an affix combination means for the English rendering.
    enum Form: Sendable, Equatable {
        case same        // the root's own form
        case passive     // di-…: past participle
        case plural      // reduplication: plural noun
    }

    struct Candidate: Equatable {
        var root: String
        var form: Form
        /// `-nya` was attached: a possessive/definite (`its`, `the`).
        var possessive: Bool
    }

    /// Candidate analyses of a lower-case word, most likely first (the word itself is not included).
    static func candidates(_ word: String) -> [Candidate] {
        var out: [Candidate] = []
        var w = word
        var possessive = false
        // Reduplication: `anak-anak`, `perusahaan-perusahaan`, `luka-luka`.
        if let dash = w.firstIndex(of: "-") {
            let a = String(w[..<dash]), b = String(w[w.index(after: dash)...])
            if a == b || b.hasSuffix(a) || a.hasSuffix(b) {
                out.append(Candidate(root: a, form: .plural, possessive: false))
                out += candidates(a).map { Candidate(root: $0.root, form: .plural, possessive: $0.possessive) }
                return out
            }
        }
        for clitic in ["nya", "lah", "kah", "pun"] where w.hasSuffix(clitic) && w.count > clitic.count + 2 {
            w = String(w.dropLast(clitic.count))
            possessive = clitic == "nya"
            out.append(Candidate(root: w, form: .same, possessive: possessive))
            break
        }
        var stems: [(String, Form)] = []
        // Prefixes.
        func addPrefixed(_ rest: String, _ form: Form) {
            stems.append((rest, form))
            for suf in ["kan", "an", "i"] where rest.hasSuffix(suf) && rest.count > suf.count + 2 {
                stems.append((String(rest.dropLast(suf.count)), form))
            }
        }
        if w.hasPrefix("di"), w.count > 4 { addPrefixed(String(w.dropFirst(2)), .passive) }
        if w.hasPrefix("me") { for r in nasalRoots(String(w.dropFirst(2))) { addPrefixed(r, .same) } }
        if w.hasPrefix("pe") {
            for r in nasalRoots(String(w.dropFirst(2))) { addPrefixed(r, .same) }
            if w.hasPrefix("per") { addPrefixed(String(w.dropFirst(3)), .same) }
        }
        for p in ["ber", "ter", "ke", "se", "be", "te"] where w.hasPrefix(p) && w.count > p.count + 2 {
            addPrefixed(String(w.dropFirst(p.count)), .same)
            // ber- + per- (`berpengalaman`), memper- (`memperkuat`).
            let rest = String(w.dropFirst(p.count))
            if rest.hasPrefix("pe") { for r in nasalRoots(String(rest.dropFirst(2))) { addPrefixed(r, .same) } }
        }
        if w.hasPrefix("memper") { addPrefixed(String(w.dropFirst(6)), .same) }
        if w.hasPrefix("diper") { addPrefixed(String(w.dropFirst(5)), .passive) }
        // Suffixes alone.
        for suf in ["kan", "an", "i"] where w.hasSuffix(suf) && w.count > suf.count + 2 {
            stems.append((String(w.dropLast(suf.count)), .same))
        }
        for (r, f) in stems where r.count >= 2 {
            out.append(Candidate(root: r, form: f, possessive: possessive))
        }
        return out
    }

    /// Roots behind a nasal prefix remainder: `meng|ambil` → `ambil`; `mem|bangun` → `bangun`;
    /// `mem|ilih` → `pilih`; `men|cari` → `cari`; `men|ulis` → `tulis`; `meny|ewa` → `sewa`;
    /// `meng|gunakan`; `me|latih`.
    static func nasalRoots(_ rest: String) -> [String] {
        var r: [String] = []
        if rest.hasPrefix("ng") {
            let x = String(rest.dropFirst(2))
            r.append(x)
            if let f = x.first, "aeiou".contains(f) { r.append("k" + x) }
        } else if rest.hasPrefix("ny") {
            let x = String(rest.dropFirst(2))
            r.append("s" + x); r.append("ny" + x)
        } else if rest.hasPrefix("m") {
            let x = String(rest.dropFirst(1))
            r.append(x)
            if let f = x.first, "aeiou".contains(f) { r.append("p" + x) }
        } else if rest.hasPrefix("n") {
            let x = String(rest.dropFirst(1))
            r.append(x)
            if let f = x.first, "aeiou".contains(f) { r.append("t" + x) }
        } else {
            r.append(rest)
        }
        return r
    }
}
