import WartaCore

/// The `numerals` stage: every quantity in the text with exact value, kind, currency, unit and
/// English rendering. (Stub: filled in by the numerals issue.)
public struct NumeralStage: DocumentStage {
    public static let name = "numerals"
    public static let requires: Set<Layer> = [.text]
    public static let provides: Set<Layer> = [.quantities]

    public init(config: StageConfig) throws(StageError) {}

    public func process(_ document: inout AnnotatedDocument) throws(StageError) {}
}
