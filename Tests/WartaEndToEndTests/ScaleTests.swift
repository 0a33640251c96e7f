import Foundation
import Testing
import WartaTestSupport

/// Corpus-scale behaviour through the binary: shards partition the input, folder output is
/// atomic per part and resumable, and an interrupted run leaves nothing half-written.
@Suite struct ScaleTests {
    static let stages = "scrub,sentences"

    func tempDir() throws -> URL {
        let u = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("warta-scale-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }

    func lines(_ s: String) -> [String] { s.split(separator: "\n").map(String.init) }

    @Test func shardsOfFilesPartitionTheInput() throws {
        let all = try CLIRunner.run(["annotate", "--stages", Self.stages, "Corpus/pages"])
        #expect(all.status == 0)
        var union: [String] = []
        for i in 0..<3 {
            let r = try CLIRunner.run(["annotate", "--stages", Self.stages, "--shard", "\(i)/3", "Corpus/pages"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(!r.stdout.isEmpty)
            union += lines(r.stdout)
        }
        #expect(union.sorted() == lines(all.stdout).sorted())
    }

    @Test func shardsOfRecordsPartitionTheInputByID() throws {
        let recs = (0..<60).map { "{\"id\":\"r\($0)\",\"text\":\"Kalimat nomor \($0). Model dilatih ulang.\"}" }.joined(separator: "\n") + "\n"
        let all = try CLIRunner.run(["annotate", "--stages", Self.stages], stdin: Data(recs.utf8))
        var union: [String] = []
        var sizes: [Int] = []
        for i in 0..<3 {
            let r = try CLIRunner.run(["annotate", "--stages", Self.stages, "--shard", "\(i)/3"], stdin: Data(recs.utf8))
            sizes.append(lines(r.stdout).count)
            union += lines(r.stdout)
        }
        #expect(union.sorted() == lines(all.stdout).sorted())
        #expect(sizes.allSatisfy { $0 > 5 }, "hash shards should be roughly balanced: \(sizes)")
    }

    @Test func folderOutputIsResumableAndAtomic() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        // An interrupted run: the process is killed while it still waits for input.
        let p = Process()
        p.executableURL = CLIRunner.binary
        p.arguments = ["annotate", "--stages", Self.stages, "--quiet", "--shard", "2/3", "--output", dir.path + "/"]
        p.currentDirectoryURL = TestSupport.packageRoot
        let inp = Pipe()
        p.standardInput = inp
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        inp.fileHandleForWriting.write(Data("{\"id\":\"a\",\"text\":\"Satu.\"}\n".utf8))
        usleep(300_000)
        kill(p.processIdentifier, SIGKILL)   // as a cluster kills a task: no chance to clean up
        p.waitUntilExit()
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("part-2.jsonl").path),
                "a killed run must not leave a finished-looking part")

        var union: [String] = []
        for i in 0..<3 {
            let r = try CLIRunner.run(["annotate", "--stages", Self.stages, "--shard", "\(i)/3", "--output", dir.path, "Corpus/pages"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        // Rerun: every part is finished, so nothing is redone.
        let again = try CLIRunner.run(["annotate", "--stages", Self.stages, "--shard", "1/3", "--output", dir.path, "Corpus/pages"])
        #expect(again.stderr.contains("already finished"))
        for i in 0..<3 {
            union += lines(try String(contentsOf: dir.appendingPathComponent("part-\(i).jsonl"), encoding: .utf8))
        }
        let all = try CLIRunner.run(["annotate", "--stages", Self.stages, "Corpus/pages"])
        #expect(union.sorted() == lines(all.stdout).sorted())
        #expect(Set(union).count == union.count, "no duplicates")
        let forced = try CLIRunner.run(["annotate", "--stages", Self.stages, "--shard", "1/3", "--force", "--output", dir.path, "Corpus/pages"])
        #expect(forced.status == 0 && !forced.stderr.contains("already finished"))
    }

    @Test func versionNamesTheDataHash() throws {
        let r = try CLIRunner.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("warta "))
        #expect(r.stdout.contains("fnv1a64:"))
    }
}
