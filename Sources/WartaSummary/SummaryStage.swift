import WartaCore

/// The `summary` stage: an extract of 2–4 sentences chosen by a learned linear scorer under a
/// token budget (`extract`, `extract_text`), and an English summary of 3–4 sentences (`english`)
/// from a `Translator`: the built-in rule-based renderer, or `--translator-cmd`.
public struct SummaryStage: DocumentStage {
    public static let name = "summary"
    public static let requires: Set<Layer> = [.text, .sentences, .quantities, .entities, .terms]
    public static let provides: Set<Layer> = [.summary]

    let model: SummaryModel
    let translator: any Translator

    /// Loads `summary/model.tsv` and the lexicon; `options["translator-cmd"]` selects the external
    /// translator.
    public init(config: StageConfig) throws(StageError) {
        model = try SummaryModel.load(config: config)
        if let cmd = config.options["translator-cmd"], !cmd.isEmpty {
            translator = CommandTranslator(command: cmd)
        } else {
            translator = RuleTranslator(lexicon: try Lexicon.load(config: config))
        }
    }

    /// A stage with the given parts (tests).
    public init(model: SummaryModel, translator: any Translator) {
        self.model = model; self.translator = translator
    }

    public func process(_ document: inout AnnotatedDocument) throws(StageError) {
        let (vectors, tokens) = SentenceFeatures.compute(document)
        let chosen = model.select(vectors: vectors, tokens: tokens).map { document.sentences[$0] }
        let text = chosen.map { document[$0] }.joined(separator: " ")
        let englishSpans = FactSentences.choose(document, extract: chosen)
        let english = englishSpans.isEmpty ? "" : try translator.english(document, sentences: englishSpans)
        document.summary = Summary(extract: chosen, extractText: text, english: english)
    }
}
