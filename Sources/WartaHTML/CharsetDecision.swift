/// The charset procedure of ENGINEERING.md §1.2, done in Swift so libxml2's own guessing never
/// matters: BOM → transport charset → `<meta>` prescan of the first 1024 bytes → valid UTF-8 →
/// windows-1252. Labels are mapped as WHATWG does (`iso-8859-1`, `latin1`, `us-ascii` →
/// windows-1252).
public struct CharsetDecision: Sendable, Hashable {
    /// The label the page or transport declared, normalised (nil when none).
    public var declared: String?
    /// The charset actually used to decode (`utf-8` or `windows-1252`).
    public var used: String
    /// True when the declared charset could not be honoured (e.g. UTF-8 declared, invalid bytes).
    public var fallback: Bool
    /// The decoded page as UTF-8 bytes (valid UTF-8): what the parser reads. For a page that already
    /// was valid UTF-8 this is the input array itself (no copy).
    public var utf8: [UInt8]
    /// The decoded text.
    public var text: String { String(decoding: utf8, as: UTF8.self) }

    init(declared: String?, used: String, fallback: Bool, utf8: [UInt8]) {
        self.declared = declared
        self.used = used
        self.fallback = fallback
        self.utf8 = utf8
    }

    init(declared: String?, used: String, fallback: Bool, text: String) {
        self.init(declared: declared, used: used, fallback: fallback, utf8: Array(text.utf8))
    }

    /// Decides and decodes.
    public static func decode(_ bytes: [UInt8], transport: String?) -> CharsetDecision {
        let body = bytes[...]
        // 1. Byte-order marks.
        if body.starts(with: [0xEF, 0xBB, 0xBF]) {
            return CharsetDecision(declared: "utf-8", used: "utf-8", fallback: false,
                                   text: String(decoding: body.dropFirst(3), as: UTF8.self))
        }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            let le = body.first == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(body.count / 2)
            var i = body.startIndex + 2
            while i + 1 < body.endIndex {
                units.append(le ? UInt16(body[i]) | UInt16(body[i + 1]) << 8 : UInt16(body[i]) << 8 | UInt16(body[i + 1]))
                i += 2
            }
            return CharsetDecision(declared: le ? "utf-16le" : "utf-16be", used: le ? "utf-16le" : "utf-16be",
                                   fallback: false, text: String(decoding: units, as: UTF16.self))
        }
        // 2./3. Transport label, then a prescan of the page.
        let declared = transport.flatMap(normalizeLabel) ?? MetaCharsetPrescan.find(in: body).flatMap(normalizeLabel)
        // One validating pass gives the verdict; valid UTF-8 is used as it is.
        let valid = bytes.withUnsafeBufferPointer { isValidUTF8($0) }
        switch declared {
        case "windows-1252":
            // A page that declares windows-1252 but whose non-ASCII bytes all form valid UTF-8
            // sequences is UTF-8 mislabelled (common after CMS migrations).
            if valid, hasNonASCII(body) {
                return CharsetDecision(declared: declared, used: "utf-8", fallback: true, utf8: bytes)
            }
            return CharsetDecision(declared: declared, used: "windows-1252", fallback: false, utf8: Windows1252.decodeBytes(body))
        case "utf-8", nil:
            if valid {
                return CharsetDecision(declared: declared, used: "utf-8", fallback: false, utf8: bytes)
            }
            return CharsetDecision(declared: declared, used: "windows-1252", fallback: true, utf8: Windows1252.decodeBytes(body))
        default:
            // A charset we do not decode: UTF-8 if the bytes allow it, else windows-1252.
            if valid {
                return CharsetDecision(declared: declared, used: "utf-8", fallback: true, utf8: bytes)
            }
            return CharsetDecision(declared: declared, used: "windows-1252", fallback: true, utf8: Windows1252.decodeBytes(body))
        }
    }

    /// WHATWG-style label normalisation for the labels Warta decodes.
    public static func normalizeLabel(_ raw: String) -> String? {
        let l = raw.trimmingASCIIWhitespaceAndQuotes().lowercased()
        if l.isEmpty { return nil }
        switch l {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "utf-8"
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
             "us-ascii", "ascii", "ansi_x3.4-1968", "iso-ir-100", "csisolatin1", "ibm819", "cp819":
            return "windows-1252"
        default: return l
        }
    }

    static func hasNonASCII(_ b: ArraySlice<UInt8>) -> Bool { b.contains { $0 >= 0x80 } }

    /// Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF: what the
    /// standard library accepts). ASCII is skipped eight bytes at a time.
    static func isValidUTF8(_ b: ArraySlice<UInt8>) -> Bool {
        b.withUnsafeBufferPointer { isValidUTF8($0) }
    }

    static func isValidUTF8(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = p.baseAddress else { return true }
        let end = p.count
        var i = 0
        while i < end {
            if i + 8 <= end {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            }
            let c = base[i]
            if c < 0x80 { i += 1; continue }
            var need = 0
            var min: UInt32 = 0
            var cp: UInt32 = 0
            if c & 0xE0 == 0xC0 { need = 1; cp = UInt32(c & 0x1F); min = 0x80 }
            else if c & 0xF0 == 0xE0 { need = 2; cp = UInt32(c & 0x0F); min = 0x800 }
            else if c & 0xF8 == 0xF0 { need = 3; cp = UInt32(c & 0x07); min = 0x10000 }
            else { return false }
            guard i + need < end else { return false }
            for k in 1...need {
                let cc = base[i + k]
                guard cc & 0xC0 == 0x80 else { return false }
                cp = cp << 6 | UInt32(cc & 0x3F)
            }
            if cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) { return false }
            i += need + 1
        }
        return true
    }
}

extension String {
    func trimmingASCIIWhitespaceAndQuotes() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\"" || f == "'" || f == "\t" || f == "\n" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\"" || l == "'" || l == "\t" || l == "\n" || l == "\r" || l == ";" { s = s.dropLast() }
        return String(s)
    }
}
