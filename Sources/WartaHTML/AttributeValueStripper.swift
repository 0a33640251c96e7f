#if canImport(Glibc)
import Glibc
#endif

/// Empties the quoted values of attributes Warta never reads (`src`, `onclick`, `data-*`, SVG path
/// data, …) before libxml2 sees the page: `<img src="…long…" alt="…">` → `<img src="" alt="">`.
///
/// libxml2 spends over a hundred instructions per byte of an attribute value (entity checks and
/// UTF-8 decoding per character), and a third of a news page's attribute bytes are never read.
/// The values of `HTMLTree.keptAttributes` are left alone, so the tree is the same.
///
/// The scan follows libxml2 2.9's HTML tokenizer, so that only what libxml2 itself reads as an
/// attribute value is touched: comments run to `-->`; `<` + ASCII letter opens a start tag whose
/// name and attribute names are at most 100 name characters (`[A-Za-z0-9:_.-]`, lower-cased);
/// attributes are parsed as `htmlParseStartTag` does (blanks are space, tab, LF, CR; an invalid
/// attribute name skips to the next blank, `>` or `/>`; unquoted values end at a blank or `>`);
/// `<script>`/`<style>` bodies are raw text up to an end tag named `script`/`style`; end tags run
/// to the next `>`; `<?name` processing instructions run to the next `>`.
/// A page with a NUL byte (where libxml2's C-string reads end) is left as it is.
enum AttributeValueStripper {
    static func strip(_ b: [UInt8]) -> [UInt8] {
        let n = b.count
        var out: [UInt8] = []
        var copied = 0            // b[copied..<i] is still to be copied
        b.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress, memchr(base, 0, n) == nil else { return }
            var i = 0
            /// Skips blanks (IS_BLANK_CH).
            @inline(__always) func skipBlanks() { while i < n, isBlank(p[i]) { i += 1 } }
            /// Reads a name as `htmlParseHTMLName` does (the first character is checked by the caller).
            @inline(__always) func nameEnd(_ s: Int) -> Int {
                var e = s
                while e < n, e - s < 100, isNameChar(p[e]) { e += 1 }
                return e
            }
            while let lt = RawTextStripper.next(0x3C, in: p, from: i) {
                i = lt + 1
                guard i < n else { break }
                let c = p[i]
                if c == 0x21 {                                             // <!
                    if i + 2 < n, p[i + 1] == 0x2D, p[i + 2] == 0x2D {      // <!-- … -->
                        i = RawTextStripper.find(p, [0x2D, 0x2D, 0x3E], from: i + 3).map { $0 + 3 } ?? n
                    }
                    continue
                }
                if c == 0x3F {                                             // <?name … >
                    if i + 1 < n, isASCIILetter(p[i + 1]) || p[i + 1] == 0x5F || p[i + 1] == 0x3A || p[i + 1] >= 0x80 {
                        i = RawTextStripper.next(0x3E, in: p, from: i + 1).map { $0 + 1 } ?? n
                    }
                    continue
                }
                if c == 0x2F {                                             // </name … >
                    if i + 1 < n, isASCIILetter(p[i + 1]) || p[i + 1] == 0x5F || p[i + 1] == 0x3A || p[i + 1] == 0x2E {
                        i = RawTextStripper.next(0x3E, in: p, from: i + 1).map { $0 + 1 } ?? n
                    }
                    continue
                }
                guard isASCIILetter(c) else { continue }
                // A start tag.
                let nameStart = i
                i = nameEnd(i)
                let rawText = rawTextName(p, nameStart, i)
                skipBlanks()
                while i < n, p[i] != 0x3E, !(p[i] == 0x2F && i + 1 < n && p[i + 1] == 0x3E) {
                    let a = p[i]
                    if isASCIILetter(a) || a == 0x5F || a == 0x3A || a == 0x2E {
                        let attrStart = i
                        i = nameEnd(i)
                        let attrEnd = i
                        skipBlanks()
                        if i < n, p[i] == 0x3D {                            // =
                            i += 1
                            skipBlanks()
                            if i < n, p[i] == 0x22 || p[i] == 0x27 {
                                let quote = p[i]
                                let valueStart = i + 1
                                guard let close = RawTextStripper.next(quote, in: p, from: valueStart) else { i = n; break }
                                if close > valueStart, !isKept(p, attrStart, attrEnd) {
                                    if out.isEmpty { out.reserveCapacity(n) }
                                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[copied..<valueStart]))
                                    copied = close
                                }
                                i = close + 1
                            } else {
                                while i < n, p[i] != 0x3E, !isBlank(p[i]) { i += 1 }
                            }
                        }
                    } else {
                        // Not an attribute name: libxml2 skips to the next blank, `>` or `/>`.
                        while i < n, !isBlank(p[i]), p[i] != 0x3E, !(p[i] == 0x2F && i + 1 < n && p[i + 1] == 0x3E) { i += 1 }
                    }
                    skipBlanks()
                }
                guard i < n else { break }
                if p[i] == 0x3E, let raw = rawText {
                    // Raw text: nothing inside is markup. libxml2 leaves it at `</` + the element's
                    // name (any case) and parses an end tag there (to the next `>`); the element
                    // closes when that tag's whole name is the element's, else raw text goes on.
                    var j = i + 1
                    i = n
                    while let lt2 = RawTextStripper.next(0x3C, in: p, from: j) {
                        j = lt2 + 1
                        guard lt2 + 1 < n, p[lt2 + 1] == 0x2F, matchesLower(p, lt2 + 2, raw) else { continue }
                        let ne = nameEnd(lt2 + 2)
                        j = RawTextStripper.next(0x3E, in: p, from: ne).map { $0 + 1 } ?? n
                        if ne - (lt2 + 2) == raw.count { i = j; break }
                    }
                }
            }
        }
        guard copied > 0 else { return b }
        out.append(contentsOf: b[copied..<n])
        return out
    }

    @inline(__always) static func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
    @inline(__always) static func isASCIILetter(_ c: UInt8) -> Bool { c | 0x20 >= 0x61 && c | 0x20 <= 0x7A }
    @inline(__always) static func isNameChar(_ c: UInt8) -> Bool {
        isASCIILetter(c) || (c >= 0x30 && c <= 0x39) || c == 0x3A || c == 0x2D || c == 0x5F || c == 0x2E
    }

    static let script: [UInt8] = Array("script".utf8)
    static let style: [UInt8] = Array("style".utf8)

    /// `script` or `style` when the tag name `p[s..<e]` is one of them (any case).
    static func rawTextName(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> [UInt8]? {
        if e - s == 6, matchesLower(p, s, script) { return script }
        if e - s == 5, matchesLower(p, s, style) { return style }
        return nil
    }

    /// `p[at...]` starts with the lower-case ASCII `word`, ignoring case.
    @inline(__always)
    static func matchesLower(_ p: UnsafeBufferPointer<UInt8>, _ at: Int, _ word: [UInt8]) -> Bool {
        guard at + word.count <= p.count else { return false }
        for k in 0..<word.count where p[at + k] | 0x20 != word[k] { return false }
        return true
    }

    /// Whether the attribute named `p[s..<e]` (lower-cased as libxml2 does) is one Warta keeps.
    static func isKept(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        let len = e - s
        guard len >= 2, len <= keptMaxLength else { return false }
        for k in keptByLength[len] {
            var same = true
            for j in 0..<len where lower(p[s + j]) != k[j] { same = false; break }
            if same { return true }
        }
        return false
    }

    @inline(__always) static func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }

    static let keptMaxLength = HTMLTree.keptAttributes.map(\.utf8.count).max() ?? 0
    static let keptByLength: [[[UInt8]]] = {
        var t = [[[UInt8]]](repeating: [], count: keptMaxLength + 1)
        for k in HTMLTree.keptAttributes { t[k.utf8.count].append(Array(k.utf8)) }
        return t
    }()
}
