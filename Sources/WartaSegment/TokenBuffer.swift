import WartaCore

/// The scanner's token buffer (owned by one `Segmenter.segment` call).
typealias TokenBuffer = GrowableBuffer<ScannedToken>

extension GrowableBuffer where Element == ScannedToken {
    var tokens: UnsafeBufferPointer<ScannedToken> { elements }
}
