/// How an abbreviation written with a full stop behaves before a capitalised word
/// (`Glossary/segment/abbreviations.tsv`, column `class`). Before a lowercase word or a number no
/// abbreviation ends a sentence.
public enum AbbreviationClass: UInt8, Sendable, CaseIterable {
    /// A title or rank before a name (`Dr.`, `Prof.`, `Brigjen.`): never ends a sentence.
    case title
    /// An address or administrative prefix (`Jl.`, `Kec.`, `Kav.`): never ends a sentence.
    case place
    /// Before a number or code (`No.`, `hlm.`): never ends a sentence.
    case reference
    /// Inside a phrase (`a.n.`, `s.d.`, `Rp.`): never ends a sentence.
    case connector
    /// May end a sentence (`dll.`, `dsb.`, `tsb.`).
    case general
    /// A legal-form suffix (`Tbk.`, `Ltd.`): may end a sentence, not before another suffix.
    case company
    /// An academic degree (`S.Kom.`, `M.Sc.`): may end a sentence, not before another degree.
    case degree
    /// A single capital letter, or capitals joined by stops (`B.J.`): a name follows unless the
    /// next word is a usual sentence opener (`Pada`, `Ia`, …).
    case initial
    /// Any other short dotted form (`S.Psi.`, `U.K.`-like): behaves like `general`.
    case dotted

    public init?(name: String) {
        switch name {
        case "title": self = .title
        case "place": self = .place
        case "reference": self = .reference
        case "connector": self = .connector
        case "general": self = .general
        case "company": self = .company
        case "degree": self = .degree
        case "initial": self = .initial
        case "dotted": self = .dotted
        default: return nil
        }
    }

    /// True when a capitalised word after the abbreviation never starts a new sentence.
    var neverEnds: Bool { self == .title || self == .place || self == .reference || self == .connector }
}
