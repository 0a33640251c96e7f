/// How an input file is read.
public enum InputFormat: String, Sendable, CaseIterable {
    case auto, html, text, jsonl, warc

    /// The format `auto` picks for a file name, nil when the name says nothing.
    public static func guess(fileName: String) -> InputFormat? {
        let l = fileName.lowercased()
        if l.hasSuffix(".html") || l.hasSuffix(".htm") || l.hasSuffix(".xhtml") { return .html }
        if l.hasSuffix(".txt") { return .text }
        if l.hasSuffix(".jsonl") || l.hasSuffix(".ndjson") { return .jsonl }
        if l.hasSuffix(".warc") || l.hasSuffix(".warc.gz") { return .warc }
        return nil
    }
}
