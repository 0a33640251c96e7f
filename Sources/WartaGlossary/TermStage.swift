import WartaCore

/// The `terms` stage: glossary terms in any affixed or reduplicated form, aligned to English.
/// (Stub: filled in by the glossary issue.)
public struct TermStage: DocumentStage {
    public static let name = "terms"
    public static let requires: Set<Layer> = [.text, .tokens, .entities]
    public static let provides: Set<Layer> = [.terms]

    public init(config: StageConfig) throws(StageError) {}

    public func process(_ document: inout AnnotatedDocument) throws(StageError) {}
}
