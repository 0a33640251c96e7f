#if canImport(Glibc)
import Glibc
#endif

/// Empties the bodies of `<script>` and `<style>` elements before libxml2 sees the page.
///
/// Inline JavaScript and CSS are often half of a news page's bytes and never article text, yet the
/// HTML parser walks them character by character. This pass copies the page with those bodies
/// removed (the tags stay, so the tree keeps its shape), following the HTML rule that raw text ends
/// at the first `</script` / `</style`. JSON-LD scripts (`type` containing `ld+json`) are kept for
/// the metadata; comments are copied untouched so a `<script` inside a comment is not mistaken for
/// one.
enum RawTextStripper {
    static func strip(_ b: [UInt8]) -> [UInt8] {
        let n = b.count
        var out: [UInt8] = []
        var copied = 0          // b[copied..<i] is still to be copied
        var i = 0
        var removedAny = false
        b.withUnsafeBufferPointer { p in
            while i < n {
                // Find the next '<'.
                guard let lt = nextLT(p, from: i) else { break }
                i = lt + 1
                if i + 2 < n, p[i] == 0x21, p[i + 1] == 0x2D, p[i + 2] == 0x2D {          // <!--
                    i = find(p, [0x2D, 0x2D, 0x3E], from: i + 3).map { $0 + 3 } ?? n
                    continue
                }
                let name: [UInt8]
                if matchesName(p, at: i, "script") { name = Array("script".utf8) }
                else if matchesName(p, at: i, "style") { name = Array("style".utf8) }
                else { continue }
                // End of the start tag, respecting quoted attribute values.
                var j = i + name.count
                var quote: UInt8 = 0
                var isJSONLD = false
                let tagStart = j
                while j < n {
                    let c = p[j]
                    if quote != 0 { if c == quote { quote = 0 } }
                    else if c == 0x22 || c == 0x27 { quote = c }
                    else if c == 0x3E { break }
                    j += 1
                }
                if j >= n { break }
                if name.count == 6 { isJSONLD = containsLDJSON(p, tagStart, j) }
                let bodyStart = j + 1
                guard let close = findClose(p, name, from: bodyStart) else { i = n; break }
                if !isJSONLD && close > bodyStart {
                    if out.isEmpty { out.reserveCapacity(n) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[copied..<bodyStart]))
                    copied = close
                    removedAny = true
                }
                i = close + 2
            }
        }
        guard removedAny else { return b }
        out.append(contentsOf: b[copied..<n])
        return out
    }

    @inline(__always)
    static func nextLT(_ p: UnsafeBufferPointer<UInt8>, from: Int) -> Int? { next(0x3C, in: p, from: from) }

    /// Index of the first `byte` at or after `from` (libc `memchr`, vectorised).
    @inline(__always)
    static func next(_ byte: UInt8, in p: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from < p.count, let base = p.baseAddress,
              let r = memchr(base + from, Int32(byte), p.count - from) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(r))
    }

    /// `name` (ASCII, lower-case) at `i`, case-insensitively, followed by a space, `>` or `/`.
    @inline(__always)
    static func matchesName(_ p: UnsafeBufferPointer<UInt8>, at i: Int, _ name: StaticString) -> Bool {
        let count = name.utf8CodeUnitCount
        guard i + count < p.count else { return false }
        let s = name.utf8Start
        for k in 0..<count where p[i + k] | 0x20 != s[k] { return false }
        let after = p[i + count]
        return after == 0x20 || after == 0x3E || after == 0x2F || after == 0x09 || after == 0x0A || after == 0x0D
    }

    static func find(_ p: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], from: Int) -> Int? {
        var i = from
        let last = p.count - needle.count
        while i <= last, let f = next(needle[0], in: p, from: i), f <= last {
            var k = 1
            while k < needle.count && p[f + k] == needle[k] { k += 1 }
            if k == needle.count { return f }
            i = f + 1
        }
        return nil
    }

    /// Index of the `<` of the first `</name` (case-insensitive) at or after `from`.
    static func findClose(_ p: UnsafeBufferPointer<UInt8>, _ name: [UInt8], from: Int) -> Int? {
        var i = from
        let n = p.count
        while let lt = nextLT(p, from: i) {
            if lt + 1 + name.count < n, p[lt + 1] == 0x2F {
                var k = 0
                while k < name.count && p[lt + 2 + k] | 0x20 == name[k] { k += 1 }
                if k == name.count { return lt }
            }
            i = lt + 1
        }
        return nil
    }

    static func containsLDJSON(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        let needle = Array("ld+json".utf8)
        var i = from
        while i + needle.count <= to {
            var k = 0
            while k < needle.count && p[i + k] | 0x20 == needle[k] { k += 1 }
            if k == needle.count { return true }
            i += 1
        }
        return false
    }
}
