import WartaCore

/// The `entities` stage: people (PER, the name only), organizations (ORG), places (LOC) and
/// products (PRODUCT: software, apps, AI models, chips), as non-overlapping spans.
///
/// Each sentence is tokenized by the tagger's own tokenizer and decoded by the averaged-perceptron
/// model of `Glossary/entities/model.bin`; quantities of the numerals stage are a feature.
public struct EntityStage: DocumentStage {
    public static let name = "entities"
    public static let requires: Set<Layer> = [.text, .sentences, .tokens, .quantities]
    public static let provides: Set<Layer> = [.entities]

    let tagger: EntityTagger
    let workspaces = WorkspacePool()

    public init(config: StageConfig) throws(StageError) {
        tagger = try EntityTagger.load(config: config, stage: Self.name)
    }

    public func process(_ document: inout AnnotatedDocument) throws(StageError) {
        let index = document.index
        var units = document.sentences
        if units.isEmpty, document.length > 0 { units = [Span(0, document.length)] }
        let quantities = document.quantities.map(\.span).sorted()
        var found: [(Span, EntityLabel)] = []
        var workspace = workspaces.take()
        defer { workspaces.give(workspace) }
        var cursor = 0
        document.withUTF8 { p in
            for unit in units {
                let r = index.utf8Range(unit)
                tagger.tag(p, r.lowerBound, r.upperBound, cpStart: unit.start, quantities: quantities,
                           cursor: &cursor, workspace: &workspace, into: &found)
            }
        }
        var entities: [Entity] = []
        entities.reserveCapacity(found.count)
        var lastEnd = 0
        for (span, label) in found.sorted(by: { $0.0 < $1.0 }) where span.start >= lastEnd {
            entities.append(Entity(span: span, text: document[span], label: label))
            lastEnd = span.end
        }
        document.entities = entities
    }
}
