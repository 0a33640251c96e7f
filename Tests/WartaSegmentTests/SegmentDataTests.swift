import Foundation
import Testing
import WartaCore
import WartaTestSupport
@testable import WartaSegment

/// `Glossary/segment/` tested as data.
@Suite struct SegmentDataTests {
    @Test func abbreviationTableIsWellFormed() throws {
        let table = try DataTable.load("segment/abbreviations.tsv", config: TestSupport.config, stage: "sentences")
        #expect(table.header == ["abbreviation", "class", "meaning"])
        var seen = Set<String>()
        for row in table.rows {
            #expect(row.count == 3, "\(row)")
            #expect(row[0].hasSuffix("."), "\(row[0]) must end with its full stop")
            #expect(!row[0].contains(" "), "\(row[0])")
            #expect(AbbreviationClass(name: row[1]) != nil, "\(row[0]): class \(row[1])")
            #expect(seen.insert(row[0]).inserted, "duplicate \(row[0])")
            // Single letters are initials, decided by rule, not by the table.
            #expect(row[0].count > 2, "\(row[0])")
        }
        #expect(table.rows.count > 150)
    }

    @Test func lexiconLoadsEveryListAndCaseVariants() throws {
        let lex = try SegmenterLexicon(config: TestSupport.config)
        #expect(lex.abbreviations.contains("dll."))
        #expect(lex.abbreviations.contains("DLL."))
        #expect(lex.abbreviations.contains("Dll."))
        #expect(!lex.abbreviations.contains("kol."))   // only Kol., the rank
        #expect(lex.sentenceStarters.contains("Pada"))
        #expect(lex.currencyPrefixes.contains("Rp") && lex.currencyPrefixes.contains("US$"))
    }

    @Test func missingDataIsATypedError() {
        let config = StageConfig(dataDirectory: URL(fileURLWithPath: "/nonexistent"))
        #expect(throws: StageError.self) { try SentenceStage(config: config) }
    }
}
