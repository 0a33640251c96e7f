import Foundation
import Testing
@testable import WartaCore

/// The hand-written writer must produce JSON that `JSONDecoder` reads back to the same values,
/// and the parser must agree with `JSONSerialization` on input records.
@Suite struct JSONTests {
    struct Rec: Decodable, Equatable {
        struct Q: Decodable, Equatable { let start: Int; let end: Int; let text: String; let kind: String; let value: String?; let currency: String?; let english: String }
        struct E: Decodable, Equatable { let start: Int; let end: Int; let text: String; let label: String }
        let id: String
        let text: String
        let sentences: [[String: Int]]
        let quantities: [Q]
        let entities: [E]
    }

    @Test func writerRoundTripsThroughJSONDecoder() throws {
        let text = "Meta \"membayar\"\tUS$14,8 miliar\n\nke Scale\\AI \u{1} — “kutipan” 😀"
        var doc = AnnotatedDocument(id: "pages/a \"b\".html", text: text)
        doc.layers.formUnion([.sentences, .quantities, .entities])
        doc.sentences = [Span(0, 30), Span(32, doc.length)]
        doc.quantities = [Quantity(span: Span(16, 30), text: doc[Span(16, 30)], kind: .money, value: "14800000000",
                                   currency: "USD", english: "US$14.8 billion")]
        doc.entities = [Entity(span: Span(0, 4), text: "Meta", label: .ORG)]
        var w = JSONWriter()
        doc.writeJSON(to: &w)
        let decoded = try JSONDecoder().decode(Rec.self, from: Data(w.bytes))
        #expect(decoded.id == doc.id)
        #expect(decoded.text == text)
        #expect(decoded.sentences == [["start": 0, "end": 30], ["start": 32, "end": doc.length]])
        #expect(decoded.quantities.first?.text == "US$14,8 miliar")
        #expect(decoded.quantities.first?.value == "14800000000")
        #expect(decoded.entities == [.init(start: 0, end: 4, text: "Meta", label: "ORG")])
        // And our own parser reads it back identically.
        let parsed = try JSONParser.parse(w.bytes)
        #expect(parsed["text"]?.stringValue == text)
    }

    @Test func unicodeLineSeparatorsAreEscaped() throws {
        let text = "a\u{2028}b\u{2029}c\u{85}d é—"
        var w = JSONWriter()
        w.string(text)
        let line = String(decoding: w.bytes, as: UTF8.self)
        #expect(line == "\"a\\u2028b\\u2029c\\u0085d é—\"")
        #expect(try JSONParser.parse(w.bytes).stringValue == text)
        #expect(try JSONDecoder().decode(String.self, from: Data(w.bytes)) == text)
    }

    @Test func errorRecordShape() throws {
        let r = DocumentResult.failure(id: "x.html", error: StageError(stage: "scrub", kind: "empty-input", message: "x.html: empty"), extra: [])
        var w = JSONWriter()
        r.writeJSONLine(to: &w)
        #expect(w.bytes.last == 0x0A)
        let obj = try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String: Any]
        #expect(obj?["id"] as? String == "x.html")
        let err = obj?["error"] as? [String: String]
        #expect(err == ["stage": "scrub", "kind": "empty-input", "message": "x.html: empty"])
    }

    @Test func parserHandlesEscapesAndRejectsJunk() throws {
        let v = try JSONParser.parse(#"{"id": 7, "text": "a\"b\\c\u00e9\ud83d\ude00\n", "n": [1.5e3, true, null]}"#)
        #expect(v["id"] == .number("7"))
        #expect(v["text"]?.stringValue == "a\"b\\cé😀\n")
        #expect(v["n"]?.arrayValue?.count == 3)
        #expect(throws: JSONParseError.self) { try JSONParser.parse("{\"id\": }") }
        #expect(throws: JSONParseError.self) { try JSONParser.parse("{\"id\": \"x\"} trailing") }
        #expect(throws: JSONParseError.self) { try JSONParser.parse("\u{0}\u{1}binary") }
    }
}
