import ArgumentParser
import Foundation
import Warta

/// `warta annotate`: the contract's command (`../shared/CONTRACT.md`).
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate pages or texts; one JSON object per input record on stdout, in input order."
    )

    @OptionGroup var pipeline: PipelineOptions

    @Option(name: .long, help: "Write records to this file instead of stdout.")
    var output: String?

    @Flag(name: .long, help: "No summary line on stderr.")
    var quiet = false

    @Argument(help: "Files or folders (.html/.htm, .txt, .jsonl, .warc[.gz]); none or '-' reads JSON Lines from stdin.")
    var paths: [String] = []

    func run() throws {
        let sources: [InputSource]
        do { sources = try InputSource.expand(paths, format: pipeline.inputFormat) }
        catch { Stderr.print("warta: \(error.message)"); throw ExitCode(2) }
        let pipe = try pipeline.makePipeline()
        var sink: OutputSink
        do { sink = try OutputSink(path: output) }
        catch { Stderr.print("warta: \(error)"); throw ExitCode(2) }

        var reader = RecordReader(sources: sources, maxPageBytes: pipeline.maxPageBytes)
        var stats = RunStats()
        let runner = OrderedRunner(jobs: pipeline.jobCount)
        do {
            try runner.run(next: { () throws -> InputRecord? in
                let r = try reader.next()
                if let r { stats.bytes += r.byteCount }
                return r
            }, transform: { record in
                let result = pipe.run(record)
                var w = JSONWriter(capacity: 1 << 14)
                result.writeJSONLine(to: &w)
                return (result.isFailure, w.bytes)
            }, emit: { (failed, bytes) in
                stats.records += 1
                if failed { stats.errors += 1 }
                try sink.write(bytes)
            })
            try sink.finish()
        } catch let e as InputError {
            try? sink.finish()
            Stderr.print("warta: \(e.message)")
            throw ExitCode(2)
        } catch let e as OutputError {
            Stderr.print("warta: \(e.message)")
            throw ExitCode(4)
        }
        if !quiet { Stderr.print(stats.summaryLine(jobs: pipeline.jobCount)) }
    }
}

extension DocumentResult {
    var isFailure: Bool { if case .failure = self { return true }; return false }
}

/// Counters for the final summary line.
struct RunStats {
    var records = 0
    var errors = 0
    var bytes = 0
    let started = ResourceUsage.now()

    func summaryLine(jobs: Int) -> String {
        let secs = max(ResourceUsage.now() - started, 1e-9)
        return String(format: "warta: %d records, %d errors, %.2f s, %.1f pages/s, %.1f MB/s, peak RSS %.1f MB, jobs %d",
                      records, errors, secs, Double(records) / secs, Double(bytes) / 1e6 / secs,
                      ResourceUsage.peakRSSMegabytes, jobs)
    }
}

/// Where records go: stdout, or a file written to a temporary name and renamed when complete.
struct OutputSink {
    let fd: Int32
    let finalPath: String?
    let tempPath: String?
    var pending: [UInt8] = []

    init(path: String?) throws {
        guard let path else { fd = 1; finalPath = nil; tempPath = nil; return }
        let tmp = path + ".tmp-\(getpid())"
        let f = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard f >= 0 else { throw OutputError(message: "\(path): cannot write (\(String(cString: strerror(errno))))") }
        fd = f; finalPath = path; tempPath = tmp
    }

    mutating func write(_ bytes: [UInt8]) throws {
        pending.append(contentsOf: bytes)
        if pending.count >= 1 << 16 { try flush() }
    }

    mutating func flush() throws {
        guard !pending.isEmpty else { return }
        guard RawOutput.writeAll(fd: fd, &pending) else {
            throw OutputError(message: "\(finalPath ?? "stdout"): write failed (\(String(cString: strerror(errno))))")
        }
        pending.removeAll(keepingCapacity: true)
    }

    mutating func finish() throws {
        try flush()
        if let tempPath, let finalPath {
            close(fd)
            guard rename(tempPath, finalPath) == 0 else {
                throw OutputError(message: "\(finalPath): cannot rename the finished output into place")
            }
        }
    }
}

struct OutputError: Error { var message: String }
