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
        var h = FNV1a.offset
        for rel in files {
            h = FNV1a.hash(Array(rel.utf8) + [0], seed: h)
            if let data = fm.contents(atPath: folder.appendingPathComponent(rel).path) { h = FNV1a.hash(data, seed: h) }
        }
        return "fnv1a64:" + String(h, radix: 16) + " (\(files.count) files)"
    }
}
