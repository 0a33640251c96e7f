import Testing
import WartaCore
import WartaTestSupport
@testable import WartaSegment

@Suite struct SegmenterTests {
    @Test func splitsSentencesAndKeepsNumbersWhole() throws {
        let doc = try TestSupport.annotate("Meta membayar US$14,8 miliar. Scale AI senang!\nBaris baru", stages: ["sentences"])
        #expect(doc.sentences.map { doc[$0] } == ["Meta membayar US$14,8 miliar.", "Scale AI senang!", "Baris baru"])
        #expect(doc.tokens.map { doc[$0.span] }.contains("14,8"))
        TestSupport.checkInvariants(doc)
    }
}
