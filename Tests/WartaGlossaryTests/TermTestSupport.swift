import Testing
import Foundation
import WartaCore
import WartaGlossary
import WartaSegment
import WartaTestSupport

/// Helpers shared by the glossary tests: the shipped term base, and documents with tokens and
/// hand-built entities (the entity stage is another module's job).
enum TermTests {
    /// The `terms` stage on the shipped `Glossary/terms/terms.tsv`, loaded once.
    static let stage: TermStage = {
        do { return try TermStage(config: TestSupport.config) } catch { fatalError("\(error)") }
    }()

    static let segmenter: SentenceStage = {
        do { return try SentenceStage(config: TestSupport.config) } catch { fatalError("\(error)") }
    }()

    /// A tokenized document; `entities` are (surface, label) marked at their first occurrence.
    static func document(_ text: String, entities: [(String, EntityLabel)] = []) -> AnnotatedDocument {
        var doc = AnnotatedDocument(id: "t", text: text)
        try? segmenter.process(&doc)
        doc.layers.formUnion([.sentences, .tokens, .quantities, .entities])
        let scalars = Array(text.unicodeScalars)
        for (surface, label) in entities {
            let s = Array(surface.unicodeScalars)
            guard s.count <= scalars.count else { continue }
            for i in 0...(scalars.count - s.count) where Array(scalars[i..<(i + s.count)]) == s {
                doc.entities.append(Entity(span: Span(i, i + s.count), text: surface, label: label))
                break
            }
        }
        doc.entities.sort { $0.span < $1.span }
        return doc
    }

    /// Runs the stage and returns (surface, lemma, english) of every term.
    static func terms(_ text: String, entities: [(String, EntityLabel)] = []) -> [(String, String, String)] {
        var doc = document(text, entities: entities)
        try? stage.process(&doc)
        TestSupport.checkInvariants(doc)
        return doc.terms.map { ($0.text, $0.lemma, $0.english) }
    }
}
