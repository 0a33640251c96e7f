import Foundation
import Testing
import Warta

/// Shared helpers for Warta's tests: locating the package, `Corpus/` and the shared eval data,
/// building stages, and the invariant check every stage test calls.
public enum TestSupport {
    /// The package root (the folder holding Package.swift).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    public static func path(_ relative: String) -> String { packageRoot.appendingPathComponent(relative).path }

    /// `../shared` beside the package, nil when absent.
    public static var sharedFolder: URL? {
        let u = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: u.path) ? u : nil
    }

    /// A stage config on the package's own `Glossary/`.
    public static var config: StageConfig {
        StageConfig(dataDirectory: packageRoot.appendingPathComponent("Glossary"))
    }

    /// Reads a file of the package as bytes.
    public static func bytes(_ relative: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: packageRoot.appendingPathComponent(relative)))
    }

    /// Runs the document's invariant check and records every violation as a test failure.
    public static func checkInvariants(_ doc: AnnotatedDocument, sourceLocation: SourceLocation = #_sourceLocation) {
        for problem in doc.invariantViolations() {
            Issue.record("\(doc.id): \(problem)", sourceLocation: sourceLocation)
        }
    }

    /// Builds a pipeline for the given stages on the package's data, runs it on a text.
    public static func annotate(_ text: String, stages: [String], id: String = "t") throws -> AnnotatedDocument {
        LibXML2.initialize()
        let p = try StageRegistry.pipeline(stages, config: config)
        switch p.run(InputRecord(id: id, payload: .text(text))) {
        case .document(let d): return d
        case .failure(_, let e, _): throw e
        }
    }
}
