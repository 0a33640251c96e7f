import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import WartaTestSupport

/// `warta glossary build|lookup` through the built binary.
@Suite struct GlossaryCommandTests {
    static var binary: URL {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for dir in [here, here.deletingLastPathComponent()] {
            let u = dir.appendingPathComponent("warta")
            if FileManager.default.isExecutableFile(atPath: u.path) { return u }
        }
        return TestSupport.packageRoot.appendingPathComponent(".build/debug/warta")
    }

    static func run(_ args: [String]) throws -> (status: Int32, stdout: String) {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.currentDirectoryURL = TestSupport.packageRoot
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("warta-glossary-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out) }
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: try Data(contentsOf: out), as: UTF8.self))
    }

    /// The TBX of the Corpus is well-formed XML, TBX-Basic, and holds the gold's terms.
    @Test func buildWritesWellFormedTBX() throws {
        let r = try Self.run(["glossary", "build", "Corpus/pages", "--format", "tbx", "--jobs", "1"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("type=\"TBX-Basic\""))
        #expect(r.stdout.contains("<term>pelabelan data</term>"))
        #expect(r.stdout.contains("<term>data labeling</term>"))
        let parser = XMLParser(data: Data(r.stdout.utf8))
        #expect(parser.parse())
    }

    @Test func buildHonoursMinFreqAndFormat() throws {
        let all = try Self.run(["glossary", "build", "Corpus/pages", "--format", "omegat", "--jobs", "1"])
        let frequent = try Self.run(["glossary", "build", "Corpus/pages", "--format", "omegat", "--min-freq", "5", "--jobs", "1"])
        #expect(all.status == 0 && frequent.status == 0)
        let a = all.stdout.split(separator: "\n"), f = frequent.stdout.split(separator: "\n")
        #expect(f.count < a.count && !f.isEmpty)
        #expect(a.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 3 })
    }

    @Test func lookupShowsTheAnalysisAndTheEntry() throws {
        let r = try Self.run(["glossary", "lookup", "menginvestasikan"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("meN- + investasi + -kan"))
        #expect(r.stdout.contains("investment"))
    }
}
