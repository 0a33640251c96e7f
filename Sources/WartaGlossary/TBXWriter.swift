/// TBX-Basic output (ISO 30042:2019, TBX v3, DCA style): one `conceptEntry` per row with an
/// Indonesian and an English `langSec`. Data categories are TBX-Basic's: `subjectField`,
/// `partOfSpeech`, `termType`, `administrativeStatus`, `context`, `note`.
/// The `xml-model` instruction names the TBX-Basic RNG so that TBX tools can validate it.
enum TBXWriter {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            // Characters XML 1.0 forbids (C0 controls other than tab/newline/CR) are dropped.
            case _ where u.value < 0x20 && u != "\t" && u != "\n" && u != "\r": continue
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// TBX-Basic's picklist for partOfSpeech.
    static func partOfSpeech(_ pos: String) -> String {
        switch pos.lowercased() {
        case "noun", "n": return "noun"
        case "verb", "v": return "verb"
        case "adjective", "adj", "a": return "adjective"
        case "adverb", "adv": return "adverb"
        case "propernoun", "proper noun", "pn": return "properNoun"
        default: return "other"
        }
    }

    static func render(_ rows: [GlossaryRow]) -> String {
        var x = """
        <?xml version="1.0" encoding="UTF-8"?>
        <?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
        <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
          <tbxHeader>
            <fileDesc>
              <titleStmt><title>Warta AI-industry glossary (Indonesian–English)</title></titleStmt>
              <sourceDesc><p>Built by warta glossary build: entries of the Warta term base found in the corpus, and new candidates mined from it with proposed English.</p></sourceDesc>
            </fileDesc>
          </tbxHeader>
          <text>
            <body>

        """
        var n = 0
        for r in rows {
            n += 1
            let id = r.entry.map { "e-" + $0.filter { $0.isLetter || $0.isNumber || $0 == "-" } } ?? "c-\(n)"
            x += "      <conceptEntry id=\"\(escape(id))\">\n"
            if !r.domain.isEmpty { x += "        <descrip type=\"subjectField\">\(escape(r.domain))</descrip>\n" }
            x += "        <note>\(escape(GlossaryWriters.comment(r)))</note>\n"
            x += "        <langSec xml:lang=\"id\">\n          <termSec>\n"
            x += "            <term>\(escape(r.term))</term>\n"
            x += "            <termNote type=\"partOfSpeech\">\(partOfSpeech(r.pos))</termNote>\n"
            if r.kind == .acronym { x += "            <termNote type=\"termType\">acronym</termNote>\n" }
            if r.kind == .known { x += "            <termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote>\n" }
            if !r.example.isEmpty { x += "            <descrip type=\"context\">\(escape(r.example))</descrip>\n" }
            x += "          </termSec>\n"
            for form in r.forms where form != r.term && CandidateMiner.isAcronym(form) {
                x += "          <termSec>\n            <term>\(escape(form))</term>\n"
                x += "            <termNote type=\"termType\">acronym</termNote>\n          </termSec>\n"
            }
            x += "        </langSec>\n"
            x += "        <langSec xml:lang=\"en\">\n          <termSec>\n"
            x += "            <term>\(escape(r.english))</term>\n"
            x += "            <termNote type=\"partOfSpeech\">\(partOfSpeech(r.pos))</termNote>\n"
            if r.kind == .known { x += "            <termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote>\n" }
            x += "          </termSec>\n        </langSec>\n"
            x += "      </conceptEntry>\n"
        }
        x += "    </body>\n  </text>\n</tbx>\n"
        return x
    }
}
