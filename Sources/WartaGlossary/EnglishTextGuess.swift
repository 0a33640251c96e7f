import WartaCore

/// Tells a page written in English (or another language) from an Indonesian one by counting the
/// commonest function words of each language among its tokens. The term base lists English forms
/// used inside Indonesian text (`chip`, `cloud`, `model`), which on an English page would tag
/// ordinary English; pages' `lang` attributes are unreliable (Indonesian sites ship `lang="en"`
/// templates), so the text decides. The `terms` stage counts the words while matching
/// (`TermMatcher.FunctionWordCount`); `glossary build` asks `isIndonesian`.
enum EnglishTextGuess {
    /// Words of at most four letters packed into a UInt32 (one byte per letter, lower case).
    static func pack(_ w: String) -> UInt32 { w.utf8.reduce(0) { $0 << 8 | UInt32($1) } }
    static let english: [UInt32] = ["the", "and", "of", "to", "is", "was", "that", "with", "for", "are", "this", "it"].map(pack)
    static let indonesian: [UInt32] = ["yang", "dan", "di", "ini", "itu", "ke", "dari", "pada", "akan", "para", "juga", "bisa"].map(pack)

    /// True when the text shows no fewer Indonesian function words than English ones, and at
    /// least three unless it is short (under 100 tokens): what a corpus document must show
    /// before its phrases are mined (a Russian or German page has none).
    static func isIndonesian(_ doc: AnnotatedDocument) -> Bool {
        let (en, id) = counts(doc)
        return id >= en && (id >= 3 || doc.tokens.count < 100)
    }

    /// English and Indonesian function-word counts.
    static func counts(_ doc: AnnotatedDocument) -> (english: Int, indonesian: Int) {
        var en = 0, id = 0
        doc.withUTF8 { text in
            for t in doc.tokens.prefix(400) where t.kind == .word && t.span.length <= 4 {
                let r = doc.index.utf8Range(t.span)
                guard r.count >= 2 && r.count <= 4 else { continue }
                var key: UInt32 = 0
                for i in r {
                    let b = text[i]
                    key = key << 8 | UInt32(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                }
                if english.contains(key) { en += 1 } else if indonesian.contains(key) { id += 1 }
            }
        }
        return (en, id)
    }
}
