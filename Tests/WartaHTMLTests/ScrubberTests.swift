import Foundation
import Testing
import WartaCore
import WartaTestSupport
@testable import WartaHTML

/// The scrubber on real pages: the Corpus pages must come out exactly as their gold text and
/// metadata, and a detik-style page loses its menus, ads, "Baca juga", tags, related list and comments.
@Suite struct ScrubberTests {
    static let stage: ScrubStage = {
        LibXML2.initialize()
        return try! ScrubStage(config: TestSupport.config)
    }()

    func scrub(file: String) throws -> AnnotatedDocument {
        try Self.stage.scrub(InputRecord(id: file, payload: .html(try TestSupport.bytes(file))))
    }

    struct Gold: Decodable { let file: String; let title: String; let author: String; let published: String; let main_text: String }

    static func corpusGold() throws -> [Gold] {
        let text = try String(contentsOfFile: TestSupport.path("Corpus/gold.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Gold.self, from: Data($0.utf8)) }
    }

    @Test func corpusPagesComeOutExactlyAsGold() throws {
        let gold = try Self.corpusGold()
        #expect(gold.count >= 9)
        for g in gold {
            let doc = try scrub(file: "Corpus/" + g.file)
            #expect(doc.text == g.main_text, "\(g.file): text differs from gold")
            #expect(doc.meta.title == g.title, "\(g.file)")
            #expect(doc.meta.author == g.author, "\(g.file)")
            #expect(doc.meta.published?.hasPrefix(g.published) == true, "\(g.file): \(doc.meta.published ?? "nil")")
            TestSupport.checkInvariants(doc)
        }
    }

    @Test func boilerplateInsideTheBodyIsDropped() throws {
        let doc = try scrub(file: "Tests/WartaHTMLTests/Fixtures/detik-like.html")
        let paragraphs = doc.text.components(separatedBy: "\n\n")
        #expect(paragraphs.first?.hasPrefix("Jakarta - Perusahaan rintisan kecerdasan buatan") == true)
        #expect(paragraphs.contains("Ke depan, perusahaan berencana membuka kantor di Singapura dan Jakarta pada akhir tahun ini."))
        #expect(paragraphs.contains("(rns/afr)"))
        for junk in ["Baca juga", "ADVERTISEMENT", "SCROLL TO CONTINUE", "Beranda", "Tag:", "Berita Terkait", "Keren sekali", "Hak Cipta", "Siti Rahma"] {
            #expect(!doc.text.contains(junk), "\(junk) leaked into the text")
        }
        #expect(paragraphs.count == 5)
        #expect(doc.meta.title == "Startup AI Lokal Raih Pendanaan Seri A Rp150 Miliar")
        #expect(doc.meta.site == "Warta Teknologi")
        #expect(doc.meta.url == "https://teknologi.example.id/read/2025/03/04/startup-ai-lokal")
        #expect(doc.meta.lang == "id")
        #expect(doc.meta.author == "Siti Rahma")
        TestSupport.checkInvariants(doc)
    }

    @Test func bemElementNamesOutweighTheBlockName() throws {
        let doc = try scrub(file: "Tests/WartaHTMLTests/Fixtures/bem-article.html")
        let paragraphs = doc.text.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 3, "\(paragraphs)")
        #expect(!doc.text.contains("Foto udara"))
        #expect(!doc.text.contains("Rina Kusuma"))
        #expect(doc.meta.title == "Pusat Data Hijau Dibangun di Kendal")
    }

    @Test func aClassNamesLastWordAndUtilityClassesWeighAsTheyShould() {
        func weight(_ cls: String, id: String? = nil) -> Double {
            var attrs = [("class", cls)]
            if let id { attrs.append(("id", id)) }
            return ClassCues.weight(of: HTMLTree.Node(kind: .element, name: "div", text: "", attributes: attrs, parent: -1, depth: 0))
        }
        #expect(weight("detail-img-caption") == -25)      // katadata: the last word decides, not `detail`
        #expect(weight("detailsCoverCaption") == -25)     // bisnis, camelCase
        #expect(weight("detail__feedback") == -25)        // detik's reaction widget (BEM element)
        #expect(weight("detail__body-text") == 25)
        #expect(weight("text-sm text-neutral-1200") == 0) // Tailwind utilities are no content name
        #expect(weight("text-description") == 25)
        #expect(weight("p", id: "text-35597159") == 25)
        #expect(ClassCues.isTextUtility(Array("text-2xl".utf8)) && !ClassCues.isTextUtility(Array("text-body".utf8)))
    }

    @Test func lexiconVerdicts() throws {
        let lexicon = try BoilerplateLexicon(config: TestSupport.config)
        #expect(lexicon.verdict("Baca juga: Daftar Startup AI Indonesia") == .drop)
        #expect(lexicon.verdict("BACA JUGA  Pemerintah Siapkan Aturan") == .drop)
        #expect(lexicon.verdict("ADVERTISEMENT") == .drop)
        #expect(lexicon.verdict("Editor: Bayu Aditya") == .drop)
        #expect(lexicon.verdict("Editor senior majalah itu mengatakan bahwa industri media sedang berubah cepat karena AI generatif.") == .keep)
        #expect(lexicon.verdict("Bacaan ini menjelaskan cara kerja model bahasa.") == .keep)
        #expect(lexicon.verdict("Komentar") == .end)
        #expect(lexicon.verdict("Tag:") == .drop)
    }

    @Test func indonesianDates() {
        #expect(IndonesianDate.parse("Kamis, 12 Jun 2025 14:35 WIB") == "2025-06-12T14:35:00+07:00")
        #expect(IndonesianDate.parse("Senin, 14 Juli 2025 19:45 WITA") == "2025-07-14T19:45:00+08:00")
        #expect(IndonesianDate.parse("12/06/2025") == "2025-06-12")
        #expect(IndonesianDate.parse("2025-06-13T07:10:00+07:00") == "2025-06-13T07:10:00+07:00")
        #expect(IndonesianDate.parse("2025-06-13T00:10:00Z") == "2025-06-13T00:10:00+00:00")
        #expect(IndonesianDate.parse("3 Agustus 2024") == "2024-08-03")
        #expect(IndonesianDate.parse("June 12, 2025") == "2025-06-12")
        #expect(IndonesianDate.parse("Rabu, 21 Mei 2025 | 16.02 WIB") == "2025-05-21T16:02:00+07:00")
        #expect(IndonesianDate.parse("tanpa tanggal") == nil)
        #expect(IndonesianDate.isDateLine("Minggu, 6 Juli 2025 08:00 WIB"))
        #expect(!IndonesianDate.isDateLine("Pada 6 Juli 2025 perusahaan itu melantai di bursa"))
    }

    @Test func blockScoringPrefersTheProseOverTheLinkList() throws {
        let links = (1...30).map { "<li><a href=\"/x/\($0)\">Judul berita terkait nomor \($0) tentang kecerdasan buatan</a></li>" }.joined()
        let prose = (1...4).map { "<p>Paragraf \($0): pemerintah, pelaku industri, dan akademisi membahas regulasi kecerdasan buatan, pelindungan data pribadi, serta kebutuhan pusat data nasional.</p>" }.joined()
        let html = "<html><body><div class=\"sidebar\"><ul>\(links)</ul></div><div><div class=\"text\">\(prose)</div></div><div><ul>\(links)</ul></div></body></html>"
        let doc = try Self.stage.scrub(InputRecord(id: "blocks", payload: .html(Array(html.utf8))))
        #expect(doc.text.components(separatedBy: "\n\n").count == 4)
        #expect(!doc.text.contains("Judul berita terkait"))
    }

    @Test func jsonLDArticleBodyBacksUpAnEmptyTemplate() throws {
        let body = "Model bahasa besar buatan Indonesia dirilis hari ini.\\n\\nPeneliti menyebut model itu dilatih dengan data berbahasa daerah."
        let html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Model Baru\",\"articleBody\":\"\(body)\"}</script></head><body><div id=\"app\"></div></body></html>"
        let doc = try Self.stage.scrub(InputRecord(id: "ld", payload: .html(Array(html.utf8))))
        #expect(doc.text == "Model bahasa besar buatan Indonesia dirilis hari ini.\n\nPeneliti menyebut model itu dilatih dengan data berbahasa daerah.")
        #expect(doc.meta.title == "Model Baru")
    }
}
