import Testing
import WartaCore
import WartaNumerals
import WartaTestSupport

/// One quantity as (surface, kind, value or min..max, currency, unit) for compact expectations.
private func summary(_ q: Quantity) -> String {
    let v = q.kind == .range ? "\(q.min ?? "")..\(q.max ?? "")" : (q.value ?? "")
    return [q.text, q.kind.rawValue, v, q.currency ?? "", q.unit ?? ""].joined(separator: "|")
}

@Suite struct NumeralsStageTests {
    let stage: NumeralStage
    init() throws { stage = try NumeralStage(config: TestSupport.config) }

    func read(_ text: String) -> [String] { stage.quantities(in: text).map(summary) }

    /// The stage runs on a seed paragraph and leaves a consistent document.
    @Test func runsOnSeedTextWithConsistentSpans() throws {
        let text = "Meta telah sepakat membayar US$14,8 miliar untuk 49% saham Scale AI, sebuah perusahaan data kecerdasan buatan terkemuka. Pendiri Scale yang berusia 28 tahun, Alexandr Wang, akan bergabung dengan Meta."
        let doc = try TestSupport.annotate(text, stages: ["numerals"])
        #expect(doc.layers.contains(.quantities))
        #expect(doc.text == text)
        TestSupport.checkInvariants(doc)
        #expect(doc.quantities.map(summary) == ["US$14,8 miliar|money|14800000000|USD|", "49%|percent|49||%",
                                                "28 tahun|age|28||year"])
        #expect(doc.quantities.map(\.english) == ["US$14.8 billion", "49%", "28 years old"])
    }

    @Test func separatorsFollowTheDocumentStyle() {
        #expect(read("Harga naik menjadi 1.500 unit.") == ["1.500|cardinal|1500||"])
        #expect(read("Sales reached 1,500,000 units and 1,500 more.") == ["1,500,000|cardinal|1500000||", "1,500|cardinal|1500||"])
        #expect(read("Skornya 14,8 poin.") == ["14,8|decimal|14.8||"])
        #expect(read("Valuasi US$ 14.8bn.") == ["US$ 14.8bn|money|14800000000|USD|"])
        #expect(read("Rp 1.500,75") == ["Rp 1.500,75|money|1500.75|IDR|"])
    }

    @Test func offsetsAreCodePoints() {
        let qs = stage.quantities(in: "“Café” — harga €20 dan 30 persen")
        #expect(qs.map(\.span) == [Span(15, 18), Span(23, 32)])
        #expect(qs.map(\.text) == ["€20", "30 persen"])
    }

    @Test func approximateAndCollective() {
        #expect(read("bernilai puluhan miliar dolar") == ["puluhan miliar dolar|approximate|10000000000|USD|"])
        let both = stage.quantities(in: "Hal itu penting bagi kedua perusahaan.")
        #expect(both.map(summary) == ["kedua|cardinal|2||"])
        #expect(both.first?.english == "both")
        #expect(both.first?.extra.first?.0 == "collective")
        #expect(read("Versi kedua dirilis.") == ["kedua|ordinal|2||"])
    }

    @Test func timesCarryTheirZone() {
        let qs = stage.quantities(in: "Dibuka hingga 30 Juni 2025 pukul 23.59 WIB melalui laman resmi.")
        #expect(qs.map(summary) == ["30 Juni 2025|date|2025-06-30||", "23.59 WIB|time|23:59||"])
        #expect(qs.last?.extra.first?.1 == "+07:00")
    }

    @Test func identifiersStayPlain() {
        for text in ["Meta merilis Llama 4 hari ini.", "GPU H100 dan A100 laris.", "Pandemi COVID-19 usai.",
                     "Lihat Pasal 5 ayat (2).", "Sesuai UU Nomor 27 Tahun 2022.", "Sertifikat ISO 27001 diraih.",
                     "Hubungi 0812-3456-7890 sekarang.", "Perbarui ke versi 2.1.0 segera.", "KTT G20 di Bali."] {
            #expect(read(text).isEmpty, "\(text): \(read(text))")
        }
    }

    @Test func englishRendering() {
        let qs = stage.quantities(in: "Dana Rp237 triliun, dua kali lipat, tiga kali lipat, ke-3, ketiga, satu miliar orang, Rp45.000, 3,2 poin persentase, seperlima, ratusan ribu, 2025-2030, Rp10 miliar-Rp15 miliar.")
        #expect(qs.map(\.english) == ["Rp237 trillion", "twice", "threefold", "3rd", "third", "one billion",
                                      "Rp45,000", "3.2 percentage points", "one fifth", "hundreds of thousands",
                                      "2025 to 2030", "Rp10 billion to Rp15 billion"])
    }

    @Test func noSentenceSplitterNeededAndEmptyText() {
        #expect(stage.quantities(in: "").isEmpty)
        #expect(read("Rp5 miliar\n\ndua puluh") == ["Rp5 miliar|money|5000000000|IDR|", "dua puluh|cardinal|20||"])
        #expect(read("tiga\nratus") == ["tiga|cardinal|3||"])
    }
}

@Suite struct QuantityEnglishTests {
    @Test func rendersFromFields() throws {
        func q(_ kind: QuantityKind, _ value: String?, currency: String? = nil, unit: String? = nil, min: String? = nil,
               max: String? = nil, of: String? = nil) -> String {
            QuantityEnglish.render(Quantity(span: Span(0, 1), text: "x", kind: kind, value: value, min: min, max: max, of: of,
                                            currency: currency, unit: unit, english: ""))
        }
        #expect(q(.money, "14800000000", currency: "USD") == "US$14.8 billion")
        #expect(q(.money, "237000000000000", currency: "IDR") == "Rp237 trillion")
        #expect(q(.money, "45000", currency: "IDR") == "Rp45,000")
        #expect(q(.money, "10000000000", currency: "CNY") == "10 billion yuan")
        #expect(q(.percent, "49", unit: "%") == "49%")
        #expect(q(.percent, "3.2", unit: "pp") == "3.2 percentage points")
        #expect(q(.multiplier, "2", unit: "x") == "twice")
        #expect(q(.ordinal, "3") == "3rd")
        #expect(q(.date, "2025-06-30") == "30 June 2025")
        #expect(q(.date, "2026-Q3") == "the third quarter of 2026")
        #expect(q(.age, "28", unit: "year") == "28 years old")
        #expect(q(.range, nil, currency: "IDR", min: "10000000000", max: "15000000000", of: "money")
                == "Rp10 billion to Rp15 billion")
        #expect(q(.range, nil, unit: "month", min: "6", max: "9", of: "number") == "6 to 9 months")
        #expect(q(.cardinal, "1024") == "1,024")
    }
}
