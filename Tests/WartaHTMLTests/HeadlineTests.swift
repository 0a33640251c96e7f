import Testing
import WartaCore
import WartaTestSupport
@testable import WartaHTML

/// Title selection: which element holds the headline, and its deck, on page layouts seen in real
/// news archives (worldnow-style `<b>` headlines, CMS headline blocks, h1 + h2 decks, blogs).
@Suite struct HeadlineTests {
    static let stage: ScrubStage = {
        LibXML2.initialize()
        return try! ScrubStage(config: TestSupport.config)
    }()

    static let body = """
        <p>Perusahaan rintisan kecerdasan buatan asal Bandung mengumumkan pendanaan baru senilai Rp150 miliar pada Selasa pagi.</p>
        <p>Dana itu akan dipakai untuk membangun pusat data kecil di Jawa Barat dan merekrut seratus insinyur pembelajaran mesin.</p>
        <p>Menurut pendirinya, permintaan model bahasa Indonesia naik dua kali lipat sepanjang tahun ini.</p>
        """

    func title(_ html: String) throws -> String? {
        try Self.stage.scrub(InputRecord(id: "t.html", payload: .html(Array(html.utf8)))).meta.title
    }

    @Test func aBoldLineNamedByTheTitleIsTheHeadline() throws {
        let html = """
            <html><head><title>Warta Bandung - Berita, Cuaca dan Olahraga Jawa Barat | Startup AI Bandung raih dana Rp150 miliar</title></head>
            <body><table><tr><td><font><b>Startup AI Bandung raih dana Rp150 miliar</b></font><br>\(Self.body)</td></tr></table></body></html>
            """
        #expect(try title(html) == "Startup AI Bandung raih dana Rp150 miliar")
    }

    @Test func theDeckUnderTheHeadlineJoinsTheTitle() throws {
        let html = """
            <html><head><title>Startup AI Bandung raih dana Rp150 miliar -- warta.example</title></head><body>
            <div id="top"><h1>Startup AI Bandung raih dana Rp150 miliar</h1> <h2>Dana dipakai untuk pusat data dan seratus insinyur baru</h2>
            <div class="clear"></div></div><div class="story">\(Self.body)</div></body></html>
            """
        #expect(try title(html) == "Startup AI Bandung raih dana Rp150 miliar Dana dipakai untuk pusat data dan seratus insinyur baru")
    }

    @Test func aBylineOrDatelineUnderTheHeadlineIsNoDeck() throws {
        for under in ["<h2>Oleh Nadia Putri dan Rudi Hartono</h2>", "<h2>Nadia Putri Nov. 20, 2025 Diperbarui pukul 14.00</h2>",
                      "<h5>Kantor Berita Antara Jakarta</h5>"] {
            let html = """
                <html><head><title>Startup AI Bandung raih dana Rp150 miliar</title></head><body>
                <h1>Startup AI Bandung raih dana Rp150 miliar</h1>\(under)<div class="story">\(Self.body)</div></body></html>
                """
            #expect(try title(html) == "Startup AI Bandung raih dana Rp150 miliar", "\(under)")
        }
    }

    @Test func withoutTitleStringsTheHeadlineNearestTheArticleWins() throws {
        // A promo headline in the masthead and the story's own headline block: no <title> at all.
        let html = """
            <html><body><div id="masthead"><span class="mainheadline">Promo akhir pekan: langganan setahun diskon separuh harga</span></div>
            <div class="article_body"><div class="article_headline"><b>Startup AI Bandung raih dana besar</b></div> Selasa, 4 Maret 2025
            <div class="article_credit"><b>Oleh Nadia Putri</b></div></div><div class="story">\(Self.body)</div></body></html>
            """
        #expect(try title(html) == "Startup AI Bandung raih dana besar")
    }

    @Test func aHeadlineBlockHoldingTheArticleGivesItsHeading() throws {
        let html = """
            <html><head><title>WartaSport.example :: Berita</title></head><body><div class="headline_content">
            <h3>Startup AI Bandung raih dana besar</h3><div class="headline_top">Bandung<br>Selasa 4 Maret 2025</div>\(Self.body)</div></body></html>
            """
        #expect(try title(html) == "Startup AI Bandung raih dana besar")
    }

    @Test func aPostHeadingThatStartsTheBlogTitleWins() throws {
        let html = """
            <html><head><title> &raquo; Catatan tentang model bahasa kecil Blog Teknologi Nadia: &#8212; tulisan tentang AI dan data</title></head>
            <body><h1><a href="/">Blog Teknologi Nadia</a></h1><p>&#8212; tulisan tentang AI dan data</p>
            <div class="post"><h1><a href="/catatan">Catatan tentang model bahasa kecil</a></h1>\(Self.body)</div></body></html>
            """
        #expect(try title(html) == "Catatan tentang model bahasa kecil")
    }

    @Test func titleKeysIgnorePunctuationAndNameRunsOfParts() {
        let keys = HeadlineSelection.TitleKeys(["Premier League - Warnock in winning Lane return - Yahoo! Eurosport UK",
                                                "VNXe Powershell and Performance Stats  Impressive! - Virtual Geek"])
        let key = HeadlineSelection.wordKey
        #expect(keys.names(key("Premier League - Warnock in winning Lane return"), minWords: 2, prefix: false))
        #expect(keys.names(key("VNXe Powershell and Performance Stats… Impressive!"), minWords: 2, prefix: false))
        #expect(keys.names(key("Virtual Geek"), minWords: 2, prefix: false))
        #expect(!keys.names(key("Virtual Geek"), minWords: 3, prefix: false))
        #expect(!keys.names(key("Warnock in winning"), minWords: 2, prefix: true))
        #expect(keys.names(key("Premier League Warnock"), minWords: 2, prefix: true))
        #expect(!keys.names(key("Premier League Warnock"), minWords: 2, prefix: false))
    }
}
