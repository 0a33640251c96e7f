import Testing
@testable import WartaCore

/// Requirement resolution against a table of fake stages.
@Suite struct PipelineTests {
    struct A: DocumentStage {
        static let name = "a"; static let requires: Set<Layer> = [.text]; static let provides: Set<Layer> = [.sentences, .tokens]
        init(config: StageConfig) throws(StageError) {}
        func process(_ d: inout AnnotatedDocument) throws(StageError) { d.sentences = [Span(0, d.length)] }
    }
    struct B: DocumentStage {
        static let name = "b"; static let requires: Set<Layer> = [.tokens]; static let provides: Set<Layer> = [.entities]
        init(config: StageConfig) throws(StageError) {}
        func process(_ d: inout AnnotatedDocument) throws(StageError) {
            if d.text.isEmpty { throw StageError(stage: "b", kind: "empty", message: "nothing to tag") }
        }
    }
    struct C: DocumentStage {
        static let name = "c"; static let requires: Set<Layer> = [.terms, .quantities]; static let provides: Set<Layer> = [.summary]
        init(config: StageConfig) throws(StageError) {}
        func process(_ d: inout AnnotatedDocument) throws(StageError) {}
    }
    let table = [StageDescriptor(A.self), StageDescriptor(B.self), StageDescriptor(C.self)]

    @Test func addsRequiredStagesInCanonicalOrder() throws {
        #expect(try Pipeline.resolve(table: table, names: ["b"]) == ["a", "b"])
        #expect(try Pipeline.resolve(table: table, names: ["b", "a"]) == ["a", "b"])
    }

    @Test func reportsEveryMissingRequirementAndUnknownName() {
        do { _ = try Pipeline.resolve(table: table, names: ["c"]); Issue.record("expected an error") }
        catch { #expect(error.problems.count == 1 && error.problems[0].contains("quantities, terms")) }
        do { _ = try Pipeline.resolve(table: table, names: ["x", "y"]); Issue.record("expected an error") }
        catch { #expect(error.problems.count == 2) }
    }

    @Test func stageFailureBecomesTypedFailureWithInputID() throws {
        let p = try Pipeline(table: table, names: ["b"], config: StageConfig(dataDirectory: nil))
        guard case .failure(let id, let e, _) = p.run(InputRecord(id: "doc-1", payload: .text(""))) else {
            Issue.record("expected a failure"); return
        }
        #expect(id == "doc-1" && e.stage == "b" && e.inputID == "doc-1")
        guard case .document(let d) = p.run(InputRecord(id: "doc-2", payload: .text("Halo."))) else {
            Issue.record("expected a document"); return
        }
        #expect(d.layers.isSuperset(of: [.sentences, .tokens, .entities]))
    }
}
