/// One unit of input: a page, a text, or an input that could not be read (which still yields an
/// output record, so records in = records out).
public struct InputRecord: Sendable {
    public enum Payload: Sendable {
        /// HTML bytes, charset not yet decided.
        case html([UInt8])
        /// Plain text, kept verbatim as the document text (the scrubber is skipped).
        case text(String)
        /// The input could not be read or parsed; becomes an error record.
        case failed(StageError)
    }
    /// The id that goes into the output record.
    public var id: String
    public var payload: Payload
    /// The page URL when known (JSONL `url`, WARC-Target-URI).
    public var url: String?
    /// The charset declared by the transport (HTTP Content-Type, JSONL `charset`); for JSONL
    /// `html` strings it is `utf-8` because the JSON string was already decoded.
    public var transportCharset: String?
    /// Extra string fields copied into the output record (e.g. `warc_target_uri`).
    public var extra: [(String, String)]

    public init(id: String, payload: Payload, url: String? = nil, transportCharset: String? = nil,
                extra: [(String, String)] = []) {
        self.id = id; self.payload = payload; self.url = url
        self.transportCharset = transportCharset; self.extra = extra
    }

    /// Size of the payload in bytes (for throughput figures).
    public var byteCount: Int {
        switch payload {
        case .html(let b): return b.count
        case .text(let s): return s.utf8.count
        case .failed: return 0
        }
    }
}

/// What the pipeline makes of one input record.
public enum DocumentResult: Sendable {
    case document(AnnotatedDocument)
    case failure(id: String, error: StageError, extra: [(String, String)])

    public var id: String {
        switch self {
        case .document(let d): return d.id
        case .failure(let id, _, _): return id
        }
    }
}
