import Foundation
import WartaCore

/// A gold sentence of CoNLL data: tokens and their BIO tag indices (`BIOLabels`).
public struct LabeledSentence: Sendable, Hashable {
    public var tokens: [String]
    public var tags: [Int]

    public init(tokens: [String], tags: [Int]) { self.tokens = tokens; self.tags = tags }

    /// The sentence as the evaluation feeds it to Warta: tokens joined by one space.
    public var text: String { tokens.joined(separator: " ") }

    /// Code-point span of each token in `text`.
    public var tokenSpans: [Span] {
        var out: [Span] = []
        var pos = 0
        for t in tokens {
            let n = t.unicodeScalars.count
            out.append(Span(pos, pos + n)); pos += n + 1
        }
        return out
    }

    /// Reads CoNLL (`token<TAB>…<TAB>tag`, blank line between sentences, `-DOCSTART-` skipped).
    public static func readCoNLL(_ url: URL) throws -> [LabeledSentence] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return parseCoNLL(text)
    }

    /// Parses CoNLL text.
    public static func parseCoNLL(_ text: String) -> [LabeledSentence] {
        var out: [LabeledSentence] = []
        var cur = LabeledSentence(tokens: [], tags: [])
        func flush() {
            if !cur.tokens.isEmpty, cur.tokens.first != "-DOCSTART-" { out.append(cur) }
            cur = LabeledSentence(tokens: [], tags: [])
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { flush(); continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            let tok = String(cells[0]).trimmingCharacters(in: .whitespaces)
            guard !tok.isEmpty else { continue }
            cur.tokens.append(tok)
            cur.tags.append(cells.count > 1 ? BIOLabels.index(of: cells[cells.count - 1]) : 0)
        }
        flush()
        return out
    }

    /// Gold entities as `(firstToken, endToken, typeIndex)`.
    var chunks: [(Int, Int, Int)] { BIOLabels.chunks(tags) }

    /// Tags of the tagger's own tokens: each inherits its gold token's entity; punctuation pieces
    /// cut off the edge of a gold token (`(` and `)` of `(Ical)`) stay outside unless the entity
    /// goes on across them.
    func projectTags(onto toks: [NERToken]) -> [Int] {
        let spans = tokenSpans
        var out = [Int](repeating: 0, count: toks.count)
        var g = 0
        // Index of first and last word piece per gold token.
        var firstWord = [Int](repeating: -1, count: spans.count)
        var lastWord = [Int](repeating: -1, count: spans.count)
        var owner = [Int](repeating: 0, count: toks.count)
        for (k, t) in toks.enumerated() {
            while g < spans.count - 1, spans[g].end <= Int(t.start) { g += 1 }
            owner[k] = g
            if t.isWord {
                if firstWord[g] < 0 { firstWord[g] = k }
                lastWord[g] = k
            }
        }
        for (k, t) in toks.enumerated() {
            let g = owner[k]
            let tag = tags[g]
            guard tag != 0 else { continue }
            let type = BIOLabels.typeIndex(tag)
            let inside = 2 + 2 * type, begin = 1 + 2 * type
            let nextContinues = g + 1 < tags.count && BIOLabels.isInside(tags[g + 1])
                && BIOLabels.typeIndex(tags[g + 1]) == type
            if firstWord[g] < 0 {
                // A gold token of punctuation only, inside an entity.
                out[k] = BIOLabels.isBegin(tag) && k == 0 ? begin : inside
            } else if k < firstWord[g] {
                out[k] = BIOLabels.isInside(tag) ? inside : 0
            } else if k > lastWord[g] {
                out[k] = nextContinues ? inside : 0
            } else {
                out[k] = (k == firstWord[g] && BIOLabels.isBegin(tag)) ? begin : inside
            }
            _ = t
        }
        // Repair: an I- after O (punctuation dropped at the start) becomes B-.
        for k in 0..<out.count where BIOLabels.isInside(out[k]) {
            if k == 0 || !BIOLabels.allowed(out[k - 1], out[k]) { out[k] -= 1 }
        }
        return out
    }
}
