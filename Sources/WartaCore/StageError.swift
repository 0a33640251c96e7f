/// A stage's failure on one document: typed, so the stage name and the input id are always there.
/// The pipeline turns it into an error record `{"id", "error": {"stage","kind","message"}}`.
public struct StageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The stage that failed (`scrub`, `sentences`, …, or `input` for unreadable records).
    public var stage: String
    /// A short machine-readable reason (`empty-input`, `not-html`, `too-large`, `bad-json`, …).
    public var kind: String
    /// A human-readable message naming the input and the reason.
    public var message: String
    /// The input's id, filled in by the pipeline when the stage did not know it.
    public var inputID: String?

    public init(stage: String, kind: String, message: String, inputID: String? = nil) {
        self.stage = stage; self.kind = kind; self.message = message; self.inputID = inputID
    }

    public var description: String {
        "\(inputID.map { "\($0): " } ?? "")\(stage) failed (\(kind)): \(message)"
    }
}

/// Errors found when a pipeline is built (before any document is read): unknown stage names,
/// unmet requirements (all reported at once), missing data files.
public struct PipelineError: Error, Sendable, CustomStringConvertible {
    public var problems: [String]
    public init(_ problems: [String]) { self.problems = problems }
    public var description: String { problems.joined(separator: "\n") }
}
