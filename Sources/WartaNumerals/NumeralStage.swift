import WartaCore

/// The `numerals` stage: every quantity in the text with exact value, kind, ISO 4217 currency,
/// unit and English rendering (the contract's `quantities` layer).
///
/// It scans the whole text (it needs no sentences): one tokenizing pass over the UTF-8 bytes, then
/// a small grammar tried at each number, number word, currency or keyword. Data (number words,
/// currencies, units, months, identifier words) comes from `Glossary/numerals/`.
public struct NumeralStage: DocumentStage {
    public static let name = "numerals"
    public static let requires: Set<Layer> = [.text]
    public static let provides: Set<Layer> = [.quantities]

    let lexicon: NumeralLexicon

    public init(config: StageConfig) throws(StageError) {
        lexicon = try NumeralLexicon(config: config)
    }

    public func process(_ document: inout AnnotatedDocument) throws(StageError) {
        document.quantities = quantities(in: document.text)
    }

    /// The quantities of a text, sorted by start (code-point spans into `text`).
    public func quantities(in text: String) -> [Quantity] {
        var text = text
        return text.withUTF8 { bytes -> [Quantity] in
            var scanner = QuantityScanner(lexicon: lexicon, bytes: bytes)
            defer { scanner.tokens.deallocate() }
            let found = scanner.scan()
            return found.map { f in
                let a = scanner.tokens[f.start], b = scanner.tokens[f.end - 1]
                let surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(a.b0)..<Int(b.b1)]), as: UTF8.self)
                return Quantity(span: Span(Int(a.c0), Int(b.c1)), text: surface, kind: f.kind, value: f.value, min: f.min,
                                max: f.max, of: f.of, currency: f.currency, unit: f.unit, english: f.english, extra: f.extra)
            }
        }
    }
}
