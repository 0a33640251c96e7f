/// Grammar words of the scanner (not lexicon data: they shape the grammar itself), as lower-case keys.
struct KW: Sendable {
    /// The one instance; the scanner copies it once per text (a `static let` read in a hot loop
    /// costs a lazy-initialization check each time).
    static let shared = KW()
    private init() {}
    static func k(_ s: String) -> WordKey { WordKey(s, lower: true) }
    /// Words without a lexicon role at which the grammar may still start a quantity.
    static let startWords = ["antara", "dari", "pukul", "jam", "kuartal", "triwulan", "semester", "q", "ke", "salah"]
    let antara = KW.k("antara"), dari = KW.k("dari"), dan = KW.k("dan"), hingga = KW.k("hingga"), sampai = KW.k("sampai")
    let ke = KW.k("ke"), an = KW.k("an"), tahun = KW.k("tahun"), pukul = KW.k("pukul"), jam = KW.k("jam")
    let kali = KW.k("kali"), lipat = KW.k("lipat"), lebih = KW.k("lebih"), salah = KW.k("salah"), per = KW.k("per")
    let kuartal = KW.k("kuartal"), triwulan = KW.k("triwulan"), semester = KW.k("semester"), q = KW.k("q")
    let berusia = KW.k("berusia"), usia = KW.k("usia"), berumur = KW.k("berumur"), umur = KW.k("umur")
    let usianya = KW.k("usianya"), umurnya = KW.k("umurnya")
    let wib = WordKey("WIB", lower: false), wita = WordKey("WITA", lower: false), wit = WordKey("WIT", lower: false)
    let utc = WordKey("UTC", lower: false), gmt = WordKey("GMT", lower: false)
    let s = KW.k("s"), d = KW.k("d"), dengan = KW.k("dengan"), x = KW.k("x"), era = KW.k("era")
    let satu = KW.k("satu"), ini = KW.k("ini")

    /// Words that may stand between an age trigger and the number (`berusia sekitar 28 tahun`).
    let ageFillers: Set<WordKey> = Set(["sekitar", "kira", "lebih", "dari", "hampir", "baru", "kini", "sudah",
                                                "telah", "masih", "genap", "yang", "saat", "itu", "ketika", "pada",
                                                "akan", "belum", "mencapai", "menginjak", "nyaris", "minimal", "maksimal",
                                                "paling", "rendah", "tinggi", "sedikit", "di", "atas", "bawah",
                                                "rata", "tepat", "sekurangnya", "setidaknya", "kurang"].map(KW.k))
    /// Words before `keN` that make it a collective cardinal (`bagi kedua perusahaan` = both).
    let collectiveLeft: Set<WordKey> = Set(["bagi", "untuk", "dari", "oleh", "kepada", "dengan", "antara",
                                                   "dan", "atau", "di", "ke", "pada", "bahwa", "karena", "agar",
                                                   "membuat", "menyebut", "mengatakan", "ketika", "saat", "namun",
                                                   "tetapi", "sementara", "sedangkan", "para", "menurut",
                                                   "mempertemukan", "melibatkan", "antar"].map(KW.k))
    /// Words after `keN` that keep it an ordinal (`kedua kalinya`, `ketiga terbesar`).
    let ordinalRight: Set<WordKey> = Set(["kali", "kalinya", "yang", "dari", "di", "ini", "itu", "terbesar",
                                                 "tertinggi", "terendah", "terakhir", "setelah", "sebelum", "pada",
                                                 "dan", "atau", "dengan", "untuk", "adalah", "ialah", "tahun",
                                                 "kuartal", "semester", "tahap", "putaran", "gelombang", "terbanyak",
                                                 "termahal", "terkaya", "terpopuler", "tersebut", "sejak", "dalam",
                                                 "kalinya", "ke", "bagi", "oleh", "terbaik", "sebanyak"].map(KW.k))
    /// Weekday names (a `(11/6)` after them is a date).
    let weekdays: Set<WordKey> = Set(["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"].map(KW.k))
    /// Roman numerals used for quarters and halves (`kuartal III`).
    let roman: [WordKey: Int] = [WordKey("I", lower: false): 1, WordKey("II", lower: false): 2,
                                        WordKey("III", lower: false): 3, WordKey("IV", lower: false): 4]
}
