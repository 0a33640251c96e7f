@_exported import WartaCore
@_exported import WartaHTML
@_exported import WartaSegment
@_exported import WartaNumerals
@_exported import WartaEntities
@_exported import WartaGlossary
@_exported import WartaSummary
@_exported import WartaIO

/// The one static table of stages, in canonical order: registration order is execution order
/// (stanza's `PIPELINE_NAMES`). `--stages` names and requirements resolve against it.
public enum StageRegistry {
    public static let table: [StageDescriptor] = [
        StageDescriptor(scrubber: ScrubStage.self),
        StageDescriptor(SentenceStage.self),
        StageDescriptor(NumeralStage.self),
        StageDescriptor(EntityStage.self),
        StageDescriptor(TermStage.self),
        StageDescriptor(SummaryStage.self),
    ]

    /// Stage names in canonical order.
    public static var names: [String] { table.map(\.name) }

    /// The contract's default: everything but the summary.
    public static let defaultStages = ["scrub", "sentences", "numerals", "entities", "terms"]

    /// Builds a pipeline for `names` (requirements added, canonical order).
    public static func pipeline(_ names: [String], config: StageConfig = StageConfig()) throws(PipelineError) -> Pipeline {
        try Pipeline(table: table, names: names, config: config)
    }
}
