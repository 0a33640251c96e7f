import WartaCore

/// The role of an Indonesian number word (`Glossary/numerals/number-words.tsv`).
enum NumberWord: Sendable, Equatable {
    case digit(Int)
    case teen, tens, hundreds
    /// `se-` form of a multiplier word: `sepuluh` = 1 × puluh, `seribu` = 1 × ribu.
    case seTeen, seTens, seHundreds
    case seScale(Int)
    /// A power of ten: `ribu` 3, `juta` 6, `miliar` 9.
    case scale(Int)
    case ordinal(Int)
    case fraction(Int, Int)
    /// Plural of a power of ten: `ratusan` 2, `ribuan` 3.
    case approx(Int)
    case point, minus
}

/// A currency surface (`Glossary/numerals/currencies.tsv`).
struct Currency: Sendable {
    var code: String
    /// Symbol English news writes before the amount (`US$`, `Rp`, `€`), or "" to write `englishWord` after.
    var english: String
    var englishWord: String
}

/// How one token of a phrase (a unit, a qualifier) must look.
struct TokenSignature: Sendable {
    var kind: NumToken.Kind
    var exact: Bool
    var key: WordKey
    var scalar: UInt32

    func matches(_ t: NumToken) -> Bool {
        guard t.kind == kind else { return false }
        switch kind {
        case .symbol: return t.scalar == scalar
        case .number: return t.key == key
        case .word: return exact ? t.key == key : t.lower == key
        }
    }
}

enum UnitKind: String, Sendable { case percent, duration, measure }

/// A unit written after an amount (`Glossary/numerals/units.tsv`).
struct Unit: Sendable {
    var phrase: [TokenSignature]
    var unit: String
    var kind: UnitKind
    var englishOne: String
    var englishMany: String
}

/// A country qualifier after a currency word (`dolar Singapura`).
struct CurrencyQualifier: Sendable {
    var phrase: [TokenSignature]
    var code: String
    var english: String
}

/// Up to sixteen small indices stored inline (no heap, no reference counting when a `LexEntry` is copied).
struct IndexList: Sendable, Sequence {
    private var slots: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private(set) var count = 0
    var isEmpty: Bool { count == 0 }

    mutating func append(_ v: Int) {
        precondition(count < 16 && v < Int(Int16.max), "numerals data: too many phrases start with one word")
        withUnsafeMutableBytes(of: &slots) { $0.storeBytes(of: Int16(v), toByteOffset: count * 2, as: Int16.self) }
        count += 1
    }

    subscript(_ k: Int) -> Int {
        withUnsafeBytes(of: slots) { Int($0.load(fromByteOffset: k * 2, as: Int16.self)) }
    }

    struct Iterator: IteratorProtocol {
        let list: IndexList
        var k = 0
        mutating func next() -> Int? {
            guard k < list.count else { return nil }
            defer { k += 1 }
            return list[k]
        }
    }

    func makeIterator() -> Iterator { Iterator(list: self) }
}

/// What the lexicon knows about one word or symbol.
struct LexEntry: Sendable {
    var number: NumberWord?
    /// Index into `currencies`: a currency written after the amount (`rupiah`, `dolar`, `USD`).
    var currencyAfter: Int?
    /// Index into `currencies`: a currency written before the amount (`Rp`, `US$`, `€`).
    var currencyBefore: Int?
    /// Units whose phrase starts with this token.
    var units = IndexList()
    var month: Int?
    /// Scale abbreviation right after an amount: power of ten, and whether it needs a currency.
    var scaleAbbreviation: (power: Int, moneyOnly: Bool)?
    /// Country qualifiers allowed after this currency word.
    var qualifiers = IndexList()
    /// A number right after this word is an identifier (`Pasal 5`).
    var identifier = false
    /// `ke` + a number word (`ketiga`, `keseratus`): an ordinal starting like that number word.
    var ordinalOf: NumberWord?
    /// `per` + a digit word (`pertiga`): the denominator of a fraction (`dua pertiga`).
    var denominator: Int?
    /// Letters written before `$` (`US` of `US$`).
    var dollarPrefix = false
    /// A grammar keyword of the scanner (`antara`, `pukul`, `kuartal`): a quantity may start here.
    var keyword = false
}

/// All data of the numerals stage, loaded once from `Glossary/numerals/`.
struct NumeralLexicon: Sendable {
    var entries: [LexEntry] = []
    /// Lower-case word keys → entry.
    var anyCase = WordTable()
    /// Exact-case word keys → entry (codes, symbols written as letters, unit abbreviations).
    var exactCase = WordTable()
    /// Symbol scalars → entry.
    var symbols: [UInt32: Int32] = [:]
    /// Letters written before `$` (`US`, `S`, `HK`) → currency index.
    var dollarPrefixes: [WordKey: Int] = [:]
    var currencies: [Currency] = []
    var units: [Unit] = []
    var qualifiers: [CurrencyQualifier] = []
    var monthEnglish: [String] = Array(repeating: "", count: 13)
    /// Per entry: a quantity may start at a token with this entry.
    var startable: [Bool] = []
    /// The tables the tokenizer uses, built once at the end of loading.
    var tables = LookupTables.empty

    static let stage = "numerals"

    init(config: StageConfig) throws(StageError) {
        func table(_ name: String) throws(StageError) -> [[String: String]] {
            try DataTable.load("numerals/\(name)", config: config, stage: Self.stage).records
        }
        try self.init(numberWords: table("number-words.tsv"), scales: table("scale-abbreviations.tsv"),
                      currencies: table("currencies.tsv"), qualifiers: table("currency-qualifiers.tsv"),
                      units: table("units.tsv"), months: table("months.tsv"), identifiers: table("identifier-words.tsv"))
    }

    init(numberWords: [[String: String]], scales: [[String: String]], currencies: [[String: String]],
         qualifiers: [[String: String]], units: [[String: String]], months: [[String: String]],
         identifiers: [[String: String]]) throws(StageError) {
        func bad(_ what: String) -> StageError {
            StageError(stage: Self.stage, kind: "bad-data", message: "numerals data: \(what)")
        }
        for r in numberWords {
            let w = r["word"] ?? "", v = r["value"] ?? ""
            let role: NumberWord
            switch r["kind"] ?? "" {
            case "digit": guard let d = Int(v) else { throw bad("digit \(w)") }; role = .digit(d)
            case "teen": role = .teen
            case "tens": role = .tens
            case "hundreds": role = .hundreds
            case "scale": guard let p = Int(v) else { throw bad("scale \(w)") }; role = .scale(p)
            case "se":
                switch v {
                case "belas": role = .seTeen
                case "puluh": role = .seTens
                case "ratus": role = .seHundreds
                default:
                    guard let row = numberWords.first(where: { $0["word"] == v && $0["kind"] == "scale" }),
                          let p = Int(row["value"] ?? "") else { throw bad("se- form \(w)") }
                    role = .seScale(p)
                }
            case "ordinal": guard let d = Int(v) else { throw bad("ordinal \(w)") }; role = .ordinal(d)
            case "fraction":
                let parts = v.split(separator: "/").compactMap { Int($0) }
                guard parts.count == 2, parts[1] > 0 else { throw bad("fraction \(w)") }
                role = .fraction(parts[0], parts[1])
            case "approx": guard let p = Int(v) else { throw bad("approx \(w)") }; role = .approx(p)
            case "point": role = .point
            case "minus": role = .minus
            default: throw bad("number word kind of \(w)")
            }
            mutate(word: w, exact: false) { $0.number = role }
        }
        for r in scales {
            guard let w = r["surface"], let p = Int(r["power"] ?? "") else { throw bad("scale abbreviation") }
            mutate(word: w, exact: true) { $0.scaleAbbreviation = (p, r["money_only"] == "1") }
        }
        for r in currencies {
            let s = r["surface"] ?? ""
            let index = self.currencies.count
            self.currencies.append(Currency(code: r["code"] ?? "", english: r["english"] ?? "",
                                            englishWord: r["english_word"] ?? ""))
            let pos = r["position"] ?? "both"
            let before = pos == "prefix" || pos == "both", after = pos == "word" || pos == "both"
            let exact = r["match"] == "exact"
            let sig = Self.signature(s, exact: exact)
            if sig.count == 2, sig[0].kind == .word, sig[1].kind == .symbol, sig[1].scalar == 0x24 {
                dollarPrefixes[sig[0].key] = index
                mutateSignature(sig[0]) { $0.dollarPrefix = true }  // so the scanner stops at `US` of `US$`
                continue
            }
            guard sig.count == 1 else { throw bad("currency surface \(s)") }
            mutateSignature(sig[0]) {
                if before { $0.currencyBefore = index }
                if after { $0.currencyAfter = index }
            }
        }
        for r in qualifiers {
            let q = CurrencyQualifier(phrase: Self.signature(r["qualifier"] ?? "", exact: false), code: r["code"] ?? "",
                                      english: r["english"] ?? "")
            let index = self.qualifiers.count
            self.qualifiers.append(q)
            mutate(word: r["word"] ?? "", exact: false) { $0.qualifiers.append(index) }
        }
        for r in units {
            let sig = Self.signature(r["surface"] ?? "", exact: r["match"] == "exact")
            guard !sig.isEmpty, let kind = UnitKind(rawValue: r["kind"] ?? "") else { throw bad("unit \(r)") }
            let index = self.units.count
            self.units.append(Unit(phrase: sig, unit: r["unit"] ?? "", kind: kind, englishOne: r["english_one"] ?? "",
                                   englishMany: r["english_many"] ?? ""))
            mutateSignature(sig[0]) { $0.units.append(index) }
        }
        for r in months {
            guard let m = Int(r["month"] ?? ""), (1...12).contains(m) else { throw bad("month \(r)") }
            mutate(word: r["word"] ?? "", exact: false) { $0.month = m }
            if monthEnglish[m].isEmpty { monthEnglish[m] = r["english"] ?? "" }
        }
        for r in identifiers {
            mutate(word: r["word"] ?? "", exact: false) { $0.identifier = true }
        }
        // Derived forms: `ke-` ordinals and `per-` denominators of the number words.
        for r in numberWords {
            let w = r["word"] ?? ""
            let k = anyCase[WordKey(w, lower: true)]
            guard k >= 0, let role = entries[Int(k)].number else { continue }
            switch role {
            case .digit(let d) where d > 0:
                mutate(word: "ke" + w, exact: false) { $0.ordinalOf = role }
                if d > 1 { mutate(word: "per" + w, exact: false) { $0.denominator = d } }
            case .seTens, .seTeen, .seHundreds, .seScale:
                mutate(word: "ke" + w, exact: false) { $0.ordinalOf = role }
            default: break
            }
        }
        for w in KW.startWords { mutate(word: w, exact: false) { $0.keyword = true } }
        startable = entries.map { e in
            if e.keyword || e.identifier || e.month != nil || e.currencyBefore != nil || e.ordinalOf != nil || e.dollarPrefix {
                return true
            }
            switch e.number {
            case .digit?, .seTeen?, .seTens?, .seHundreds?, .seScale?, .ordinal?, .fraction?, .approx?, .minus?: return true
            default: return false
            }
        }
        tables = LookupTables(enabled: true, anyCase: anyCase, exactCase: exactCase, startable: startable, symbols: symbols)
    }

    /// Tokenizes a data surface into token signatures.
    static func signature(_ s: String, exact: Bool) -> [TokenSignature] {
        var s = s
        var buffer = TokenBuffer(capacity: 16)
        s.withUTF8 { NumeralTokenizer.tokenize($0, into: &buffer) }
        let toks = buffer.array
        buffer.deallocate()
        return toks.map { t in
            TokenSignature(kind: t.kind, exact: exact || t.kind != .word, key: (exact || t.kind != .word) ? t.key : t.lower,
                           scalar: t.scalar)
        }
    }

    private mutating func mutate(word: String, exact: Bool, _ body: (inout LexEntry) -> Void) {
        let sig = Self.signature(word, exact: exact)
        guard sig.count == 1 else { return }
        mutateSignature(sig[0], body)
    }

    private mutating func mutateSignature(_ sig: TokenSignature, _ body: (inout LexEntry) -> Void) {
        switch sig.kind {
        case .symbol:
            if let i = symbols[sig.scalar] { body(&entries[Int(i)]) } else {
                var e = LexEntry(); body(&e); symbols[sig.scalar] = Int32(entries.count); entries.append(e)
            }
        case .word, .number:
            if sig.exact || sig.kind == .number {
                let i = exactCase[sig.key]
                if i >= 0 { body(&entries[Int(i)]) } else {
                    var e = LexEntry(); body(&e); exactCase.set(sig.key, Int32(entries.count)); entries.append(e)
                }
            } else {
                let i = anyCase[sig.key]
                if i >= 0 { body(&entries[Int(i)]) } else {
                    var e = LexEntry(); body(&e); anyCase.set(sig.key, Int32(entries.count)); entries.append(e)
                }
            }
        }
    }
}
