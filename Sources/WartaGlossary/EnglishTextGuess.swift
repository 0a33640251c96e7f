import WartaCore

/// Tells a page written in English from an Indonesian one by counting the commonest function
/// words of each language among its tokens. The term base lists English forms used inside
/// Indonesian text (`chip`, `cloud`, `model`), which on an English page would tag ordinary
/// English; pages' `lang` attributes are unreliable (Indonesian sites ship `lang="en"`
/// templates), so the text decides.
enum EnglishTextGuess {
    static let english: Set<[UInt8]> = Set(["the", "and", "of", "to", "is", "was", "that", "with", "for", "are", "this", "it"].map { Array($0.utf8) })
    static let indonesian: Set<[UInt8]> = Set(["yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "pada", "dalam", "akan", "tidak"].map { Array($0.utf8) })

    /// True when English function words clearly outnumber Indonesian ones among the first 3,000
    /// tokens (a sample is enough to tell, and keeps the check cheap on long pages).
    static func isEnglish(_ doc: AnnotatedDocument) -> Bool {
        var en = 0, id = 0
        var word: [UInt8] = []
        doc.withUTF8 { text in
            for t in doc.tokens.prefix(3000) where t.kind == .word && t.span.length <= 4 {
                let r = doc.index.utf8Range(t.span)
                word.removeAll(keepingCapacity: true)
                for i in r { let b = text[i]; word.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
                if english.contains(word) { en += 1 } else if indonesian.contains(word) { id += 1 }
            }
        }
        return en >= 5 && en > 2 * id
    }
}
