/// Indonesian derivational prefixes and confix openers the analyser strips.
///
/// The nasal prefixes are written with capital N (`meN-`, `peN-`): their surface is `me`, `mem`,
/// `men`, `meng`, `meny` or `menge`, chosen by the base's first sound, and before a vowel they
/// replace a voiceless initial `p`, `t`, `k`, `s` (`memilih` ← `pilih`, `menulis` ← `tulis`,
/// `mengomputasi` ← `komputasi`, `menyimpan` ← `simpan`), while clusters keep it (`memproses`,
/// `mentransfer`, `mengklaim`). See Sneddon et al., *Indonesian: A Comprehensive Grammar*, 2nd ed.,
/// §3.2 (meN-) and §2.13 (peN-).
public enum IndonesianPrefix: UInt8, Sendable, Hashable, CaseIterable {
    case none, meN, di, ter, ber, peN, per, ke, memper, diper

    /// The citation form (`meN-`).
    public var label: String {
        switch self {
        case .none: return ""
        case .meN: return "meN-"
        case .di: return "di-"
        case .ter: return "ter-"
        case .ber: return "ber-"
        case .peN: return "peN-"
        case .per: return "per-"
        case .ke: return "ke-"
        case .memper: return "memper-"
        case .diper: return "diper-"
        }
    }
}

/// The derivational suffixes (`-kan`, `-i`, `-an`).
public enum IndonesianSuffix: UInt8, Sendable, Hashable, CaseIterable {
    case none, kan, i, an
    public var label: String {
        switch self {
        case .none: return ""
        case .kan: return "-kan"
        case .i: return "-i"
        case .an: return "-an"
        }
    }
}

/// Enclitics and particles that follow the suffixes (`-nya`, `-lah`, `-pun`, `-kah`).
public enum IndonesianClitic: UInt8, Sendable, Hashable, CaseIterable {
    case none, nya, lah, pun, kah, nyalah, nyapun
    public var label: String {
        switch self {
        case .none: return ""
        case .nya: return "-nya"
        case .lah: return "-lah"
        case .pun: return "-pun"
        case .kah: return "-kah"
        case .nyalah: return "-nya-lah"
        case .nyapun: return "-nya-pun"
        }
    }
}

/// How a derived form relates to its base, which decides whether it takes the base's entry.
///
/// The Corpus gold conventions (`Corpus/README.md`, *terms*): verb forms of a root take the root's
/// lemma (`dilatih`, `melatihnya` → `latih`; `berinvestasi` → `investasi`), while nominalisations
/// (`pelatihan`, `pelabelan`, agent `pelabel`) are lemmas of their own.
public enum DerivationKind: UInt8, Sendable, Hashable {
    /// The base itself, possibly with clitics (`modelnya`).
    case clitic
    /// A verb form: meN-, di-, ter-, ber-, memper-, diper- with optional -kan/-i.
    case verbal
    /// A nominalisation: peN-(…-an), per-…-an, ke-…-an, or -an.
    case nominal
}
