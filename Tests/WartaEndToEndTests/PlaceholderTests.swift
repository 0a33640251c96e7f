import Testing
import Warta
import WartaTestSupport

@Suite struct RegistryTests {
    @Test func canonicalOrder() {
        #expect(StageRegistry.names == ["scrub", "sentences", "numerals", "entities", "terms", "summary"])
    }
}
