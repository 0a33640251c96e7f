/// The document's consistency check, called by every stage test (and by `warta annotate
/// --check`): every span in bounds and non-empty, each layer sorted by start, every surface equal
/// to `text[span]`, entities non-overlapping, terms never overlapping entities.
extension AnnotatedDocument {
    /// Returns one message per violated invariant; empty when the document is consistent.
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        let n = length
        func check<S: Spanned>(_ layer: String, _ items: [S], surface: (S) -> String?, disjoint: Bool) {
            var prev: Span?
            for (i, item) in items.enumerated() {
                let s = item.span
                guard s.start >= 0, s.end <= n, s.start < s.end else {
                    problems.append("\(layer)[\(i)] \(s) out of bounds (text has \(n) code points)")
                    continue
                }
                if let p = prev {
                    if s.start < p.start { problems.append("\(layer)[\(i)] \(s) not sorted after \(p)") }
                    if disjoint && s.start < p.end { problems.append("\(layer)[\(i)] \(s) overlaps \(p)") }
                }
                if let want = surface(item), want != self[s] {
                    problems.append("\(layer)[\(i)] surface \(want.debugDescription) != text[\(s)] \(self[s].debugDescription)")
                }
                prev = s
            }
        }
        check("sentences", sentences, surface: { _ in nil }, disjoint: true)
        check("tokens", tokens, surface: { _ in nil }, disjoint: true)
        check("quantities", quantities, surface: { $0.text }, disjoint: true)
        check("entities", entities, surface: { $0.text }, disjoint: true)
        check("terms", terms, surface: { $0.text }, disjoint: true)
        if let summary {
            check("summary.extract", summary.extract, surface: { _ in nil }, disjoint: true)
        }
        var e = 0
        for t in terms {
            while e < entities.count && entities[e].span.end <= t.span.start { e += 1 }
            if e < entities.count && entities[e].span.overlaps(t.span) {
                problems.append("term \(t.text.debugDescription) at \(t.span) overlaps entity \(entities[e].text.debugDescription)")
            }
        }
        return problems
    }
}
