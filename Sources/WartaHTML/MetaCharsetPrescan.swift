/// Finds a `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the
/// first 1024 bytes (a simplified WHATWG prescan: case-insensitive, attribute order free).
enum MetaCharsetPrescan {
    static func find(in bytes: ArraySlice<UInt8>) -> String? {
        let limit = min(bytes.count, 1024)
        let head = bytes.prefix(limit).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let needle = Array("charset".utf8)
        var i = 0
        while i + needle.count < head.count {
            if head[i] == needle[0], Array(head[i..<(i + needle.count)]) == needle {
                // Must be inside a <meta tag: look back to the last '<'.
                var k = i
                while k > 0, head[k] != UInt8(ascii: "<"), head[k] != UInt8(ascii: ">") { k -= 1 }
                let isMeta = head[k] == UInt8(ascii: "<") && k + 5 <= head.count && Array(head[(k + 1)..<(k + 5)]) == Array("meta".utf8)
                var j = i + needle.count
                while j < head.count, head[j] == 0x20 { j += 1 }
                if isMeta, j < head.count, head[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < head.count, head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27 { j += 1 }
                    let s = j
                    while j < head.count, head[j] != 0x22, head[j] != 0x27, head[j] != 0x20, head[j] != 0x3B,
                          head[j] != UInt8(ascii: ">"), head[j] != UInt8(ascii: "/") { j += 1 }
                    if j > s { return String(decoding: head[s..<j], as: UTF8.self) }
                }
            }
            i += 1
        }
        return nil
    }
}
