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

    @Option(name: .long, help: "Write records to this file instead of stdout (written to a temporary name, renamed when complete). A folder (existing, or ending in '/') gets part-I.jsonl for shard I.")
    var output: String?

    @Option(name: .long, help: "Process only shard I of N (I/N, 0-based): whole files by index, JSONL/WARC records by a stable hash of their id.")
    var shard: String?

    @Flag(name: .long, help: "With --output DIR: redo a part that is already finished.")
    var force = false

    @Flag(name: .long, help: "No progress and no summary line on stderr.")
    var quiet = false

    @Argument(help: "Files or folders (.html/.htm, .txt, .jsonl, .warc[.gz]); none or '-' reads JSON Lines from stdin.")
    var paths: [String] = []

    func validate() throws {
        if let shard, Shard(parsing: shard) == nil { throw ValidationError("--shard must be I/N with 0 <= I < N, e.g. 2/8 (got '\(shard)')") }
    }

    func run() throws {
        let sources: [InputSource]
        do { sources = try InputSource.expand(paths, format: pipeline.inputFormat) }
        catch { Stderr.print("warta: \(error.message)"); throw ExitCode(2) }
        let part = shard.flatMap(Shard.init(parsing:)) ?? .all
        let target = OutputTarget.resolve(output, shard: part)
        if case .file(let path, true) = target, !force, FileManager.default.fileExists(atPath: path) {
            if !quiet { Stderr.print("warta: \(path) is already finished; skipping (use --force to redo it)") }
            return
        }
        let pipe = try pipeline.makePipeline()
        var sink: OutputSink
        do { sink = try OutputSink(target: target) }
        catch { Stderr.print("warta: \(error)"); throw ExitCode(2) }

        var reader = RecordReader(sources: sources, maxPageBytes: pipeline.maxPageBytes, shard: part)
        var stats = RunStats()
        var progress = Progress(enabled: !quiet && isatty(2) == 1, total: reader.knownTotal)
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
                progress.tick(records: stats.records, errors: stats.errors)
            })
            progress.clear()
            try sink.finish()
        } catch let e as InputError {
            progress.clear()
            sink.abandon()
            Stderr.print("warta: \(e.message)")
            throw ExitCode(2)
        } catch let e as OutputError {
            progress.clear()
            sink.abandon()
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

/// Where `--output` sends records.
enum OutputTarget {
    case stdout
    /// A file; `isPart` when it is `DIR/part-I.jsonl` of a folder output (skipped when finished).
    case file(String, isPart: Bool)

    static func resolve(_ output: String?, shard: Shard) -> OutputTarget {
        guard let output, output != "-" else { return .stdout }
        var isDir: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isDir)
        if output.hasSuffix("/") || (exists && isDir.boolValue) {
            let dir = output.hasSuffix("/") ? String(output.dropLast()) : output
            return .file(dir + "/part-\(shard.index).jsonl", isPart: true)
        }
        return .file(output, isPart: false)
    }
}

/// Where records go: stdout, or a file written to a temporary name and renamed when complete
/// (an interrupted run leaves no partial output under the final name).
struct OutputSink {
    let fd: Int32
    let finalPath: String?
    let tempPath: String?
    var pending: [UInt8] = []

    init(target: OutputTarget) throws {
        guard case .file(let path, let isPart) = target else { fd = 1; finalPath = nil; tempPath = nil; return }
        if isPart {
            let dir = (path as NSString).deletingLastPathComponent
            do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
            catch { throw OutputError(message: "\(dir): cannot create the output folder (\(error.localizedDescription))") }
        }
        let parent = (path as NSString).deletingLastPathComponent
        let tmp = (parent.isEmpty ? "" : parent + "/") + "." + (path as NSString).lastPathComponent + ".tmp-\(getpid())"
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

    /// Drops the temporary file of an output that will not be completed.
    func abandon() {
        if let tempPath { close(fd); unlink(tempPath) }
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
