import Foundation

/// Settings every stage factory receives.
public struct StageConfig: Sendable {
    /// The folder with Warta's data (`Glossary/` or its installed copy); nil when none was found.
    public var dataDirectory: URL?
    /// Pages larger than this many bytes become error records (`--max-page-bytes`).
    public var maxPageBytes: Int
    /// Stage-specific options (`translator-cmd`, model paths, …), by name.
    public var options: [String: String]

    public init(dataDirectory: URL? = WartaDataLocator.locate(), maxPageBytes: Int = 16 << 20,
                options: [String: String] = [:]) {
        self.dataDirectory = dataDirectory; self.maxPageBytes = maxPageBytes; self.options = options
    }

    /// The URL of a data file below the data folder (`numerals/currencies.tsv`), or an error
    /// naming what is missing.
    public func dataFile(_ relativePath: String, stage: String) throws(StageError) -> URL {
        guard let dir = dataDirectory else {
            throw StageError(stage: stage, kind: "missing-data",
                             message: "Warta's data folder (Glossary/) was not found; pass --glossary DIR or set WARTA_GLOSSARY")
        }
        let url = dir.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw StageError(stage: stage, kind: "missing-data", message: "data file \(url.path) is missing")
        }
        return url
    }
}

/// A stage that enriches a document in place: every stage after scrubbing.
///
/// Stages are immutable `Sendable` structs holding their data (lexicons, tries, model weights),
/// built once by `init(config:)` and shared by all workers.
public protocol DocumentStage: Sendable {
    /// The stage's name in `--stages` (`sentences`).
    static var name: String { get }
    /// Layers that must be present before the stage runs.
    static var requires: Set<Layer> { get }
    /// Layers the stage adds.
    static var provides: Set<Layer> { get }
    /// Loads the stage's data.
    init(config: StageConfig) throws(StageError)
    /// Adds the stage's layers to `document`.
    func process(_ document: inout AnnotatedDocument) throws(StageError)
}

/// The stage that turns a page (bytes) into a document with fixed clean text and metadata.
public protocol PageScrubber: Sendable {
    static var name: String { get }
    init(config: StageConfig) throws(StageError)
    /// Scrubs one HTML page. `record.payload` is `.html`.
    func scrub(_ record: InputRecord) throws(StageError) -> AnnotatedDocument
}

/// One row of the stage table: name, contract, and how to build the stage.
public struct StageDescriptor: Sendable {
    public enum Factory: Sendable {
        case scrubber(@Sendable (StageConfig) throws(StageError) -> any PageScrubber)
        case document(@Sendable (StageConfig) throws(StageError) -> any DocumentStage)
    }
    public let name: String
    public let requires: Set<Layer>
    public let provides: Set<Layer>
    public let factory: Factory

    public init<S: DocumentStage>(_ type: S.Type) {
        name = S.name; requires = S.requires; provides = S.provides
        factory = .document { (c: StageConfig) throws(StageError) -> any DocumentStage in try S(config: c) }
    }

    public init<S: PageScrubber>(scrubber type: S.Type) {
        name = S.name; requires = []; provides = [.text, .meta]
        factory = .scrubber { (c: StageConfig) throws(StageError) -> any PageScrubber in try S(config: c) }
    }
}
