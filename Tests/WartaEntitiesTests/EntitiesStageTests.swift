import Testing
import WartaCore
import WartaTestSupport

@Suite struct EntitiesStageTests {
    /// The stage runs on a seed paragraph and leaves a consistent document.
    @Test func runsOnSeedTextWithConsistentSpans() throws {
        let text = "Meta telah sepakat membayar US$14,8 miliar untuk 49% saham Scale AI, sebuah perusahaan data kecerdasan buatan terkemuka. Pendiri Scale yang berusia 28 tahun, Alexandr Wang, akan bergabung dengan Meta."
        let doc = try TestSupport.annotate(text, stages: ["entities"])
        #expect(doc.layers.contains(.sentences))
        #expect(doc.text == text)
        TestSupport.checkInvariants(doc)
    }
}
