import WartaCore

/// The `sentences` stage: sentence spans and token spans in code points (see `Segmenter`).
public struct SentenceStage: DocumentStage {
    public static let name = "sentences"
    public static let requires: Set<Layer> = [.text]
    public static let provides: Set<Layer> = [.sentences, .tokens]

    public let segmenter: Segmenter

    public init(config: StageConfig) throws(StageError) {
        segmenter = try Segmenter(config: config)
    }

    public func process(_ document: inout AnnotatedDocument) throws(StageError) {
        let (tokens, sentences) = document.withUTF8 { segmenter.segment($0) }
        document.tokens = tokens
        document.sentences = sentences
    }
}
