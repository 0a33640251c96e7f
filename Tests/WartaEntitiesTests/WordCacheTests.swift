import Foundation
import Testing
import WartaCore
@testable import WartaEntities
import WartaTestSupport

/// The tagger's fast path (word cache + context templates + pre-summed rows) must give exactly
/// the emission scores of the plain path (all 49 templates of `FeatureTemplates.extract`).
@Suite struct WordCacheTests {
    static let tagger = try! EntityTagger.load(config: TestSupport.config, stage: "entities")

    /// Sentences of the gold pages (Indonesian and English news, repeated words, punctuation,
    /// non-ASCII), each scored both ways.
    static func sentences() throws -> [String] {
        let text = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Tests/WartaEntitiesTests/ai-news.gold.conll"), encoding: .utf8)
        var out: [String] = [], words: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let cells = line.split(separator: "\t")
            if cells.isEmpty { if !words.isEmpty { out.append(words.joined(separator: " ")) }; words = []; continue }
            if cells[0] != "-DOCSTART-" { words.append(String(cells[0])) }
        }
        if !words.isEmpty { out.append(words.joined(separator: " ")) }
        out += ["Renée Halim — pendiri Lintas Nalar (LN) — berbicara di Bandung, 14,8 juta; “Kami,” katanya.",
                "A", "((", "Ir. Soprijanto dan H. Agus dari PT Kata.ai & Co. di St. Louis"]
        return out
    }

    /// With the default cache, and with a tiny one that starts over between most sentences.
    @Test(arguments: [1 << 14, 8])
    func cachedScoresEqualTheFullTemplateScores(limit: Int) throws {
        let t = Self.tagger
        let sentences = try Self.sentences()
        #expect(sentences.count > 40)
        var w = EntityTagger.Workspace()
        w.cache = WordCache(before: t.boundaries.before, after: t.boundaries.after, limit: limit)
        var plain = SentenceEncoder.Scratch()
        var compared = 0
        for pass in 0..<2 {  // the second pass reads every word from the cache
            for sentence in sentences {
                var s = sentence
                s.withUTF8 { p in
                    var c1 = 0, c2 = 0
                    let quantities = [Span(0, min(3, p.count))]
                    let n = t.encode(p, 0, p.count, cpStart: 0, quantities: quantities, cursor: &c1, workspace: &w)
                    t.encoder.encode(p, 0, p.count, cpStart: 0, quantities: quantities, cursor: &c2, scratch: &plain)
                    #expect(n == plain.tokens.count)
                    guard n > 0 else { return }
                    var fast = [Float](repeating: 0, count: n * 9), full = fast
                    w.enc.feats.withUnsafeBufferPointer { f in
                        w.initial.withUnsafeBufferPointer { r in
                            fast.withUnsafeMutableBufferPointer {
                                t.model.emissions(f, tokens: n, perToken: FeatureTemplates.contextCount, initial: r.baseAddress!, into: $0)
                            }
                        }
                    }
                    plain.feats.withUnsafeBufferPointer { f in
                        full.withUnsafeMutableBufferPointer { t.model.emissions(f, tokens: n, perToken: FeatureTemplates.count, into: $0) }
                    }
                    #expect(fast.map(\.bitPattern) == full.map(\.bitPattern), "pass \(pass): \(sentence)")
                    compared += 1
                }
            }
        }
        #expect(compared >= 80)
    }

    /// The cache matches words by their bytes: a word seen before gets its own entry back, a
    /// different word (even one with a shared prefix) does not.
    @Test func wordsAreMatchedByTheirBytes() {
        let t = Self.tagger
        var c = WordCache(before: t.boundaries.before, after: t.boundaries.after)
        var text = "Jakarta Jakart Jakarta jakarta"
        text.withUTF8 { p in
            let b = p.baseAddress!
            let spans = [(0, 7), (8, 14), (15, 22), (23, 30)]
            var ids: [Int32] = []
            var scratch: [UInt8] = []
            for (lo, hi) in spans {
                let raw = FeatureHash.bytes(p, lo, hi)
                if let e = c.find(b, lo, hi, raw: raw) { ids.append(e); continue }
                let info = TokenInfo.make(p, lo, hi, scratch: &scratch)
                ids.append(c.add(info, t.wordSums(info), b, lo, hi))
            }
            #expect(ids[0] == ids[2])
            #expect(Set([ids[0], ids[1], ids[3]]).count == 3)
            #expect(c.infos[Int(ids[3])].raw == FeatureHash.bytes(p, 23, 30))
        }
    }
}
