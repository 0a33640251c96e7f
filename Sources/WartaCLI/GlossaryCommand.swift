import Foundation
import ArgumentParser
import Warta

/// `warta glossary`: build a glossary from a corpus, or look a word up.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Build an Indonesian–English AI-industry glossary from a corpus, or look a word up.",
        subcommands: [GlossaryBuildCommand.self, GlossaryLookupCommand.self]
    )
}

extension GlossaryFormat: ExpressibleByArgument {}

/// `warta glossary build PATH... [--format tsv|tbx|omegat|csv] [--min-freq N] [--output FILE]`
struct GlossaryBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Run the pipeline over a corpus and write its glossary: known term-base entries with frequency and an example, then new candidates with proposed English.",
        discussion: "New candidates: parenthetical glosses (`pelabelan data (data labeling)`), acronyms, English loanwords, and recurring multiword phrases ranked by C-value against general Indonesian frequencies."
    )

    @OptionGroup var pipeline: PipelineOptions

    @Option(name: .long, help: "Output format: tsv, tbx (TBX-Basic), omegat, csv.")
    var format: GlossaryFormat = .tsv

    @Option(name: .long, help: "Leave out rows seen fewer than N times (multiword candidates need 2 at least).")
    var minFreq: Int = 1

    @Option(name: .long, help: "Keep at most N new candidates.")
    var maxCandidates: Int = 200

    @Option(name: .long, help: "Write the glossary to this file instead of stdout.")
    var output: String?

    @Argument(help: "Files or folders (as for annotate); none or '-' reads JSON Lines from stdin.")
    var paths: [String] = []

    func validate() throws {
        if minFreq < 1 { throw ValidationError("--min-freq must be at least 1") }
        if maxCandidates < 0 { throw ValidationError("--max-candidates must not be negative") }
    }

    func run() throws {
        var options = pipeline
        if !options.stageList.contains("terms") { options.stages += ",terms" }
        let sources: [InputSource]
        do { sources = try InputSource.expand(paths, format: options.inputFormat) }
        catch { Stderr.print("warta: \(error.message)"); throw ExitCode(2) }
        let pipe = try options.makePipeline()
        var builder: GlossaryBuilder
        do { builder = try GlossaryBuilder(config: options.stageConfig) }
        catch { Stderr.print("warta: \(error.message)"); throw ExitCode(3) }

        var reader = RecordReader(sources: sources, maxPageBytes: options.maxPageBytes)
        var stats = RunStats()
        do {
            try OrderedRunner(jobs: options.jobCount).run(next: { () throws -> InputRecord? in
                let r = try reader.next()
                if let r { stats.bytes += r.byteCount }
                return r
            }, transform: { record in pipe.run(record) }, emit: { result in
                stats.records += 1
                switch result {
                case .document(let doc): builder.add(doc)
                case .failure(let id, let error, _):
                    stats.errors += 1
                    Stderr.print("warta: \(id): \(error.stage): \(error.message)")
                }
            })
        } catch let e as InputError {
            Stderr.print("warta: \(e.message)")
            throw ExitCode(2)
        }
        let rows = builder.rows(minFrequency: minFreq, maxCandidates: maxCandidates)
        var bytes = Array(format.render(rows).utf8)
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: Data(bytes)) else {
                Stderr.print("warta: \(output): cannot write")
                throw ExitCode(4)
            }
        } else if !RawOutput.writeAll(fd: 1, &bytes) {
            throw ExitCode(4)
        }
        let knownCount = rows.filter { $0.kind == .known }.count
        Stderr.print(stats.summaryLine(jobs: options.jobCount)
                     + String(format: "; glossary: %d known entries, %d new candidates", knownCount, rows.count - knownCount))
    }
}

/// `warta glossary lookup WORD`
struct GlossaryLookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Show how a word or phrase aligns: the term-base entry, the affix analyses, and fallback translations."
    )

    @Option(name: .long, help: "Folder with Warta's data (default: the installed Glossary).")
    var glossary: String?

    @Argument(help: "A word or a phrase (quote it), e.g. dilatih or \"model bahasa besar\".")
    var words: [String]

    func run() throws {
        let config = StageConfig(dataDirectory: WartaDataLocator.locate(explicit: glossary))
        let lookup: GlossaryLookup
        let pipe: Pipeline
        do {
            let base = try TermBase(config: config, stage: "glossary")
            lookup = GlossaryLookup(entries: base.entries, lexicon: try? GlossaryLexicon(config: config))
            pipe = try StageRegistry.pipeline(["sentences"], config: config)
        } catch {
            Stderr.print("warta: cannot load the glossary data: \(error)")
            throw ExitCode(3)
        }
        let query = words.joined(separator: " ")
        guard case .document(let doc) = pipe.run(InputRecord(id: "lookup", payload: .text(query))) else {
            Stderr.print("warta: cannot tokenize \(query)")
            throw ExitCode(1)
        }
        print(lookup.report(doc))
    }
}

extension PipelineOptions {
    /// The stage configuration `makePipeline` uses (data folder, page limit).
    var stageConfig: StageConfig {
        StageConfig(dataDirectory: WartaDataLocator.locate(explicit: glossary), maxPageBytes: maxPageBytes)
    }
}
