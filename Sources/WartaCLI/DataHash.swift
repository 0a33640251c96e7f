import Foundation
import Warta

/// A content hash of Warta's data folder: FNV-1a 64 over every file's relative path and bytes,
/// in byte-wise sorted path order (stable across machines).
enum DataHash {
    static func of(folder: URL) -> String {
        let fm = FileManager.default
        var files: [String] = []
        if let walker = fm.enumerator(atPath: folder.path) {
            while let rel = walker.nextObject() as? String {
                var isDir: ObjCBool = false
                if fm.fileExists(atPath: folder.appendingPathComponent(rel).path, isDirectory: &isDir), !isDir.boolValue,
                   !(rel as NSString).lastPathComponent.hasPrefix("."), !rel.hasSuffix(".swift") {
                    files.append(rel)
                }
            }
        }
        files.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        var h: UInt64 = 0xcbf29ce484222325
        func mix(_ bytes: UnsafeRawBufferPointer) { for b in bytes { h ^= UInt64(b); h = h &* 0x100000001b3 } }
        for rel in files {
            Array(rel.utf8 + [0]).withUnsafeBytes(mix)
            if let data = fm.contents(atPath: folder.appendingPathComponent(rel).path) { data.withUnsafeBytes(mix) }
        }
        return "fnv1a64:" + String(h, radix: 16) + " (\(files.count) files)"
    }
}
