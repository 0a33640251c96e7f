import Foundation
import WartaCore

/// The features of one sentence that the summary model scores: position, length, overlap with
/// the title and with the rest of the document, entity/quantity/term density, and cues of
/// sentences that rarely make a summary (quotes, "said" clauses, sentences opening on a connective).
///
/// Every feature is computed from the text and whatever layers are present; an empty layer gives
/// zero for its feature, so the model degrades to the text-only features.
public struct SentenceFeatures: Sendable {
    /// Feature names, in vector order; the model file keys its weights by these names.
    public static let names: [String] = [
        "bias", "pos0", "pos1", "pos2", "pos3", "pos4", "inv_pos", "rel_pos", "para0", "para1",
        "first_in_para", "log_len", "short", "long", "centrality", "title_overlap", "caps", "digits",
        "entities", "quantities", "terms", "quote", "said", "connective",
    ]

    /// Indonesian function words left out of overlap and centrality.
    static let stopwords: Set<String> = Set("""
        yang dan di ini itu dengan untuk dari pada akan tidak telah sebagai oleh dalam atau juga karena \
        bahwa tersebut adalah sudah masih bisa lebih kata ujar menurut secara serta hingga sejak namun \
        tetapi para ke ia dia mereka kami kita saya ada tak pun lagi saat ketika jika kalau agar supaya \
        maka nya se an pun lah kah sang si
        """.split(separator: " ").map(String.init))

    /// First words of sentences that lean on the one before (they read badly out of context).
    static let connectives: Set<String> = Set("""
        namun selain sementara tetapi meski meskipun sedangkan adapun itu hal dia ia mereka kemudian \
        lalu bahkan padahal sebab karenanya oleh
        """.split(separator: " ").map(String.init))

    /// Verbs of saying that mark quoted or reported speech.
    static let sayingVerbs: Set<String> = Set("""
        kata ujar ucap tutur jelas ungkap katanya ujarnya ucapnya tuturnya jelasnya ungkapnya imbuh \
        imbuhnya tambahnya terangnya
        """.split(separator: " ").map(String.init))

    /// One feature vector per sentence of `document` (in `names` order), and each sentence's
    /// word tokens (reused by the selector).
    public static func compute(_ document: AnnotatedDocument) -> (vectors: [[Double]], tokens: [[String]]) {
        let sents = document.sentences
        let n = sents.count
        guard n > 0 else { return ([], []) }
        let tokens = sents.map { WordTokens.of(document[$0]) }
        var docFreq: [String: Int] = [:]
        for t in tokens { for w in t where !stopwords.contains(w) { docFreq[w, default: 0] += 1 } }
        let title = Set((document.meta.title.map { WordTokens.of($0) } ?? []).filter { !stopwords.contains($0) })
        let paragraphs = paragraphIndex(document)
        let ents = counts(document.entities, sents)
        let qtys = counts(document.quantities, sents)
        let terms = counts(document.terms, sents)
        let raw = sents.map { document[$0] }

        var out: [[Double]] = []
        out.reserveCapacity(n)
        for i in 0..<n {
            let t = tokens[i]
            let len = Double(t.count)
            let content = Set(t.filter { !stopwords.contains($0) })
            var centrality = 0.0
            for w in content { centrality += Double((docFreq[w] ?? 1) - 1) }
            centrality /= Double(content.count + 1)
            let titleOverlap = title.isEmpty ? 0 : Double(content.intersection(title).count) / Double(title.count)
            let (caps, digits, quote) = surfaceCues(raw[i])
            let first = t.first ?? ""
            let said = t.contains { sayingVerbs.contains($0) } ? 1.0 : 0.0
            let firstInPara = i == 0 || paragraphs[i] != paragraphs[i - 1] ? 1.0 : 0.0
            let per = max(len, 1) / 10
            var v: [Double] = [1]
            for k in 0..<5 { v.append(i == k ? 1 : 0) }
            v += [1 / Double(i + 1), Double(i) / Double(n), paragraphs[i] == 0 ? 1 : 0, paragraphs[i] == 1 ? 1 : 0,
                  firstInPara, log(1 + len), len < 6 ? 1 : 0, len > 40 ? 1 : 0, centrality / 10, titleOverlap,
                  caps, digits, Double(ents[i]) / per, Double(qtys[i]) / per, Double(terms[i]) / per,
                  quote ? 1 : 0, said, connectives.contains(first) ? 1 : 0]
            out.append(v)
        }
        return (out, tokens)
    }

    /// The paragraph number of each sentence (paragraphs are separated by a blank line).
    static func paragraphIndex(_ document: AnnotatedDocument) -> [Int] {
        var result: [Int] = []
        var para = 0
        var prevEnd = 0
        for s in document.sentences {
            if s.start > prevEnd, document[Span(prevEnd, s.start)].contains("\n\n") { para += 1 }
            result.append(para)
            prevEnd = s.end
        }
        return result
    }

    /// How many spans of `layer` start inside each sentence (both lists sorted by start).
    static func counts<S: Spanned>(_ layer: [S], _ sents: [Span]) -> [Int] {
        var c = [Int](repeating: 0, count: sents.count)
        var j = 0
        for item in layer {
            while j < sents.count && sents[j].end <= item.span.start { j += 1 }
            if j == sents.count { break }
            if sents[j].start <= item.span.start { c[j] += 1 }
        }
        return c
    }

    /// Share of capitalised words after the first, share of words with digits, and whether the
    /// sentence holds a quotation.
    static func surfaceCues(_ s: String) -> (Double, Double, Bool) {
        var words = 0, caps = 0, digits = 0
        var inWord = false, wordHasDigit = false, first = true, quote = false
        for u in s.unicodeScalars {
            let v = u.value
            if v == 0x22 || v == 0x201C || v == 0x201D || v == 0x60 { quote = true }
            if v == 0x20 || v == 0x0A || v == 0x09 {
                if inWord { words += 1; if wordHasDigit { digits += 1 } }
                inWord = false; wordHasDigit = false
                continue
            }
            if !inWord {
                inWord = true
                if !first, (v >= 0x41 && v <= 0x5A) { caps += 1 }
                first = false
            }
            if v >= 0x30 && v <= 0x39 { wordHasDigit = true }
        }
        if inWord { words += 1; if wordHasDigit { digits += 1 } }
        let w = Double(max(words, 1))
        return (Double(caps) / w, Double(digits) / w, quote)
    }
}
