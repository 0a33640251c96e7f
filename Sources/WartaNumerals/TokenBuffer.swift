import WartaCore

/// The numeral tokenizer's token buffer (owned by one scan).
typealias TokenBuffer = GrowableBuffer<NumToken>
