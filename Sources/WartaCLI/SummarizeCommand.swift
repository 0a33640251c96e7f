import ArgumentParser
import Foundation
import Warta

/// `warta summarize`: per page, the title, the English summary and the key facts (amounts,
/// percentages, organizations, people, terms), as text or as JSON Lines.
struct SummarizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "Print each page's title, English summary and key facts (text, or JSON Lines with --jsonl)."
    )

    @OptionGroup var pipeline: PipelineOptions

    @Flag(name: .long, help: "One JSON object per page instead of text.")
    var jsonl = false

    @Argument(help: "Files or folders (as for annotate); none reads JSON Lines from stdin.")
    var paths: [String] = []

    func run() throws {
        let sources: [InputSource]
        do { sources = try InputSource.expand(paths, format: pipeline.inputFormat) }
        catch { Stderr.print("warta: \(error.message)"); throw ExitCode(2) }
        var withSummary = pipeline
        withSummary.stages = (pipeline.stageList.filter { $0 != "summary" } + ["summary"]).joined(separator: ",")
        let pipe = try withSummary.makePipeline()
        var reader = RecordReader(sources: sources, maxPageBytes: pipeline.maxPageBytes)
        let runner = OrderedRunner(jobs: pipeline.jobCount)
        let asJSON = jsonl
        try runner.run(next: { () throws -> InputRecord? in try reader.next() },
                       transform: { record -> [UInt8] in
                           switch pipe.run(record) {
                           case .document(let doc):
                               let facts = KeyFacts(doc)
                               return asJSON ? facts.jsonLine(doc) : Array(facts.text(doc).utf8)
                           case .failure(let id, let error, _):
                               if asJSON {
                                   var w = JSONWriter()
                                   w.beginObject(); w.field("id", id); w.objectField("error")
                                   w.field("stage", error.stage); w.field("kind", error.kind); w.field("message", error.message)
                                   w.endObject(); w.endObject(); w.bytes.append(0x0A)
                                   return w.bytes
                               }
                               return Array("== \(id)\nerror (\(error.stage), \(error.kind)): \(error.message)\n\n".utf8)
                           }
                       }, emit: { bytes in
                           FileHandle.standardOutput.write(Data(bytes))
                       })
    }
}

/// The key facts of a summarized document, each list de-duplicated in order of first mention.
struct KeyFacts {
    var amounts: [String] = []
    var percentages: [String] = []
    var organizations: [String] = []
    var people: [String] = []
    var terms: [String] = []

    init(_ doc: AnnotatedDocument) {
        func add(_ s: String, to list: inout [String]) { if !s.isEmpty, !list.contains(s) { list.append(s) } }
        for q in doc.quantities {
            switch q.kind {
            case .money: add(q.english, to: &amounts)
            case .percent: add(q.english, to: &percentages)
            case .range where q.of == "money" || q.currency != nil: add(q.english, to: &amounts)
            case .range where q.of == "percent": add(q.english, to: &percentages)
            default: break
            }
        }
        for e in doc.entities {
            switch e.label {
            case .ORG: add(e.text, to: &organizations)
            case .PER: add(e.text, to: &people)
            default: break
            }
        }
        for t in doc.terms { add("\(t.english) (\(t.lemma))", to: &terms) }
        // `Rahmat` when `Rahmat Santoso` is listed too: keep the full name.
        func dropPartial(_ list: [String]) -> [String] {
            list.filter { n in !list.contains { $0 != n && $0.contains(n) } }
        }
        people = dropPartial(people)
        organizations = dropPartial(organizations)
    }

    var groups: [(String, [String])] {
        [("amounts", amounts), ("percentages", percentages), ("organizations", organizations),
         ("people", people), ("terms", terms)]
    }

    func text(_ doc: AnnotatedDocument) -> String {
        var s = "== \(doc.id)\n"
        if let t = doc.meta.title { s += "Title: \(t)\n" }
        s += "Summary: \(doc.summary?.english ?? "")\n"
        s += "Key facts:\n"
        for (name, list) in groups where !list.isEmpty {
            s += "  \(name.prefix(1).uppercased() + name.dropFirst()): \(list.joined(separator: "; "))\n"
        }
        return s + "\n"
    }

    func jsonLine(_ doc: AnnotatedDocument) -> [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.field("id", doc.id)
        w.field("title", ifPresent: doc.meta.title)
        w.field("summary", doc.summary?.english ?? "")
        w.field("extract_text", doc.summary?.extractText ?? "")
        w.objectField("facts")
        for (name, list) in groups {
            w.arrayField(name)
            for x in list { w.string(x) }
            w.endArray()
        }
        w.endObject()
        w.endObject()
        w.bytes.append(0x0A)
        return w.bytes
    }
}
