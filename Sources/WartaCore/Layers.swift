/// The layers a document can carry; stages declare which they require and which they provide.
public enum Layer: String, Sendable, Hashable, CaseIterable, Comparable {
    case text, meta, sentences, tokens, quantities, entities, terms, summary

    public static func < (a: Layer, b: Layer) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A token: a span plus its coarse class, as produced by the tokenizer.
public struct Token: Spanned, Hashable {
    public enum Kind: UInt8, Sendable, Hashable {
        case word, number, punctuation, symbol, url, email
    }
    public var span: Span
    public var kind: Kind
    public init(span: Span, kind: Kind) { self.span = span; self.kind = kind }
}

/// The kinds of quantity of the contract's `quantities` layer.
public enum QuantityKind: String, Sendable, Hashable, CaseIterable {
    case cardinal, decimal, fraction, ordinal, percent, money, range, multiplier, approximate
    case year, decade, date, time, age, quantity
}

/// A normalized quantity: exact decimal value(s), ISO 4217 currency, unit, English rendering.
public struct Quantity: Spanned, Hashable {
    public var span: Span
    /// The surface text, equal to `document.text[span]`.
    public var text: String
    public var kind: QuantityKind
    /// Exact decimal string (no exponent) in base units, or an ISO date/time for dates and times.
    public var value: String?
    /// Range bounds (kind `range`).
    public var min: String?
    public var max: String?
    /// What a range ranges over: `money`, `percent`, `number`, `year`, …
    public var of: String?
    /// ISO 4217 code.
    public var currency: String?
    public var unit: String?
    /// English rendering the way English news writes it (`US$14.8 billion`).
    public var english: String
    /// Extra flags of the contract (`tz`, `implicit_currency`, …), written as strings.
    public var extra: [(String, String)]

    public init(span: Span, text: String, kind: QuantityKind, value: String? = nil, min: String? = nil,
                max: String? = nil, of: String? = nil, currency: String? = nil, unit: String? = nil,
                english: String, extra: [(String, String)] = []) {
        self.span = span; self.text = text; self.kind = kind; self.value = value; self.min = min
        self.max = max; self.of = of; self.currency = currency; self.unit = unit
        self.english = english; self.extra = extra
    }

    public static func == (a: Quantity, b: Quantity) -> Bool {
        a.span == b.span && a.text == b.text && a.kind == b.kind && a.value == b.value && a.min == b.min
            && a.max == b.max && a.of == b.of && a.currency == b.currency && a.unit == b.unit
            && a.english == b.english && a.extra.map(\.0) == b.extra.map(\.0) && a.extra.map(\.1) == b.extra.map(\.1)
    }
    public func hash(into h: inout Hasher) { h.combine(span); h.combine(kind); h.combine(value) }
}

/// Entity labels of the contract.
public enum EntityLabel: String, Sendable, Hashable, CaseIterable {
    case PER, ORG, LOC, PRODUCT
}

/// A named entity.
public struct Entity: Spanned, Hashable {
    public var span: Span
    public var text: String
    public var label: EntityLabel
    public init(span: Span, text: String, label: EntityLabel) { self.span = span; self.text = text; self.label = label }
}

/// An occurrence of a glossary term aligned to its English entry.
public struct TermMatch: Spanned, Hashable {
    public var span: Span
    public var text: String
    /// The term base's Indonesian lemma (`pelabelan data`).
    public var lemma: String
    /// The English preferred term (`data labeling`).
    public var english: String
    /// The term base entry id (`ai-0042`).
    public var entry: String
    public init(span: Span, text: String, lemma: String, english: String, entry: String) {
        self.span = span; self.text = text; self.lemma = lemma; self.english = english; self.entry = entry
    }
}

/// The summary layer: chosen sentences and the English summary.
public struct Summary: Sendable, Hashable {
    public var extract: [Span]
    /// The chosen sentences joined by one space (Indonesian).
    public var extractText: String
    /// The English summary.
    public var english: String
    public init(extract: [Span], extractText: String, english: String) {
        self.extract = extract; self.extractText = extractText; self.english = english
    }
}

/// A non-fatal observation of a stage (encoding fallback, truncated parse, empty result, …).
public struct Diagnostic: Sendable, Hashable {
    public var stage: String
    public var kind: String
    public var message: String
    public init(stage: String, kind: String, message: String) {
        self.stage = stage; self.kind = kind; self.message = message
    }
}

/// Page metadata (`meta` in the contract). Missing fields stay nil: never invented.
public struct DocumentMeta: Sendable, Hashable {
    public var title: String?
    public var author: String?
    /// ISO 8601, with the page's zone when it gives one.
    public var published: String?
    public var url: String?
    public var site: String?
    public var lang: String?
    public var charsetDeclared: String?
    public var charsetUsed: String?
    public var charsetFallback: Bool
    public init(title: String? = nil, author: String? = nil, published: String? = nil, url: String? = nil,
                site: String? = nil, lang: String? = nil, charsetDeclared: String? = nil,
                charsetUsed: String? = nil, charsetFallback: Bool = false) {
        self.title = title; self.author = author; self.published = published; self.url = url
        self.site = site; self.lang = lang; self.charsetDeclared = charsetDeclared
        self.charsetUsed = charsetUsed; self.charsetFallback = charsetFallback
    }
}
