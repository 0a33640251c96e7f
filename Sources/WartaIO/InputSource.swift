import Foundation

/// One thing to read: a file in a known format, or standard input (JSON Lines or WARC).
public struct InputSource: Sendable, Hashable {
    /// The path as given on the command line (joined with the relative path for folder members);
    /// it is the id of a file's record. `-` is standard input.
    public var path: String
    public var format: InputFormat

    public init(path: String, format: InputFormat) { self.path = path; self.format = format }

    public var isStandardInput: Bool { path == "-" }

    /// Expands command-line paths: files as given, folders walked recursively in sorted order
    /// (only files whose name tells the format, unless a format was forced). Throws, before any
    /// work, for a path that does not exist or cannot be read.
    public static func expand(_ paths: [String], format: InputFormat) throws(InputError) -> [InputSource] {
        if paths.isEmpty || paths == ["-"] {
            return [InputSource(path: "-", format: format == .auto ? .jsonl : format)]
        }
        var out: [InputSource] = []
        let fm = FileManager.default
        for p in paths {
            if p == "-" { out.append(InputSource(path: "-", format: format == .auto ? .jsonl : format)); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: p, isDirectory: &isDir) else {
                throw InputError("\(p): no such file or directory")
            }
            if isDir.boolValue {
                guard let walker = fm.enumerator(atPath: p) else { throw InputError("\(p): cannot read the folder") }
                var members: [String] = []
                while let rel = walker.nextObject() as? String {
                    var d: ObjCBool = false
                    let full = (p as NSString).appendingPathComponent(rel)
                    if fm.fileExists(atPath: full, isDirectory: &d), !d.boolValue {
                        let name = (rel as NSString).lastPathComponent
                        if name.hasPrefix(".") { continue }
                        if format != .auto || InputFormat.guess(fileName: name) != nil { members.append(rel) }
                    }
                }
                // Byte-wise order of the relative path: deterministic across machines and locales.
                members.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
                for rel in members {
                    let full = p.hasSuffix("/") ? p + rel : p + "/" + rel
                    out.append(InputSource(path: full, format: format == .auto ? InputFormat.guess(fileName: rel)! : format))
                }
            } else {
                guard fm.isReadableFile(atPath: p) else { throw InputError("\(p): permission denied") }
                let f = format == .auto ? (InputFormat.guess(fileName: p) ?? .html) : format
                out.append(InputSource(path: p, format: f))
            }
        }
        return out
    }
}

/// A systemic input problem (missing path, unreadable standard input): the run stops with a
/// message and a non-zero exit before or instead of producing records.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
