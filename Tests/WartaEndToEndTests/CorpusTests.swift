import Foundation
import Testing
import WartaTestSupport

/// The whole pipeline over our own Corpus/ pages, through the real binary.
@Suite struct CorpusTests {
    static let stages = "scrub,sentences,numerals,entities,terms,summary"

    @Test func onePageOneValidRecordWithConsistentSpans() throws {
        let r = try CLIRunner.run(["annotate", "--stages", Self.stages, "Corpus/pages"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: TestSupport.path("Corpus/pages"))
            .filter { $0.hasSuffix(".html") }.sorted()
        let recs = r.records
        #expect(recs.map { $0["id"] as? String } == pages.map { "Corpus/pages/" + $0 })
        for rec in recs {
            let id = rec["id"] as? String ?? "?"
            #expect(rec["error"] == nil, "\(id): \(rec["error"] ?? "")")
            guard let text = rec["text"] as? String else { Issue.record("\(id): no text"); continue }
            #expect(!text.isEmpty, "\(id): empty text")
            let scalars = Array(text.unicodeScalars)
            func slice(_ s: Int, _ e: Int) -> String { String(String.UnicodeScalarView(scalars[s..<e])) }
            for layer in ["sentences", "quantities", "entities", "terms"] {
                guard let spans = rec[layer] as? [[String: Any]] else { Issue.record("\(id): no \(layer)"); continue }
                var prevStart = -1
                for sp in spans {
                    let s = sp["start"] as? Int ?? -1, e = sp["end"] as? Int ?? -1
                    #expect(0 <= s && s < e && e <= scalars.count, "\(id) \(layer): span \(s)..<\(e) out of bounds")
                    guard 0 <= s && s < e && e <= scalars.count else { continue }
                    #expect(s >= prevStart, "\(id) \(layer): not sorted")
                    prevStart = s
                    if let t = sp["text"] as? String { #expect(t == slice(s, e), "\(id) \(layer): \(t) != text[\(s):\(e)]") }
                }
            }
            let summary = rec["summary"] as? [String: Any]
            #expect(summary?["extract_text"] as? String != nil, "\(id): no summary")
        }
    }

    @Test func outputDoesNotDependOnJobs() throws {
        let one = try CLIRunner.run(["annotate", "--stages", Self.stages, "--jobs", "1", "Corpus/pages"])
        let two = try CLIRunner.run(["annotate", "--stages", Self.stages, "--jobs", "2", "Corpus/pages"])
        #expect(one.status == 0 && two.status == 0)
        #expect(!one.stdout.isEmpty && one.stdout == two.stdout)
    }
}
