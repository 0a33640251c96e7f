import Foundation
import Testing
import WartaTestSupport

/// Bad input never stops a run: each bad file or line becomes an error record naming the input
/// and the reason, and records in = records out. Real files under Fixtures/bad/.
@Suite struct BadInputTests {
    let bad = "Tests/WartaEndToEndTests/Fixtures/bad"

    @Test func badFilesBecomeErrorRecordsInOrder() throws {
        let r = try CLIRunner.run(["annotate", "--stages", "scrub", "--jobs", "2", bad])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let recs = r.records
        // Folder walk: sorted; the .jsonl contributes one record per non-empty line.
        let ids = recs.map { $0["id"] as? String ?? "?" }
        #expect(ids == [
            "\(bad)/catatan-latin1.txt", "\(bad)/empty-body.html", "\(bad)/empty.html", "\(bad)/junk.html",
            "ok-text", "\(bad)/records.jsonl:2", "\(bad)/records.jsonl:3", "\(bad)/records.jsonl:4",
            "no-payload", "ok-html", "\(bad)/records.jsonl:7",
        ])
        func error(_ id: String) -> [String: String]? {
            recs.first { $0["id"] as? String == id }?["error"] as? [String: String]
        }
        #expect(error("\(bad)/catatan-latin1.txt")?["kind"] == "not-utf8")
        #expect(error("\(bad)/empty.html")?["kind"] == "empty-input")
        #expect(error("\(bad)/junk.html")?["kind"] == "not-html")
        #expect(error("\(bad)/records.jsonl:2")?["kind"] == "bad-json")
        #expect(error("\(bad)/records.jsonl:3")?["kind"] == "missing-id")
        #expect(error("\(bad)/records.jsonl:4")?["kind"] == "bad-record")
        #expect(error("no-payload")?["kind"] == "bad-record")
        #expect(error("\(bad)/records.jsonl:7")?["kind"] == "bad-json")
        for (id, e) in recs.compactMap({ r in (r["error"] as? [String: String]).map { (r["id"] as! String, $0) } }) {
            #expect(e["message"]?.contains(id) == true || e["message"]?.contains(bad) == true, "message must name the input: \(e)")
            #expect(e["stage"] != nil)
        }
        // The page with an empty body is not an error: empty text plus a diagnostic.
        let emptyBody = recs.first { $0["id"] as? String == "\(bad)/empty-body.html" }
        #expect(emptyBody?["text"] as? String == "")
        #expect(r.stderr.contains("11 records"))
    }

    @Test func hugePageIsAnErrorRecordAndTheRunGoesOn() throws {
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("warta-huge-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var page = Data("<html><body><p>".utf8)
        page.append(Data(repeating: UInt8(ascii: "a"), count: 50 << 20))
        page.append(Data("</p></body></html>".utf8))
        try page.write(to: dir.appendingPathComponent("a-huge.html"))
        try Data("<html><body><p>Halo.</p></body></html>".utf8).write(to: dir.appendingPathComponent("b-small.html"))
        let r = try CLIRunner.run(["annotate", "--stages", "scrub", dir.path])
        #expect(r.status == 0)
        let recs = r.records
        #expect(recs.count == 2)
        #expect((recs.first?["error"] as? [String: String])?["kind"] == "too-large")
        #expect(recs.last?["text"] as? String == "Halo.")
    }

    @Test func missingPathFailsBeforeAnyWork() throws {
        let r = try CLIRunner.run(["annotate", "Corpus/does-not-exist.html", bad])
        #expect(r.status != 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("Corpus/does-not-exist.html") && r.stderr.contains("no such file"))
    }

    @Test func unknownStageIsAFlagError() throws {
        let r = try CLIRunner.run(["annotate", "--stages", "scrub,parse", bad])
        #expect(r.status != 0)
        #expect(r.stderr.contains("unknown stage 'parse'"))
    }
}
