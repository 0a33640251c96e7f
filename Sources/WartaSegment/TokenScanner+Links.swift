import WartaCore

/// URLs and e-mail addresses: one token each (kinds `url`, `email`).
extension TokenScanner {
    /// Scans an e-mail address whose local part starts at `start` and whose `@` is at `i`.
    mutating func scanEmail(start: Int, cpStart: Int) -> Bool {
        var k = i + 1
        var lastDot = -1
        while k < buf.count {
            let c = buf[k]
            if ScalarTable.isAlnumASCII(c) || c == 0x2D || c == 0x5F { k += 1; continue }
            if c == 0x2E && ScalarTable.isAlnumASCII(byte(k + 1)) { lastDot = k; k += 1; continue }
            break
        }
        guard k > i + 1, lastDot > i + 1 else { return false }
        cp += k - i   // ASCII only after `@`
        i = k
        emit(byteStart: start, cpStart: cpStart, byteEnd: i, cpEnd: cp, kind: .email, first: UInt32(buf[start]), flags: 0)
        return true
    }

    /// Scans a URL from `start` to the next blank or quote, then gives trailing punctuation back
    /// (`… di https://x.id/a.` keeps the final stop out); a `)` stays when the URL opened one.
    mutating func scanURL(start: Int, cpStart: Int) {
        var k = start, c = cpStart, opens = 0
        while k < buf.count {
            let b = buf[k]
            if b < 0x80 {
                if b <= 0x20 || b == 0x22 || b == 0x3C || b == 0x3E || b == 0x60 { break }
                if b == 0x28 { opens += 1 }
                k += 1; c += 1
            } else {
                let (s, len) = ScalarTable.decode(buf, k)
                let cls = ScalarTable.nonASCII(s)
                if cls != .otherLetter && cls != .symbol { break }
                k += len; c += 1
            }
        }
        while k > start + 1 {
            let b = buf[k - 1]
            let strip = b == 0x2E || b == 0x2C || b == 0x3B || b == 0x3A || b == 0x21 || b == 0x3F || b == 0x27
                || b == 0x5D || b == 0x7D || (b == 0x29 && opens == 0)
            if !strip { break }
            k -= 1; c -= 1
        }
        i = k; cp = c
        emit(byteStart: start, cpStart: cpStart, byteEnd: k, cpEnd: c, kind: .url, first: UInt32(buf[start]),
             flags: ScannedToken.lower)
    }
}
