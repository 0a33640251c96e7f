import Foundation
import Testing
@testable import WartaIO

/// Readers must be chunk-invariant (swift-nio's ByteToMessageDecoderVerifier lesson).
@Suite struct LineReaderTests {
    @Test(arguments: [1, 2, 3, 7, 64, 1 << 20])
    func sameLinesWhateverTheChunkSize(chunk: Int) throws {
        let content = "{\"id\":\"a\",\"text\":\"satu\"}\r\n\n{\"id\":\"b\",\"text\":\"dua — tiga\"}\nlast-without-newline"
        let path = NSTemporaryDirectory() + "warta-lines-\(chunk).jsonl"
        try content.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var r = try LineReader(path: path, chunkSize: chunk)
        var lines: [String] = []
        while let l = try r.next() { lines.append(String(decoding: l, as: UTF8.self)) }
        r.close()
        #expect(lines == ["{\"id\":\"a\",\"text\":\"satu\"}", "", "{\"id\":\"b\",\"text\":\"dua — tiga\"}", "last-without-newline"])
    }

    @Test func missingPathIsAnErrorBeforeWork() {
        #expect(throws: InputError.self) { try InputSource.expand(["/nonexistent/warta"], format: .auto) }
    }
}
