/// Undoes the regular respelling of English (and Latin) loanwords in Indonesian, to propose the
/// English of a word no dictionary has: `eksternal` → *external*, `eksposur` → *exposure*,
/// `kompetitif` → *competitive*, `kuantisasi` → *quantization*, `arsitektur` → *architecture*.
/// The rules follow the Indonesian spelling of loanwords (Pedoman Umum Pembentukan Istilah, the
/// official term-formation guide: x → ks, c → k, ph → f, -tion → -si, -ty → -tas, -ive → -if,
/// -ure → -ur, -ic → -ik); a respelling is proposed only when an English dictionary knows it.
public enum LoanwordRespelling {
    /// Suffix rules (Indonesian ending → English ending), tried first.
    static let endings: [(String, String)] = [
        ("isasi", "ization"), ("asi", "ation"), ("si", "tion"), ("si", "sion"), ("tas", "ty"), ("if", "ive"),
        ("ur", "ure"), ("ik", "ic"), ("ika", "ics"), ("isme", "ism"), ("is", "ist"), ("er", "er"), ("en", "ent"),
        ("an", "ance"), ("ensi", "ence"), ("ansi", "ance"), ("al", "al"), ("el", "le"), ("o", "o"), ("i", "y"),
    ]
    /// Inner rules, applied everywhere (all combinations of up to three are tried).
    static let inner: [(String, String)] = [
        ("eks", "ex"), ("k", "c"), ("kw", "qu"), ("ku", "qu"), ("f", "ph"), ("tek", "tech"), ("i", "y"),
        ("sk", "sc"), ("ks", "x"), ("j", "g"),
    ]

    /// English respellings of `word` (lower case) that `isEnglish` accepts, best first.
    public static func english(for word: String, isEnglish: (String) -> Bool) -> String? {
        guard word.unicodeScalars.count >= 5, word.unicodeScalars.allSatisfy({ $0.isASCII }) else { return nil }
        var stems: [String] = [word]
        for (from, to) in endings where word.hasSuffix(from) {
            stems.append(String(word.dropLast(from.count)) + to)
        }
        for stem in stems {
            if stem != word, isEnglish(stem) { return stem }
            if let r = inner(stem, depth: 0, isEnglish: isEnglish) { return r }
        }
        return nil
    }

    private static func inner(_ w: String, depth: Int, isEnglish: (String) -> Bool) -> String? {
        guard depth < 3 else { return nil }
        for (from, to) in inner {
            var search = w.startIndex
            while let r = w.range(of: from, range: search..<w.endIndex) {
                let candidate = w.replacingCharacters(in: r, with: to)
                if isEnglish(candidate) { return candidate }
                if let deeper = inner(candidate, depth: depth + 1, isEnglish: isEnglish) { return deeper }
                search = r.upperBound
            }
        }
        return nil
    }
}
