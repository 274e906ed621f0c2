//! How Chinese surnames are written in Latin letters outside Hanyu pinyin.
//!
//! A résumé's English name follows the owner's passport, and passports
//! follow the place: Wade–Giles in Taiwan (簡 Chien, 謝 Hsieh), Cantonese
//! in Hong Kong (張 Cheung), Cantonese and Portuguese habits in Macau
//! (楊 Ieong), Hokkien, Teochew and Hakka in Singapore, Malaysia and
//! Indonesia (黃 Ooi, 張 Teo, 劉 Liew). A surname that pinyin alone cannot
//! spell is therefore not a slip until every one of these has been tried.
//! Wade–Giles is a rule over pinyin syllables ([`wade_giles`]); the
//! dialect spellings are a table, since they follow the dialect's sounds,
//! not a rule over pinyin.

/// Surname characters (simplified and traditional) and their spellings in
/// Cantonese, Hokkien, Teochew, Hakka and the Macau and older Taiwan
/// forms that [`wade_giles`] does not produce, and the Dutch-era Hokkien
/// spellings of Indonesia (郭 Kwee, 張 Thio, 楊 Njoo, 鄭 The), and the
/// Foochow ones of Sarawak (吴 Ngu).
const SURNAME_SPELLINGS: &[(&str, &[&str])] = &[
    ("陈陳", &["chan", "tan", "chin", "tjhin", "tanoto"]),
    (
        "黄黃",
        &[
            "wong", "hwang", "ng", "vong", "ooi", "oei", "oey", "wee", "bong", "ung", "uy",
        ],
    ),
    ("王", &["wong", "ong", "heng", "bong"]),
    (
        "张張",
        &[
            "cheung", "chang", "teo", "teoh", "chong", "cheong", "tiong", "thong", "thio", "tio",
        ],
    ),
    ("李", &["lee", "lei", "li", "ly", "lie"]),
    ("刘劉", &["lau", "lao", "low", "liew", "lew", "liu", "lauw"]),
    ("何", &["ho", "hoe"]),
    ("梁", &["leung", "leong", "neo", "niu", "liong", "nio"]),
    (
        "吴吳",
        &["ng", "woo", "goh", "gouw", "ngo", "ung", "go", "ngu"],
    ),
    ("曾", &["tsang", "tseng", "chan", "chang", "tsen"]),
    ("叶葉", &["yip", "yeh", "ip", "yap", "iap"]),
    ("邓鄧", &["tang", "teng", "ting", "then"]),
    ("林", &["lam", "lim", "liem"]),
    (
        "郭",
        &[
            "kwok", "kuo", "kuok", "quek", "kuek", "kok", "keh", "kwee", "kwik",
        ],
    ),
    (
        "周",
        &["chow", "chou", "chew", "chao", "chiew", "chau", "chiu"],
    ),
    (
        "谢謝",
        &["tse", "hsieh", "chia", "seah", "cheah", "sia", "tjia"],
    ),
    (
        "杨楊",
        &[
            "yeung", "yang", "ieong", "yeo", "yeoh", "yong", "young", "yeong", "njoo", "yo",
        ],
    ),
    ("关關", &["kwan", "kuan", "guan"]),
    ("冯馮", &["fung", "fong", "pang", "phang"]),
    (
        "许許",
        &["hui", "hsu", "hoi", "koh", "khor", "kho", "khaw", "khouw"],
    ),
    ("徐", &["hsu", "tsui", "chee", "choi", "chhi", "tsi"]),
    ("麦麥", &["mak", "mai", "meh"]),
    ("赵趙", &["chiu", "chao", "chio", "teo", "tio"]),
    ("谭譚", &["tam", "tham"]),
    ("萧蕭", &["siu", "hsiao", "seow", "siew", "siau", "siauw"]),
    ("区區", &["au", "ou"]),
    ("袁", &["yuen", "yuan", "wan"]),
    ("蔡", &["tsai", "choi", "chua", "chuah", "tjoa", "choy"]),
    (
        "郑鄭",
        &["cheng", "cheang", "tay", "teh", "chang", "tee", "the"],
    ),
    ("蒋蔣", &["chiang", "cheung"]),
    ("江", &["chiang", "kong", "kang"]),
    ("朱", &["chu", "chue", "choo", "chee"]),
    ("胡", &["wu", "hu", "foo", "oh", "woo", "ow"]),
    // Hainanese.
    ("云雲", &["hoon", "woon", "yun"]),
    ("符", &["foo", "phu", "fu"]),
    ("邢", &["heng", "hing"]),
    ("钟鍾鐘", &["chung", "chong", "cheng", "cheong"]),
    ("高", &["ko", "kao", "koh", "kou"]),
    ("苏蘇", &["so", "soh", "soo", "sou"]),
    ("洪", &["hung", "ang", "hong"]),
    ("庄莊", &["chng", "chong", "chuang", "cheng"]),
    ("孙孫", &["suen", "sng", "soon", "sun", "sen"]),
    ("余", &["yu", "yee", "ee", "u", "yue"]),
    ("卢盧", &["lo", "loh", "lu", "lou", "low"]),
    ("罗羅", &["lo", "loh", "law", "lor", "lowe"]),
    ("潘", &["poon", "phua", "pun", "phoa"]),
    ("方", &["fong", "png", "hong"]),
    ("彭", &["pang", "phang", "phung", "peng"]),
    ("戴", &["tai", "tay", "tye"]),
    ("杜", &["to", "toh", "tou", "doo"]),
    ("赖賴", &["lai", "nai", "loi"]),
    ("廖", &["liu", "leow", "liew", "liao", "liow", "lew"]),
    ("沈", &["shum", "sim", "sum", "sham"]),
    ("施", &["sze", "see", "si", "shih"]),
    ("姚", &["yiu", "yeo", "yao", "iu"]),
    ("马馬", &["ma", "beh", "mah"]),
    ("傅", &["foo", "poh", "fu", "hu"]),
    ("温溫", &["wan", "woon", "boon", "voon", "un", "oon"]),
    ("白", &["pak", "peh", "pai", "pek"]),
    ("柯", &["kua", "kwa", "or", "ko", "o"]),
    ("侯", &["hau", "kow", "hou", "hew"]),
    ("颜顏", &["ngan", "gan", "yen", "gun"]),
    ("魏", &["ngai", "gwee", "wei", "ngui"]),
    ("简簡", &["kan", "kaan", "gan"]),
    ("吕呂", &["lui", "lu", "lee", "loo"]),
    ("汤湯", &["tong", "tng", "thong"]),
    ("唐", &["tong", "tng"]),
    ("宋", &["sung", "song", "soong"]),
    ("严嚴", &["yim", "giam", "ngiam", "yen"]),
    ("邱丘", &["yau", "khoo", "khu", "hiew", "hew", "chiu"]),
    ("石", &["shek", "chioh", "sek"]),
    ("黎", &["lai", "loy", "le"]),
    ("韩韓", &["hon", "han"]),
    ("游", &["yau", "yu", "iu", "yew"]),
    ("龚龔", &["kung", "keng"]),
    ("欧歐", &["au", "ou", "ow"]),
    // Cantonese spellings of Hong Kong and Macau surnames beyond pinyin's.
    ("邝鄺", &["kwong", "kong"]),
    ("庞龐", &["pong"]),
    ("崔", &["tsui", "choi", "chui"]),
    ("韦韋", &["wai", "wei"]),
    ("甘", &["kam"]),
    ("莫", &["mok", "mo"]),
    ("霍", &["fok"]),
    ("龙龍", &["lung", "loong"]),
    ("翁", &["yung", "ong"]),
    ("车車", &["che", "chia"]),
    ("骆駱", &["lok"]),
    ("聂聶", &["nip"]),
    ("文", &["man", "boon"]),
    ("祁", &["kei"]),
    ("殷", &["yan"]),
    ("阮", &["yuen", "nguyen"]),
    ("岑", &["sum", "shum"]),
    ("凌", &["ling"]),
    ("钱錢", &["chin", "chee"]),
    ("程", &["ching", "tay"]),
    ("陆陸", &["luk", "look"]),
];

/// A compound surname: its forms, the spellings of its first and of its
/// second character, and of the whole as one word.
type Compound = (
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);

/// Two-character surnames with the Hong Kong and Macau spellings of each
/// character, and of the whole when written as one word: 歐陽 is Au Yeung
/// in Hong Kong and Ao Ieong in Macau, 司徒 Szeto or Si Tou. Pinyin reads
/// neither (Ouyang, Situ).
const COMPOUND_SURNAMES: &[Compound] = &[
    (
        &["欧阳", "歐陽"],
        &["au", "ao", "ou", "ow"],
        &["yeung", "ieong", "yeong", "young", "yong"],
        &["auyeung", "aoieong", "owyang", "owyeung"],
    ),
    (
        &["司徒"],
        &["sze", "si", "see"],
        &["to", "tou"],
        &["szeto", "seto", "sitou"],
    ),
    (
        &["上官"],
        &["sheung", "seong"],
        &["kwun", "kun", "koon"],
        &[],
    ),
    (&["司马", "司馬"], &["sze", "si"], &["ma"], &["szema"]),
    (&["诸葛", "諸葛"], &["chu", "chue"], &["kot", "got"], &[]),
    (&["公孙", "公孫"], &["kung", "kong"], &["suen", "sun"], &[]),
    (&["东方", "東方"], &["tung", "tong"], &["fong"], &[]),
];

/// Whether `word` (lower case) spells one character of the compound
/// surname a name opens with (`han`, its first two characters), or the
/// whole surname as one word.
pub fn spells_compound_surname(han: &str, word: &str) -> bool {
    COMPOUND_SURNAMES
        .iter()
        .filter(|(forms, ..)| forms.contains(&han))
        .any(|(_, first, second, whole)| {
            first.contains(&word) || second.contains(&word) || whole.contains(&word)
        })
}

/// Whether `word` (lower case) is a dialect or older spelling of the
/// surname written `han`.
pub fn spells_surname(han: char, word: &str) -> bool {
    SURNAME_SPELLINGS
        .iter()
        .any(|(forms, spellings)| forms.contains(han) && spellings.contains(&word))
}

/// Whether `word` is a spelling in the table of any surname, or the pinyin
/// of one: a surname we can read, so one it does not spell is another.
/// A pinyin syllable that is no common surname (`lie`, `bie`) is more
/// likely a given name's syllable in a spelling we lack.
pub fn is_known_spelling(word: &str) -> bool {
    SURNAME_SPELLINGS.iter().any(|(forms, spellings)| {
        spellings.contains(&word)
            || forms
                .chars()
                .any(|c| crate::terms::pinyin::readings(c).iter().any(|r| r == word))
    })
}

/// Whether `word` writes the pinyin syllable `py` in Wade–Giles, as the
/// system spells it or as Taiwan passports often do for its apical
/// vowels: 思 is Ssu in the system and Szu on a passport, 子 Tzu or Tsu.
pub fn spells_in_wade_giles(py: &str, word: &str) -> bool {
    const PASSPORT: &[(&str, &[&str])] = &[
        ("si", &["szu", "sze"]),
        ("zi", &["tsu", "tzu"]),
        ("ci", &["tsu", "tzu"]),
    ];
    wade_giles(py) == word
        || PASSPORT
            .iter()
            .any(|(p, spellings)| *p == py && spellings.contains(&word))
}

/// Whether `word` is some pinyin syllable written in Wade–Giles
/// (`hsiang`, `chih`): a syllable of a Taiwan name, even if not of the
/// character at hand.
pub fn is_wade_giles(word: &str) -> bool {
    crate::terms::pinyin::syllables()
        .iter()
        .any(|py| spells_in_wade_giles(py, word))
}

/// A toneless pinyin syllable in Wade–Giles as passports write it: no
/// apostrophes or umlauts (`qian` → `chien`, `xie` → `hsieh`, `zhou` →
/// `chou`, `cai` → `tsai`, `bo` → `po`, `rong` → `jung`).
pub fn wade_giles(syllable: &str) -> String {
    const WHOLE: &[(&str, &str)] = &[
        ("zhi", "chih"),
        ("chi", "chih"),
        ("shi", "shih"),
        ("ri", "jih"),
        ("zi", "tzu"),
        ("ci", "tzu"),
        ("si", "ssu"),
        ("er", "erh"),
        ("you", "yu"),
        ("yan", "yen"),
        ("ye", "yeh"),
        ("yong", "yung"),
        ("yue", "yueh"),
        ("yi", "i"),
        ("e", "o"),
    ];
    if let Some((_, wg)) = WHOLE.iter().find(|(py, _)| *py == syllable) {
        return (*wg).to_string();
    }
    const INITIALS: &[(&str, &str)] = &[
        ("zh", "ch"),
        ("ch", "ch"),
        ("sh", "sh"),
        ("b", "p"),
        ("d", "t"),
        ("g", "k"),
        ("z", "ts"),
        ("c", "ts"),
        ("j", "ch"),
        ("q", "ch"),
        ("x", "hs"),
        ("r", "j"),
    ];
    let head = ["zh", "ch", "sh"]
        .into_iter()
        .find(|h| syllable.starts_with(h))
        .map_or_else(
            || {
                let first = syllable.chars().next().filter(|c| !"aeiou".contains(*c));
                first.map_or(0, char::len_utf8)
            },
            str::len,
        );
    let (py_initial, rest) = syllable.split_at(head);
    let initial = INITIALS
        .iter()
        .find(|(py, _)| *py == py_initial)
        .map_or(py_initial, |(_, wg)| *wg);
    let mut fin = rest.to_string();
    let palatal = matches!(syllable.as_bytes().first(), Some(b'j' | b'q' | b'x'));
    let velar = matches!(syllable.as_bytes().first(), Some(b'g' | b'k' | b'h'));
    for (py, wg) in [
        ("iong", "iung"),
        ("ong", "ung"),
        ("ian", "ien"),
        ("ie", "ieh"),
    ] {
        if let Some(head) = fin.strip_suffix(py) {
            fin = format!("{head}{wg}");
            break;
        }
    }
    if palatal && fin.starts_with('u') {
        // jue, xu, quan: the u is ü.
        fin = fin.replacen("ue", "ueh", 1);
    } else if fin == "e" && velar {
        fin = "o".into();
    } else if fin == "uo" && !velar && !syllable.starts_with("sh") {
        // duo, luo, zuo: to, lo, tso (guo, huo, shuo keep the u).
        fin = "o".into();
    }
    format!("{initial}{fin}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wade_giles_as_taiwan_passports_write_it() {
        for (py, wg) in [
            ("jian", "chien"),
            ("qian", "chien"),
            ("xie", "hsieh"),
            ("zhang", "chang"),
            ("cai", "tsai"),
            ("zeng", "tseng"),
            ("guo", "kuo"),
            ("zhou", "chou"),
            ("xu", "hsu"),
            ("jiang", "chiang"),
            ("bo", "po"),
            ("rong", "jung"),
            ("xiong", "hsiung"),
            ("xue", "hsueh"),
            ("ke", "ko"),
            ("he", "ho"),
            ("de", "te"),
            ("luo", "lo"),
            ("shi", "shih"),
            ("zi", "tzu"),
            ("lin", "lin"),
            ("huang", "huang"),
            ("ye", "yeh"),
            ("yu", "yu"),
        ] {
            assert_eq!(wade_giles(py), wg, "{py}");
        }
    }

    #[test]
    fn dialect_spellings_belong_to_their_surname() {
        assert!(spells_surname('黄', "ooi"));
        assert!(spells_surname('黃', "wong"));
        assert!(spells_surname('張', "teo"));
        assert!(!spells_surname('严', "yip"));
        assert!(!spells_surname('林', "tan"));
        assert!(is_known_spelling("yip"));
        assert!(!is_known_spelling("smith"));
    }

    #[test]
    fn passports_write_apical_vowels_their_own_way() {
        assert!(spells_in_wade_giles("si", "ssu"));
        assert!(spells_in_wade_giles("si", "szu"));
        assert!(spells_in_wade_giles("zi", "tzu"));
        assert!(!spells_in_wade_giles("shi", "szu"));
    }

    #[test]
    fn compound_surnames_in_hong_kong_and_macau() {
        for w in ["ao", "ieong", "au", "yeung", "auyeung"] {
            assert!(spells_compound_surname("歐陽", w), "{w}");
        }
        assert!(spells_compound_surname("司徒", "szeto"));
        assert!(!spells_compound_surname("歐陽", "wong"));
        assert!(!spells_compound_surname("陳大", "au"));
    }
}
