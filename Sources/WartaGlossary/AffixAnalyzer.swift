/// One way to cut a lower-case word into prefix + base + suffix + clitic.
///
/// `base` is `restore` (when non-zero: the initial consonant a nasal prefix deleted) followed by
/// the word's bytes `baseStart..<baseEnd`.
public struct AffixSegmentation: Sendable, Hashable {
    public var baseStart: Int
    public var baseEnd: Int
    public var restore: UInt8
    public var prefix: IndonesianPrefix
    public var suffix: IndonesianSuffix
    public var clitic: IndonesianClitic

    /// Whether the form is a verb form, a nominalisation, or the base with clitics.
    public var kind: DerivationKind {
        if prefix == .peN || prefix == .per || prefix == .ke || suffix == .an { return .nominal }
        if prefix == .none && suffix == .none { return .clitic }
        return .verbal
    }

    /// `meN- + latih + -kan + -nya`.
    public func describe(base: String) -> String {
        var parts: [String] = []
        if prefix != .none { parts.append(prefix.label) }
        parts.append(base)
        if suffix != .none { parts.append(suffix.label) }
        if clitic != .none { parts.append(clitic.label) }
        return parts.joined(separator: " + ")
    }
}

/// The Indonesian affix analyser: proposes every prefix/suffix/clitic segmentation of a word
/// that Indonesian morphophonology allows; the caller accepts one only when its base is a known
/// word (the term base or a lexicon). Proposing without a root list is deliberate: stemmers that
/// trust their own cuts over-stem (`pelabelan` → `label`), and the usual root lists (Sastrawi,
/// nlp-id) are CC BY-NC-SA, which Warta may not ship.
///
/// Works on lower-case UTF-8 bytes, allocation-free, so the `terms` stage can call it per token.
public enum AffixAnalyzer {
    /// Shortest base, in bytes, an analysis may leave (`cip`, `GPU`).
    public static let minimumBaseLength = 3

    @inline(__always) static func isVowel(_ b: UInt8) -> Bool {
        b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75
    }

    /// Calls `body` with every candidate segmentation of `w` (lower-case bytes), the identity
    /// excluded, until `body` returns false.
    public static func segmentations(_ w: UnsafeBufferPointer<UInt8>, _ body: (AffixSegmentation) -> Bool) {
        let n = w.count
        guard n >= minimumBaseLength + 1 else { return }
        // Suffix side: (end of the base, suffix, clitic).
        var ends: [(Int, IndonesianSuffix, IndonesianClitic)] = []
        ends.reserveCapacity(12)
        var cliticEnds: [(Int, IndonesianClitic)] = [(n, .none)]
        func endsWith(_ s: StaticString, at end: Int) -> Bool {
            let len = s.utf8CodeUnitCount
            guard end - len >= minimumBaseLength else { return false }
            let p = s.utf8Start
            for k in 0..<len where w[end - len + k] != p[k] { return false }
            return true
        }
        var particleEnd = n
        var particle: IndonesianClitic = .none
        if endsWith("lah", at: n) { particleEnd = n - 3; particle = .lah }
        else if endsWith("pun", at: n) { particleEnd = n - 3; particle = .pun }
        else if endsWith("kah", at: n) { particleEnd = n - 3; particle = .kah }
        if particle != .none { cliticEnds.append((particleEnd, particle)) }
        if endsWith("nya", at: particleEnd) {
            let c: IndonesianClitic = particle == .lah ? .nyalah : particle == .pun ? .nyapun : .nya
            if particle == .none || particle == .lah || particle == .pun { cliticEnds.append((particleEnd - 3, c)) }
        }
        for (e, c) in cliticEnds {
            ends.append((e, .none, c))
            if endsWith("kan", at: e) { ends.append((e - 3, .kan, c)) }
            if endsWith("an", at: e) { ends.append((e - 2, .an, c)) }
            if endsWith("i", at: e) { ends.append((e - 1, .i, c)) }
        }
        // Prefix side: (base start, restored consonant, prefix).
        var starts: [(Int, UInt8, IndonesianPrefix)] = [(0, 0, .none)]
        func has(_ s: StaticString) -> Bool {
            let len = s.utf8CodeUnitCount
            guard n > len else { return false }
            let p = s.utf8Start
            for k in 0..<len where w[k] != p[k] { return false }
            return true
        }
        func nasal(_ prefix: IndonesianPrefix, m: UInt8) {
            // m = 'm' for meN-, 'p' for peN-; the prefix's first two bytes are checked by the caller.
            let at2 = w[2]
            if at2 == 0x6E, n > 3 { // n…
                let at3 = w[3]
                if at3 == 0x67 { // ng
                    starts.append((4, 0, prefix))
                    if n > 4, isVowel(w[4]) { starts.append((4, 0x6B, prefix)) }        // meng+k
                    if n > 5, w[4] == 0x65 { starts.append((5, 0, prefix)) }             // menge+
                } else if at3 == 0x79 { // ny
                    if n > 4, isVowel(w[4]) { starts.append((4, 0x73, prefix)) }        // meny+s
                } else {
                    starts.append((3, 0, prefix))                                         // men+d/c/j/t-cluster/z
                    if isVowel(at3) { starts.append((3, 0x74, prefix)) }                  // men+t
                }
            } else if at2 == 0x6D, n > 3 { // m…
                starts.append((3, 0, prefix))                                             // mem+b/f/v/p-cluster
                if isVowel(w[3]) { starts.append((3, 0x70, prefix)) }                     // mem+p
            }
            // me+l/m/n/r/w/y (and me+ny/ng bases): the prefix is just `me`.
            starts.append((2, 0, prefix))
            _ = m
        }
        if has("memper") { starts.append((6, 0, .memper)) }
        if has("diper") { starts.append((5, 0, .diper)) }
        if has("me") { nasal(.meN, m: 0x6D) }
        if has("pe") {
            nasal(.peN, m: 0x70)
            if has("per") { starts.append((3, 0, .per)) }
        }
        if has("di") { starts.append((2, 0, .di)) }
        if has("ter") { starts.append((3, 0, .ter)) }
        else if has("te"), w[2] == 0x72 { starts.append((2, 0, .ter)) }
        if has("ber") { starts.append((3, 0, .ber)) }
        if has("be"), w[2] == 0x72 { starts.append((2, 0, .ber)) }                       // be+risiko
        if has("bel"), n > 3 { starts.append((3, 0, .ber)) }                              // bel+ajar
        if has("ke") { starts.append((2, 0, .ke)) }

        for (s, restore, prefix) in starts {
            for (e, suffix, clitic) in ends {
                if prefix == .none && suffix == .none && clitic == .none { continue }
                let length = e - s + (restore != 0 ? 1 : 0)
                if length < minimumBaseLength || e <= s { continue }
                if !compatible(prefix, suffix) { continue }
                let seg = AffixSegmentation(baseStart: s, baseEnd: e, restore: restore, prefix: prefix,
                                            suffix: suffix, clitic: clitic)
                if !body(seg) { return }
            }
        }
    }

    /// Which prefix and suffix may combine (confixes and verb frames).
    static func compatible(_ p: IndonesianPrefix, _ s: IndonesianSuffix) -> Bool {
        switch p {
        case .ke: return s == .an                      // ke-…-an only
        case .peN: return s == .none || s == .an       // pelabel, pelabelan
        case .per: return s == .an
        case .meN, .di, .memper, .diper: return s != .an
        case .ter: return s != .an
        case .ber: return true                         // ber-…-an (bermunculan), ber-…-kan
        case .none: return true
        }
    }

    /// Every segmentation of `word` (any case) whose base `accept` takes, with the base as a
    /// string: the analysis `warta glossary lookup` prints. Reduplication (`model-model`,
    /// `model-modelnya`) is analysed first.
    public static func analyses(of word: String, accept: (String) -> Bool) -> [(base: String, segmentation: AffixSegmentation, reduplicated: Bool)] {
        var out: [(String, AffixSegmentation, Bool)] = []
        var lower = word.lowercased()
        var reduplicated = false
        if let r = Reduplication.base(of: lower) { lower = r; reduplicated = true }
        if reduplicated, accept(lower) {
            out.append((lower, AffixSegmentation(baseStart: 0, baseEnd: lower.utf8.count, restore: 0, prefix: .none,
                                                 suffix: .none, clitic: .none), true))
        }
        lower.withUTF8 { buf in
            segmentations(buf) { seg in
                var bytes: [UInt8] = []
                if seg.restore != 0 { bytes.append(seg.restore) }
                bytes.append(contentsOf: buf[seg.baseStart..<seg.baseEnd])
                let base = String(decoding: bytes, as: UTF8.self)
                if accept(base) { out.append((base, seg, reduplicated)) }
                return true
            }
        }
        return out
    }
}

/// Full reduplication: `model-model` → `model`, `model-modelnya` → `model` (the clitic is kept
/// for the affix analyser only when it is the second half's).
public enum Reduplication {
    /// The base of a reduplicated word (`x-x`, `x-xnya`), or nil.
    public static func base(of word: String) -> String? {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return nil }
        let a = parts[0], b = parts[1]
        if a == b { return String(a) }
        if b.hasPrefix(a), ["nya", "lah", "pun"].contains(String(b.dropFirst(a.count))) { return String(a) }
        return nil
    }
}
