/// ROUGE-1/2 F1 on lower-cased `\w+` tokens, as the shared summary scorer computes them; used by
/// `warta train summary --folds` to report cross-validated figures.
public enum Rouge {
    /// ROUGE-N F1 (0…1) of `candidate` against `reference`.
    public static func f1(_ candidate: String, _ reference: String, n: Int) -> Double {
        let c = grams(WordTokens.of(candidate), n), r = grams(WordTokens.of(reference), n)
        let cTotal = c.values.reduce(0, +), rTotal = r.values.reduce(0, +)
        guard cTotal > 0, rTotal > 0 else { return 0 }
        var overlap = 0
        for (g, k) in c { overlap += min(k, r[g] ?? 0) }
        let p = Double(overlap) / Double(cTotal), rc = Double(overlap) / Double(rTotal)
        return p + rc > 0 ? 2 * p * rc / (p + rc) : 0
    }

    static func grams(_ t: [String], _ n: Int) -> [String: Int] {
        var d: [String: Int] = [:]
        guard t.count >= n else { return d }
        for i in 0...(t.count - n) { d[t[i..<(i + n)].joined(separator: " "), default: 0] += 1 }
        return d
    }
}
