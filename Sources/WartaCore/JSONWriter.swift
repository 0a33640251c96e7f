/// A hand-written JSON writer appending UTF-8 bytes to a buffer.
///
/// `JSONEncoder` runs at 16–22 MB/s on annotated documents; this runs at ~100 MB/s
/// (ENGINEERING.md §2.3). Keys are written in the order the caller gives, so output is
/// deterministic. Round-trip tested against `JSONDecoder`.
public struct JSONWriter {
    public var bytes: [UInt8]
    /// One flag per open container: has it got an element yet?
    var started: [Bool] = []
    /// True right after `key(_:)`: the next value needs no comma.
    var afterKey = false

    public init(capacity: Int = 4096) { bytes = []; bytes.reserveCapacity(capacity) }

    /// Separator before a new element (a value in an array, or a key in an object).
    mutating func separate() {
        if afterKey { afterKey = false; return }
        guard !started.isEmpty else { return }
        if started[started.count - 1] { bytes.append(UInt8(ascii: ",")) } else { started[started.count - 1] = true }
    }

    public mutating func beginObject() { separate(); bytes.append(UInt8(ascii: "{")); started.append(false) }
    public mutating func endObject() { started.removeLast(); bytes.append(UInt8(ascii: "}")) }
    public mutating func beginArray() { separate(); bytes.append(UInt8(ascii: "[")); started.append(false) }
    public mutating func endArray() { started.removeLast(); bytes.append(UInt8(ascii: "]")) }

    /// Writes `"key":` inside an object; the next call writes its value.
    public mutating func key(_ k: String) {
        separate()
        writeString(k)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    public mutating func string(_ s: String) { separate(); writeString(s) }
    public mutating func int(_ v: Int) { separate(); bytes.append(contentsOf: String(v).utf8) }
    public mutating func bool(_ v: Bool) { separate(); bytes.append(contentsOf: (v ? "true" : "false").utf8) }
    public mutating func null() { separate(); bytes.append(contentsOf: "null".utf8) }
    /// Writes pre-rendered JSON (a number literal, say) as a value.
    public mutating func raw(_ json: String) { separate(); bytes.append(contentsOf: json.utf8) }

    public mutating func field(_ k: String, _ v: String) { key(k); string(v) }
    public mutating func field(_ k: String, _ v: Int) { key(k); int(v) }
    public mutating func field(_ k: String, _ v: Bool) { key(k); bool(v) }
    public mutating func field(_ k: String, ifPresent v: String?) { if let v { key(k); string(v) } }
    public mutating func objectField(_ k: String) { key(k); beginObject() }
    public mutating func arrayField(_ k: String) { key(k); beginArray() }

    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    mutating func writeString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { buf in
            var runStart = 0
            for i in 0..<buf.count {
                let b = buf[i]
                if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xC2 && b != 0xE2 { continue }
                // U+0085, U+2028 and U+2029 are line breaks to many JSON Lines readers (Python's
                // `str.splitlines`): escape them so one record stays on one line.
                if b == 0xC2 || b == 0xE2 {
                    let escaped: String?
                    if b == 0xC2, i + 1 < buf.count, buf[i + 1] == 0x85 { escaped = "\\u0085" }
                    else if b == 0xE2, i + 2 < buf.count, buf[i + 1] == 0x80, buf[i + 2] == 0xA8 || buf[i + 2] == 0xA9 {
                        escaped = buf[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    } else { escaped = nil }
                    guard let escaped else { continue }
                    if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<i])) }
                    bytes.append(contentsOf: escaped.utf8)
                    runStart = i + (b == 0xC2 ? 2 : 3)
                    continue
                }
                if i < runStart { continue }
                if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<i])) }
                runStart = i + 1
                switch b {
                case 0x22: bytes.append(0x5C); bytes.append(0x22)
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
                default:
                    bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                              JSONWriter.hex[Int(b >> 4)], JSONWriter.hex[Int(b & 15)]])
                }
            }
            if runStart < buf.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<buf.count])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
