#if canImport(Glibc)
import Glibc
#endif
import WartaCore

/// Turns input sources into input records, lazily and in order: one record per HTML/text file,
/// one per JSONL line, one per WARC record. Unreadable pieces become `.failed` records so that
/// records in = records out; only unreadable sources themselves throw.
public struct RecordReader {
    let sources: [InputSource]
    let maxPageBytes: Int
    var sourceIndex = 0
    var lines: LineReader?
    var linesSource: InputSource?
    var warc: WARCReader?

    /// Records of JSONL/WARC sources outside this shard are skipped as they are read.
    let shard: Shard

    public init(sources: [InputSource], maxPageBytes: Int, shard: Shard = .all) {
        self.sources = shard.select(sources); self.maxPageBytes = maxPageBytes; self.shard = shard
    }

    /// How many records the input holds when that is known before reading (whole files only).
    public var knownTotal: Int? {
        sources.allSatisfy { $0.format == .html || $0.format == .text } ? sources.count : nil
    }

    /// The next record of this shard, nil at the end of all sources.
    public mutating func next() throws(InputError) -> InputRecord? {
        while let r = try nextRecord() {
            if shard.count == 1 || !shard.filtersRecords(of: currentSource ?? sources[max(0, sourceIndex - 1)]) || shard.contains(id: r.id) {
                return r
            }
        }
        return nil
    }

    var currentSource: InputSource? { linesSource }

    mutating func nextRecord() throws(InputError) -> InputRecord? {
        while true {
            if warc != nil {
                if let r = try warc!.next() { return r }
                warc!.close()
                warc = nil
                continue
            }
            if var reader = lines, let src = linesSource {
                let line = try reader.next()
                let n = reader.lineNumber
                lines = reader
                if let line {
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                    return JSONLRecord.record(from: line, source: src.path, line: n, maxPageBytes: maxPageBytes)
                }
                reader.close()
                lines = nil; linesSource = nil
                continue
            }
            guard sourceIndex < sources.count else { return nil }
            let src = sources[sourceIndex]
            sourceIndex += 1
            switch src.format {
            case .jsonl, .auto:
                lines = src.isStandardInput ? LineReader(fd: 0) : try LineReader(path: src.path)
                linesSource = src
            case .warc:
                warc = try WARCReader(path: src.isStandardInput ? "/dev/stdin" : src.path, maxPageBytes: maxPageBytes)
            case .html, .text:
                if src.isStandardInput {
                    return InputRecord(id: "-", payload: .failed(StageError(
                        stage: "input", kind: "unsupported", message: "standard input is read as JSON Lines or WARC only")))
                }
                return FileRecord.record(path: src.path, format: src.format, maxPageBytes: maxPageBytes)
            }
        }
    }
}

/// Records of whole files.
enum FileRecord {
    static func record(path: String, format: InputFormat, maxPageBytes: Int) -> InputRecord {
        func failed(_ kind: String, _ message: String) -> InputRecord {
            InputRecord(id: path, payload: .failed(StageError(stage: "input", kind: kind, message: "\(path): \(message)")))
        }
        switch FileBytes.read(path, limit: maxPageBytes) {
        case .failed(let why): return failed("unreadable", why)
        case .tooLarge(let size):
            return failed("too-large", "the file has \(size) bytes, over the limit of \(maxPageBytes) (--max-page-bytes)")
        case .bytes(let bytes):
            if bytes.isEmpty { return failed("empty-input", "the file is empty") }
            if format == .text {
                guard let s = String(validating: bytes, as: UTF8.self) else {
                    return failed("not-utf8", "a text file must be UTF-8; this one has invalid UTF-8 bytes")
                }
                return InputRecord(id: path, payload: .text(s))
            }
            return InputRecord(id: path, payload: .html(bytes))
        }
    }
}

/// Records of JSON Lines: `{"id","html"}` or `{"id","text"}`, optionally `url`, `charset`.
public enum JSONLRecord {
    public static func record(from line: [UInt8], source: String, line n: Int, maxPageBytes: Int) -> InputRecord {
        let fallbackID = "\(source == "-" ? "stdin" : source):\(n)"
        func failed(_ id: String, _ kind: String, _ message: String) -> InputRecord {
            InputRecord(id: id, payload: .failed(StageError(stage: "input", kind: kind, message: message)))
        }
        if line.count > maxPageBytes + 1024 {
            return failed(fallbackID, "too-large", "\(fallbackID): the record has \(line.count) bytes, over the limit of \(maxPageBytes) (--max-page-bytes)")
        }
        let value: JSONValue
        do { value = try JSONParser.parse(line) } catch {
            return failed(fallbackID, "bad-json", "\(fallbackID): the line is not JSON (\(error))")
        }
        guard case .object = value else {
            return failed(fallbackID, "bad-record", "\(fallbackID): the line is JSON but not an object")
        }
        let id: String
        switch value["id"] {
        case .string(let s)?: id = s
        case .number(let s)?: id = s
        default: return failed(fallbackID, "missing-id", "\(fallbackID): the record has no \"id\"")
        }
        let url = value["url"]?.stringValue
        if let html = value["html"]?.stringValue {
            // The JSON string is already decoded text, so its charset is settled.
            return InputRecord(id: id, payload: .html(Array(html.utf8)), url: url, transportCharset: "utf-8")
        }
        if let text = value["text"]?.stringValue {
            return InputRecord(id: id, payload: .text(text), url: url)
        }
        return failed(id, "bad-record", "\(id): the record has neither \"html\" nor \"text\" (a string)")
    }
}
