import Testing
import WartaCore
import WartaNumerals
import WartaTestSupport

/// The scanner must never trap, whatever the text: token soup of numbers, number words, currencies,
/// units, keywords and punctuation in random order, cut at random places.
@Suite struct RobustnessTests {
    static let pieces = ["Rp", "US", "$", "€", "¥", "1", "12", "2025", "1.500", "14,8", "0,25", "2.1.0", "-", "–", "/", ":",
                         ".", ",", "(", ")", "+", "%", "x", "ke", "ke-", "kedua", "ketiga", "pertama", "dua", "puluh",
                         "belas", "ratus", "ribu", "juta", "miliar", "triliun", "koma", "minus", "setengah", "ratusan",
                         "persen", "poin", "tahun", "bulan", "kali", "lipat", "antara", "dan", "hingga", "sampai", "dari",
                         "pukul", "jam", "WIB", "Juni", "kuartal", "III", "semester", "Q", "berusia", "an", "M", "T",
                         "K", "bn", "dolar", "AS", "rupiah", "Pasal", "Nomor", "No", "Llama", "0812", "km", "°", "C",
                         "salah", "satu", "s", "d", "per", "pertiga", "Rabu", "“", "é", "\n", "\n\n", " ", " ", " "]

    @Test func randomTokenSoupNeverTraps() throws {
        let stage = try NumeralStage(config: TestSupport.config)
        var rng = SystemRandomNumberGenerator()
        var total = 0
        for _ in 0..<3000 {
            var s = ""
            for _ in 0..<Int.random(in: 0...14, using: &rng) {
                s += Self.pieces.randomElement(using: &rng)!
                if Bool.random(using: &rng) { s += " " }
            }
            let qs = stage.quantities(in: s)
            let n = s.unicodeScalars.count
            for q in qs {
                #expect(q.span.start >= 0 && q.span.end <= n && q.span.start < q.span.end, "\(s)")
            }
            for (a, b) in zip(qs, qs.dropFirst()) { #expect(a.span.end <= b.span.start, "\(s)") }
            total += qs.count
        }
        #expect(total > 0)
    }
}
