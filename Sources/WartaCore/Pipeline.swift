import Dispatch

/// A resolved, built chain of stages.
///
/// Built from the stage table (`StageDescriptor`s in canonical order) and the names the user asked
/// for: the stages a named stage requires are added, everything runs in canonical order, and every
/// unmet requirement is reported at once (stanza's `ProcessorRequirementsException`, but complete).
public struct Pipeline: Sendable {
    /// Names of the stages that run on a document, in order (the scrubber first when present).
    public let stageNames: [String]
    let scrubber: (any PageScrubber)?
    let scrubberName: String
    let stages: [(name: String, provides: Set<Layer>, stage: any DocumentStage)]
    let maxPageBytes: Int

    /// Labels of `run(_:stageSeconds:)`'s slots: the scrubber, then the document stages.
    public var timedStageNames: [String] { [scrubberName] + stages.map(\.name) }

    /// Resolves `names` against `table` (canonical order) and builds every stage.
    /// The scrubber is always built when the table has one: HTML input needs it whatever was asked.
    public init(table: [StageDescriptor], names: [String], config: StageConfig) throws(PipelineError) {
        let plan = try Pipeline.resolve(table: table, names: names)
        var problems: [String] = []
        var scrubber: (any PageScrubber)?
        var scrubberName = "scrub"
        var stages: [(name: String, provides: Set<Layer>, stage: any DocumentStage)] = []
        for d in table {
            let wanted = plan.contains(d.name)
            switch d.factory {
            case .scrubber(let make):
                scrubberName = d.name
                do { scrubber = try make(config) } catch { problems.append("\(d.name): \(error.message)") }
            case .document(let make):
                guard wanted else { continue }
                do { stages.append((d.name, d.provides, try make(config))) }
                catch { problems.append("\(d.name): \(error.message)") }
            }
        }
        if !problems.isEmpty { throw PipelineError(problems) }
        self.scrubber = scrubber
        self.scrubberName = scrubberName
        self.stages = stages
        self.stageNames = (plan.contains(scrubberName) ? [scrubberName] : []) + stages.map(\.name)
        self.maxPageBytes = config.maxPageBytes
    }

    /// The stage names that will run for `names`: requirements added, canonical order.
    public static func resolve(table: [StageDescriptor], names: [String]) throws(PipelineError) -> [String] {
        var problems: [String] = []
        var wanted = Set<String>()
        for n in names {
            if table.contains(where: { $0.name == n }) { wanted.insert(n) }
            else { problems.append("unknown stage '\(n)' (known: \(table.map(\.name).joined(separator: ", ")))") }
        }
        if !problems.isEmpty { throw PipelineError(problems) }
        // Add providers of required layers until nothing changes.
        var changed = true
        while changed {
            changed = false
            for d in table where wanted.contains(d.name) {
                for layer in d.requires where layer != .text && layer != .meta {
                    let providedByWanted = table.contains { wanted.contains($0.name) && $0.provides.contains(layer) && $0.name != d.name }
                    if providedByWanted { continue }
                    if let p = table.first(where: { $0.provides.contains(layer) && $0.name != d.name }) {
                        wanted.insert(p.name); changed = true
                    }
                }
            }
        }
        // Check order: each stage's requirements must be provided by earlier stages.
        var have: Set<Layer> = [.text, .meta]
        var order: [String] = []
        for d in table where wanted.contains(d.name) {
            let missing = d.requires.subtracting(have)
            if !missing.isEmpty {
                problems.append("stage '\(d.name)' requires \(missing.sorted().map(\.rawValue).joined(separator: ", ")), which no earlier stage provides")
            }
            have.formUnion(d.provides)
            order.append(d.name)
        }
        if !problems.isEmpty { throw PipelineError(problems) }
        return order
    }

    /// Runs the pipeline on one record. Never throws: a failure becomes `.failure`.
    public func run(_ record: InputRecord) -> DocumentResult {
        var unused: [Double] = []
        return run(record, measure: false, stageSeconds: &unused)
    }

    /// Runs the pipeline and adds each stage's wall time to `stageSeconds` (index 0: the scrubber,
    /// then `stageNames` order after it), for `warta bench`'s per-stage figures.
    public func run(_ record: InputRecord, stageSeconds: inout [Double]) -> DocumentResult {
        if stageSeconds.count < stages.count + 1 { stageSeconds += Array(repeating: 0, count: stages.count + 1 - stageSeconds.count) }
        return run(record, measure: true, stageSeconds: &stageSeconds)
    }

    @inline(__always)
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    func run(_ record: InputRecord, measure: Bool, stageSeconds: inout [Double]) -> DocumentResult {
        var doc: AnnotatedDocument
        switch record.payload {
        case .failed(var e):
            e.inputID = record.id
            return .failure(id: record.id, error: e, extra: record.extra)
        case .text(let s):
            doc = AnnotatedDocument(id: record.id, text: s)
            if let url = record.url { doc.meta.url = url }
        case .html(let bytes):
            if bytes.count > maxPageBytes {
                return .failure(id: record.id, error: StageError(
                    stage: scrubberName, kind: "too-large",
                    message: "\(record.id): page has \(bytes.count) bytes, over the limit of \(maxPageBytes) (--max-page-bytes)",
                    inputID: record.id), extra: record.extra)
            }
            guard let scrubber else {
                return .failure(id: record.id, error: StageError(
                    stage: scrubberName, kind: "no-scrubber", message: "\(record.id): HTML input but no scrubber is built",
                    inputID: record.id), extra: record.extra)
            }
            let t0 = measure ? Pipeline.now() : 0
            defer { if measure { stageSeconds[0] += Double(Pipeline.now() - t0) / 1e9 } }
            do { doc = try scrubber.scrub(record) } catch {
                var e = error
                e.inputID = record.id
                return .failure(id: record.id, error: e, extra: record.extra)
            }
        }
        doc.extra = record.extra
        for (k, s) in stages.enumerated() {
            let t0 = measure ? Pipeline.now() : 0
            defer { if measure { stageSeconds[k + 1] += Double(Pipeline.now() - t0) / 1e9 } }
            do { try s.stage.process(&doc) } catch {
                var e = error
                e.inputID = record.id
                return .failure(id: record.id, error: e, extra: record.extra)
            }
            doc.layers.formUnion(s.provides)
        }
        return .document(doc)
    }
}
