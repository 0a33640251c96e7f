import WartaCore

/// The `summary` stage: extractive summary and English summary. (Stub: lead-3 until the summary
/// issue fills it in.)
public struct SummaryStage: DocumentStage {
    public static let name = "summary"
    public static let requires: Set<Layer> = [.text, .sentences, .quantities, .entities, .terms]
    public static let provides: Set<Layer> = [.summary]

    public init(config: StageConfig) throws(StageError) {}

    public func process(_ document: inout AnnotatedDocument) throws(StageError) {
        let chosen = Array(document.sentences.prefix(3))
        let text = chosen.map { document[$0] }.joined(separator: " ")
        document.summary = Summary(extract: chosen, extractText: text, english: "")
    }
}
