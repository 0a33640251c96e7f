import ArgumentParser
import Foundation
import Warta

/// `warta bench`: throughput and peak memory of the pipeline on in-memory input.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure pipeline throughput (pages/s, MB/s, chars/s, tokens/s) and peak RSS.",
        discussion: "All input is read into memory first; the pipeline then runs --repeat times. The last line is one JSON object."
    )

    @OptionGroup var pipeline: PipelineOptions

    @Option(name: .customLong("repeat"), help: "How many passes over the input.")
    var repeats: Int = 3

    @Option(name: .long, help: "Also run passes of N copies of the input (memory flatness check), e.g. --scale 20.")
    var scale: Int = 1

    @Argument(help: "Files or folders (as for annotate); none reads JSON Lines from stdin.")
    var paths: [String] = []

    func run() throws {
        let sources: [InputSource]
        do { sources = try InputSource.expand(paths, format: pipeline.inputFormat) }
        catch { Stderr.print("warta: \(error.message)"); throw ExitCode(2) }
        let pipe = try pipeline.makePipeline()
        var reader = RecordReader(sources: sources, maxPageBytes: pipeline.maxPageBytes)
        var records: [InputRecord] = []
        while let r = try reader.next() { records.append(r) }
        let inputBytes = records.reduce(0) { $0 + $1.byteCount }
        let rssBefore = ResourceUsage.peakRSSMegabytes
        let runner = OrderedRunner(jobs: pipeline.jobCount)

        var pages = 0, chars = 0, tokens = 0, errors = 0, outBytes = 0, textBytes = 0
        var stageSeconds = [Double](repeating: 0, count: pipe.timedStageNames.count)
        let t0 = ResourceUsage.now()
        // All passes as one stream (as a corpus run sees them): no drain between passes.
        let total = records.count * max(1, repeats) * max(1, scale)
        var i = 0
        try runner.run(next: { () -> InputRecord? in
            defer { i += 1 }
            return i < total ? records[i % records.count] : nil
        }, transform: { record -> (Int, Int, Bool, Int, Int, [Double]) in
            var secs: [Double] = []
            let result = pipe.run(record, stageSeconds: &secs)
            var w = JSONWriter(capacity: 1 << 14)
            result.writeJSONLine(to: &w)
            if case .document(let d) = result { return (d.length, d.tokens.count, false, w.bytes.count, d.text.utf8.count, secs) }
            return (0, 0, true, w.bytes.count, 0, secs)
        }, emit: { (c, t, failed, ob, tb, secs) in
            pages += 1; chars += c; tokens += t; outBytes += ob; textBytes += tb
            for (k, v) in secs.enumerated() where k < stageSeconds.count { stageSeconds[k] += v }
            if failed { errors += 1 }
        })
        let secs = max(ResourceUsage.now() - t0, 1e-9)
        // The stages that actually ran (the scrubber runs for HTML input even when not named).
        let ran = pipe.timedStageNames.enumerated().filter { $0.offset > 0 || stageSeconds[0] > 0 }.map(\.element)
        let passes = Double(max(1, repeats) * max(1, scale))
        let mb = Double(inputBytes) * passes / 1e6
        let rss = ResourceUsage.peakRSSMegabytes
        Stderr.print(String(format: "bench: stages %@ | %d records × %.0f passes | %.3f s | %.1f pages/s | %.2f MB/s input | %.2f M chars/s | %.0f k tokens/s | %.1f MB/s JSON out | peak RSS %.1f MB (%.1f MB after loading input) | jobs %d | %d error records",
                                ran.joined(separator: ","), records.count, passes, secs, Double(pages) / secs,
                                mb / secs, Double(chars) / secs / 1e6, Double(tokens) / secs / 1e3,
                                Double(outBytes) / 1e6 / secs, rss, rssBefore, pipeline.jobCount, errors))
        // Per stage: its own time (summed over workers) and its throughput on the clean text
        // (the scrubber: on the input pages).
        var perStage: [(String, Double, Double)] = []
        for (k, name) in pipe.timedStageNames.enumerated() where stageSeconds[k] > 0 {
            let mb = (k == 0 ? Double(inputBytes) * passes : Double(textBytes)) / 1e6
            perStage.append((name, stageSeconds[k], mb / stageSeconds[k]))
        }
        Stderr.print("bench: per stage (CPU-seconds, MB/s of its input) " + perStage.map {
            String(format: "%@ %.3f s %.1f MB/s", $0.0, $0.1, $0.2) }.joined(separator: " | "))
        var w = JSONWriter()
        w.beginObject()
        w.field("pages", pages)
        w.key("seconds"); w.raw(String(format: "%.4f", secs))
        w.key("pages_per_s"); w.raw(String(format: "%.2f", Double(pages) / secs))
        w.key("mb_per_s"); w.raw(String(format: "%.3f", mb / secs))
        w.key("chars_per_s"); w.raw(String(format: "%.0f", Double(chars) / secs))
        w.key("tokens_per_s"); w.raw(String(format: "%.0f", Double(tokens) / secs))
        w.key("peak_rss_mb"); w.raw(String(format: "%.1f", rss))
        w.field("jobs", pipeline.jobCount)
        w.field("stages", ran.joined(separator: ","))
        w.field("errors", errors)
        w.key("stage_seconds"); w.beginObject()
        for (name, secs, _) in perStage { w.key(name); w.raw(String(format: "%.4f", secs)) }
        w.endObject()
        w.key("stage_mb_per_s"); w.beginObject()
        for (name, _, rate) in perStage { w.key(name); w.raw(String(format: "%.2f", rate)) }
        w.endObject()
        w.endObject()
        print(String(decoding: w.bytes, as: UTF8.self))
    }
}
