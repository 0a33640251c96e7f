import Foundation

/// The binary model file (`Glossary/entities/model.bin`), little-endian:
///
/// ```
/// "WNER" | version u32 | bits u32 | labels u32 | features u32 | scale f32
/// transitions: (labels+1)*labels f32
/// buckets: features × u32 (ascending, delta-coded as LEB128 varints)
/// weights: features × labels i16 (value = i16 * scale)
/// ```
/// Only feature rows with a non-zero weight are stored; weights are quantized to 16 bits, which
/// changes no decision on the dev sets (checked when the format was chosen). Loading reads the
/// bytes directly (no JSON, no per-entry parsing beyond the varints).
public enum ModelFile {
    static let magic: [UInt8] = Array("WNER".utf8)
    static let version: UInt32 = 1

    public struct FormatError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Serializes a model given as sorted buckets and their dense rows.
    static func encode(bits: Int, labelCount L: Int, transitions: [Float], buckets: [UInt32], weights: [Float]) -> [UInt8] {
        var out: [UInt8] = magic
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func f32(_ v: Float) { u32(v.bitPattern) }
        let maxAbs = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        u32(version); u32(UInt32(bits)); u32(UInt32(L)); u32(UInt32(buckets.count)); f32(scale)
        for t in transitions { f32(t) }
        var prev: UInt32 = 0
        for b in buckets {
            var d = b &- prev
            prev = b
            repeat {
                let byte = UInt8(d & 0x7F)
                d >>= 7
                out.append(d == 0 ? byte : byte | 0x80)
            } while d != 0
        }
        for w in weights {
            let q = Int16(clamping: Int((w / scale).rounded()))
            withUnsafeBytes(of: q.littleEndian) { out.append(contentsOf: $0) }
        }
        return out
    }

    /// Parses model bytes.
    public static func decode(_ bytes: UnsafeRawBufferPointer) throws -> LinearChainModel {
        var pos = 0
        func need(_ n: Int) throws {
            if pos + n > bytes.count { throw FormatError(description: "model file is truncated") }
        }
        func u32() throws -> UInt32 {
            try need(4)
            let v = bytes.loadUnaligned(fromByteOffset: pos, as: UInt32.self)
            pos += 4
            return UInt32(littleEndian: v)
        }
        try need(4)
        guard Array(bytes[0..<4]) == magic else { throw FormatError(description: "not a Warta NER model (bad magic)") }
        pos = 4
        let ver = try u32()
        guard ver == version else { throw FormatError(description: "model version \(ver), expected \(version)") }
        let bits = Int(try u32()), L = Int(try u32()), count = Int(try u32())
        guard L == BIOLabels.count, bits > 8, bits <= 32 else {
            throw FormatError(description: "model has \(L) labels / \(bits) bits; this build expects \(BIOLabels.count)")
        }
        let scale = Float(bitPattern: try u32())
        var transitions = [Float](repeating: 0, count: (L + 1) * L)
        for i in 0..<transitions.count { transitions[i] = Float(bitPattern: try u32()) }
        var buckets = [UInt32](repeating: 0, count: count)
        var prev: UInt32 = 0
        for i in 0..<count {
            var v: UInt32 = 0, sh: UInt32 = 0
            while true {
                try need(1)
                let b = bytes[pos]; pos += 1
                v |= UInt32(b & 0x7F) << sh
                if b & 0x80 == 0 { break }
                sh += 7
                if sh > 28 { throw FormatError(description: "bad varint in model file") }
            }
            prev = prev &+ v
            buckets[i] = prev
        }
        try need(count * L * 2)
        var quantized = [Int16](repeating: 0, count: count * L)
        for i in 0..<(count * L) {
            quantized[i] = Int16(littleEndian: bytes.loadUnaligned(fromByteOffset: pos + 2 * i, as: Int16.self))
        }
        return LinearChainModel(bits: bits, labelCount: L, transitions: transitions, buckets: buckets,
                                quantized: quantized, scale: scale)
    }

    /// Reads a model file.
    public static func load(_ url: URL) throws -> LinearChainModel {
        let data = try Data(contentsOf: url)
        return try data.withUnsafeBytes { try decode($0) }
    }
}
