import WartaCore

/// The `entities` stage: PER, ORG, LOC, PRODUCT. (Stub: filled in by the entities issue.)
public struct EntityStage: DocumentStage {
    public static let name = "entities"
    public static let requires: Set<Layer> = [.text, .sentences, .tokens, .quantities]
    public static let provides: Set<Layer> = [.entities]

    public init(config: StageConfig) throws(StageError) {}

    public func process(_ document: inout AnnotatedDocument) throws(StageError) {}
}
