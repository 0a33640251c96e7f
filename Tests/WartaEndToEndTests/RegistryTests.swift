import Testing
import Warta
import WartaTestSupport

@Suite struct RegistryTests {
    @Test func canonicalOrder() {
        #expect(StageRegistry.names == ["scrub", "sentences", "numerals", "entities", "terms", "summary"])
    }

    @Test func summaryPullsInEveryStageItNeeds() throws {
        #expect(try Pipeline.resolve(table: StageRegistry.table, names: ["summary"])
                == ["sentences", "numerals", "entities", "terms", "summary"])
        #expect(try Pipeline.resolve(table: StageRegistry.table, names: ["terms", "scrub"])
                == ["scrub", "sentences", "numerals", "entities", "terms"])
    }
}
