import ArgumentParser
import Warta

/// Options shared by the commands that run the pipeline.
struct PipelineOptions: ParsableArguments {
    @Option(name: .long, help: "Comma-separated stages from: scrub, sentences, numerals, entities, terms, summary. Required stages are added; canonical order.")
    var stages: String = StageRegistry.defaultStages.joined(separator: ",")

    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int?

    @Option(name: .long, help: "Input format: auto, html, text, jsonl, warc.")
    var inputFormat: InputFormat = .auto

    @Option(name: .long, help: "Pages larger than this many bytes become error records.")
    var maxPageBytes: Int = 16 << 20

    @Option(name: .long, help: "Folder with Warta's data (default: the installed Glossary).")
    var glossary: String?

    @Option(name: .long, help: "English summaries through this shell command (Indonesian sentences on stdin, English on stdout) instead of the built-in renderer.")
    var translatorCmd: String?

    var stageList: [String] {
        stages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    var jobCount: Int { max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount) }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if maxPageBytes < 1 { throw ValidationError("--max-page-bytes must be positive") }
        do { _ = try Pipeline.resolve(table: StageRegistry.table, names: stageList) }
        catch { throw ValidationError(error.description) }
        if let g = glossary, WartaDataLocator.locate(explicit: g) == nil {
            throw ValidationError("--glossary \(g): not a Warta data folder (it needs segment/, numerals/, …)")
        }
    }

    /// Builds the pipeline, or exits with a message (missing data is a systemic failure).
    func makePipeline(options: [String: String] = [:]) throws -> Pipeline {
        LibXML2.initialize()
        var options = options
        if let translatorCmd { options["translator-cmd"] = translatorCmd }
        let config = StageConfig(dataDirectory: WartaDataLocator.locate(explicit: glossary),
                                 maxPageBytes: maxPageBytes, options: options)
        do { return try StageRegistry.pipeline(stageList, config: config) }
        catch {
            Stderr.print("warta: cannot build the pipeline:\n" + error.problems.map { "  " + $0 }.joined(separator: "\n"))
            throw ExitCode(3)
        }
    }
}

extension InputFormat: ExpressibleByArgument {}

import Foundation
