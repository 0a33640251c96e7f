import WartaCore

/// Turns chosen sentences of a document into English. The built-in `RuleTranslator` renders from
/// the pipeline's layers and a lexicon; `CommandTranslator` pipes the Indonesian text through a
/// user's machine-translation command.
public protocol Translator: Sendable {
    /// The English rendering of `sentences` (spans of `document.sentences`, in document order).
    func english(_ document: AnnotatedDocument, sentences: [Span]) throws(StageError) -> String
}
