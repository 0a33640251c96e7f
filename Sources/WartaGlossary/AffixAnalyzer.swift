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
        // Suffix side: (end of the base, suffix, clitic); prefix side: (base start, restored
        // consonant, prefix). Fixed-capacity stack buffers: this runs once per token.
        withUnsafeTemporaryAllocation(of: (Int, IndonesianSuffix, IndonesianClitic).self, capacity: 12) { ends in
        withUnsafeTemporaryAllocation(of: (Int, UInt8, IndonesianPrefix).self, capacity: 16) { starts in
            var nEnds = 0, nStarts = 0
            func endsWith(_ s: StaticString, at end: Int) -> Bool {
                let len = s.utf8CodeUnitCount
                guard end - len >= minimumBaseLength else { return false }
                let p = s.utf8Start
                for k in 0..<len where w[end - len + k] != p[k] { return false }
                return true
            }
            func addEnds(_ e: Int, _ c: IndonesianClitic) {
                ends[nEnds] = (e, .none, c); nEnds += 1
                if endsWith("kan", at: e) { ends[nEnds] = (e - 3, .kan, c); nEnds += 1 }
                if endsWith("an", at: e) { ends[nEnds] = (e - 2, .an, c); nEnds += 1 }
                if endsWith("i", at: e) { ends[nEnds] = (e - 1, .i, c); nEnds += 1 }
            }
            addEnds(n, .none)
            var particleEnd = n
            var particle: IndonesianClitic = .none
            if endsWith("lah", at: n) { particleEnd = n - 3; particle = .lah }
            else if endsWith("pun", at: n) { particleEnd = n - 3; particle = .pun }
            else if endsWith("kah", at: n) { particleEnd = n - 3; particle = .kah }
            if particle != .none { addEnds(particleEnd, particle) }
            if particle != .kah, endsWith("nya", at: particleEnd) {
                addEnds(particleEnd - 3, particle == .lah ? .nyalah : particle == .pun ? .nyapun : .nya)
            }

            func add(_ s: Int, _ r: UInt8, _ p: IndonesianPrefix) { starts[nStarts] = (s, r, p); nStarts += 1 }
            func has(_ s: StaticString) -> Bool {
                let len = s.utf8CodeUnitCount
                guard n > len else { return false }
                let p = s.utf8Start
                for k in 0..<len where w[k] != p[k] { return false }
                return true
            }
            func nasal(_ prefix: IndonesianPrefix) {
                let at2 = w[2]
                if at2 == 0x6E, n > 3 { // n…
                    let at3 = w[3]
                    if at3 == 0x67 { // ng
                        add(4, 0, prefix)
                        if n > 4, isVowel(w[4]) { add(4, 0x6B, prefix) }   // meng+k: mengomputasi
                        if n > 5, w[4] == 0x65 { add(5, 0, prefix) }        // menge+: mengecek
                    } else if at3 == 0x79 { // ny
                        if n > 4, isVowel(w[4]) { add(4, 0x73, prefix) }   // meny+s: menyimpan
                    } else {
                        add(3, 0, prefix)                                    // men+d/c/j/z, t-clusters
                        if isVowel(at3) { add(3, 0x74, prefix) }             // men+t: menulis
                    }
                } else if at2 == 0x6D, n > 3 { // m…
                    add(3, 0, prefix)                                        // mem+b/f/v, p-clusters
                    if isVowel(w[3]) { add(3, 0x70, prefix) }                // mem+p: memilih
                    else if w[3] == 0x72 { add(3, 0x70, prefix) }            // pem+pr: pemrosesan, memrogram
                }
                add(2, 0, prefix)                                            // me+l/m/n/r/w/y: melatih
            }
            add(0, 0, .none)
            if has("memper") { add(6, 0, .memper) }
            if has("diper") { add(5, 0, .diper) }
            if has("me") { nasal(.meN) }
            if has("pe") {
                nasal(.peN)
                if has("per") { add(3, 0, .per) }
            }
            if has("di") { add(2, 0, .di) }
            if has("ter") { add(3, 0, .ter) }
            if has("te"), w[2] == 0x72 { add(2, 0, .ter) }                   // te+retas
            if has("ber") { add(3, 0, .ber) }
            if has("be"), w[2] == 0x72 { add(2, 0, .ber) }                   // be+risiko
            if has("bel"), n > 3 { add(3, 0, .ber) }                         // bel+ajar
            if has("ke") { add(2, 0, .ke) }

            for si in 0..<nStarts {
                let (s, restore, prefix) = starts[si]
                for ei in 0..<nEnds {
                    let (e, suffix, clitic) = ends[ei]
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
        // Bare -kan is the object-focus passive (`yang mereka investasikan`); a bare -i reading
        // would turn `prosesi` (procession) into `proses`.
        case .none: return s != .i
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
