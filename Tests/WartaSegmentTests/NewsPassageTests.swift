import Foundation
import Testing
import WartaCore
import WartaTestSupport
@testable import WartaSegment

/// The gold news passages in `Gold/news-passages.txt` (format in the file's header): every
/// sentence end must be found and no other.
@Suite struct NewsPassageTests {
    struct Passage { var text: String; var ends: [Int] }

    /// Parses the gold file: `‖` marks a sentence end inside a line, every non-empty line ends one.
    static func passages() throws -> [Passage] {
        let raw = try String(contentsOfFile: TestSupport.path("Tests/WartaSegmentTests/Gold/news-passages.txt"), encoding: .utf8)
        var blocks: [[Substring]] = [], current: [Substring] = []
        for line in raw.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") { continue }
            if line == "---" { if !current.isEmpty { blocks.append(current) }; current = []; continue }
            current.append(line)
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks.map { block in
            var lines = block
            while lines.last?.isEmpty == true { lines.removeLast() }
            var text = "", ends: [Int] = []
            for (k, line) in lines.enumerated() {
                if k > 0 { text += "\n" }
                for part in line.split(separator: "‖", omittingEmptySubsequences: false) {
                    text += part
                    // A sentence ends where the part's text ends, trailing blanks excluded.
                    let trailing = part.unicodeScalars.reversed().prefix { $0 == " " }.count
                    if part.contains(where: { $0 != " " }) { ends.append(text.unicodeScalars.count - trailing) }
                }
            }
            return Passage(text: text, ends: ends)
        }
    }

    @Test func goldFileHasAtLeastSixtyPassages() throws {
        #expect(try Self.passages().count >= 60)
    }

    @Test func everyPassageSplitsExactlyAsGold() throws {
        let segmenter = try Segmenter(config: TestSupport.config)
        for p in try Self.passages() {
            let (_, spans) = segmenter.segment(p.text)
            #expect(spans.map(\.end) == p.ends, "\(p.text)")
        }
    }

    @Test func passagesThroughTheStageKeepInvariants() throws {
        for p in try Self.passages().prefix(10) {
            let doc = try TestSupport.annotate(p.text, stages: ["sentences"])
            TestSupport.checkInvariants(doc)
        }
    }
}
