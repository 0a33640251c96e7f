/// Grammar words of the scanner (not lexicon data: they shape the grammar itself), as lower-case keys.
enum KW {
    static func k(_ s: String) -> WordKey { WordKey(s, lower: true) }
    static let antara = k("antara"), dari = k("dari"), dan = k("dan"), hingga = k("hingga"), sampai = k("sampai")
    static let ke = k("ke"), an = k("an"), tahun = k("tahun"), pukul = k("pukul"), jam = k("jam")
    static let kali = k("kali"), lipat = k("lipat"), lebih = k("lebih"), salah = k("salah"), per = k("per")
    static let kuartal = k("kuartal"), triwulan = k("triwulan"), semester = k("semester"), q = k("q")
    static let berusia = k("berusia"), usia = k("usia"), berumur = k("berumur"), umur = k("umur")
    static let usianya = k("usianya"), umurnya = k("umurnya")
    static let wib = WordKey("WIB", lower: false), wita = WordKey("WITA", lower: false), wit = WordKey("WIT", lower: false)
    static let s = k("s"), d = k("d"), dengan = k("dengan"), x = k("x"), era = k("era")
    static let satu = k("satu"), ini = k("ini")

    /// Words that may stand between an age trigger and the number (`berusia sekitar 28 tahun`).
    static let ageFillers: Set<WordKey> = Set(["sekitar", "kira", "lebih", "dari", "hampir", "baru", "kini", "sudah",
                                                "telah", "masih", "genap", "yang", "saat", "itu", "ketika", "pada",
                                                "akan", "belum", "mencapai", "menginjak", "nyaris", "minimal", "maksimal",
                                                "paling", "rendah", "tinggi", "sedikit", "di", "atas", "bawah",
                                                "rata", "tepat", "sekurangnya", "setidaknya", "kurang"].map(k))
    /// Words before `keN` that make it a collective cardinal (`bagi kedua perusahaan` = both).
    static let collectiveLeft: Set<WordKey> = Set(["bagi", "untuk", "dari", "oleh", "kepada", "dengan", "antara",
                                                   "dan", "atau", "di", "ke", "pada", "bahwa", "karena", "agar",
                                                   "membuat", "menyebut", "mengatakan", "ketika", "saat", "namun",
                                                   "tetapi", "sementara", "sedangkan", "para", "menurut",
                                                   "mempertemukan", "melibatkan", "antar"].map(k))
    /// Words after `keN` that keep it an ordinal (`kedua kalinya`, `ketiga terbesar`).
    static let ordinalRight: Set<WordKey> = Set(["kali", "kalinya", "yang", "dari", "di", "ini", "itu", "terbesar",
                                                 "tertinggi", "terendah", "terakhir", "setelah", "sebelum", "pada",
                                                 "dan", "atau", "dengan", "untuk", "adalah", "ialah", "tahun",
                                                 "kuartal", "semester", "tahap", "putaran", "gelombang", "terbanyak",
                                                 "termahal", "terkaya", "terpopuler", "tersebut", "sejak", "dalam",
                                                 "kalinya", "ke", "bagi", "oleh", "terbaik", "sebanyak"].map(k))
    /// Weekday names (a `(11/6)` after them is a date).
    static let weekdays: Set<WordKey> = Set(["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"].map(k))
    /// Roman numerals used for quarters and halves (`kuartal III`).
    static let roman: [WordKey: Int] = [WordKey("I", lower: false): 1, WordKey("II", lower: false): 2,
                                        WordKey("III", lower: false): 3, WordKey("IV", lower: false): 4]
}
