//! Quantities in free text, normalised so that translations compare equal:
//! `10万` = `100,000` = `100k`, `1.5亿` = `150M`, `12 萬` = `120,000`,
//! `3倍` = `3x`, `91％` = `91%`, `eleven years` = `十一年` = `11年`.
//!
//! Each quantity carries the kind of thing it counts ([`Unit`]), so that a
//! figure is compared with the figure that answers to it (a head count with
//! a head count, a sum of money with a sum of money), and how it was read
//! ([`Reading`]): stated in digits, spelled in words, or a label.
//!
//! What is *not* a quantity matters as much: years and dates (every line of
//! a résumé has them, and the date rules compare them), identifiers where
//! digits touch letters (`p99`, `ES6`, `Python3`), phone numbers, anything
//! inside a URL or an e-mail address, and numbers that name a thing
//! (`Windows 11`, `ISO 9001`, `CET-6`, `六级`, `5G`, `0→1`).

mod context;
mod digits;
mod measures;
pub mod pairing;
mod spelled;

/// What a quantity counts: two quantities compare only when their units
/// are compatible ([`Unit::compatible`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    /// A figure whose unit the text does not say in a way cvpair knows.
    Plain,
    Percent,
    Times,
    /// A sum of money (`RMB 800 million`, `8 亿元`, `$2M`); the currency is
    /// not compared.
    Money,
    /// A number of people (`12 人`, `team of 12`, `5 engineers`).
    People,
    /// A length of time, in months (`3 years`, `十一年`, `18 个月`).
    Duration,
    /// A number of things counted with a Chinese counting word (`4 个`).
    Count,
    /// A place in a ranking (`Top 10`, `前十`, `第 3 名`, `1st place`).
    Rank,
    /// A test score (`IELTS 7.5`, `六级 620分`).
    Score,
    /// Measures, each in one unit whatever was written (see
    /// [`measures`]): square metres, metres, kilograms, kilowatts
    /// (and kVA), hours.
    Area,
    Length,
    Mass,
    Power,
    /// Energy in kilowatt-hours (`200 MWh`, `20万千瓦时`, `3.2亿度`).
    Energy,
    Hours,
}

impl Unit {
    /// Area, length, mass, hours: converted to one unit when read.
    pub fn is_measure(self) -> bool {
        matches!(
            self,
            Unit::Area | Unit::Length | Unit::Mass | Unit::Power | Unit::Energy | Unit::Hours
        )
    }

    /// Whether a quantity of one unit can be the translation of one of the
    /// other: the same unit, or a figure of unknown unit against an amount
    /// of anything but percentages, multiples and ranks (which a
    /// translation never leaves unmarked).
    pub fn compatible(self, other: Unit) -> bool {
        let marked = |u: Unit| matches!(u, Unit::Percent | Unit::Times | Unit::Rank);
        self == other
            || ((self == Unit::Plain || other == Unit::Plain) && !marked(self) && !marked(other))
    }
}

/// How a quantity was read, which decides how far it is trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// Written in digits.
    Stated,
    /// Written in words (`eleven`, `两个`): compared, but never reported
    /// as stated in one language only, since a translation writes `a` or
    /// `一` where the other has nothing to count.
    Spelled,
    /// A number that names a thing (`Windows 11`): never compared nor
    /// reported, but it accounts for the same figure in the other language.
    Label,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// Normalised value: 10万 -> 100000, 100k -> 100000, 91% -> 91, 3 years
    /// -> 36 (months).
    pub value: f64,
    pub unit: Unit,
    pub reading: Reading,
    /// Offset and length in characters, so a caller can point at it.
    pub start: usize,
    pub len: usize,
    /// As written: `10万`, `100,000`, `91%`.
    pub written: String,
    /// A measure's value in the unit it was written in (`1.8 million sq
    /// ft`: 1,800,000), for a figure of the other text whose unit cvpair
    /// does not know (`180 萬` before an unknown unit word).
    pub as_written: f64,
}

/// A number as found, before the words around it are read.
#[derive(Clone, Debug)]
struct Token {
    start: usize,
    end: usize,
    value: f64,
    /// Written with thousands separators (`120,000`): an amount, never a
    /// name or a year.
    grouped: bool,
    /// Written in words, English or Chinese.
    spelled: bool,
    /// Already known to name a thing (`CET-6`).
    label: bool,
    /// Four digits that could be a year (`2024`): a year unless a unit says
    /// it counts something (`2000 家`, `2000 万`).
    year_like: bool,
}

impl Token {
    fn spelled(start: usize, end: usize, value: f64) -> Token {
        Token {
            start,
            end,
            value,
            grouped: false,
            spelled: true,
            label: false,
            year_like: false,
        }
    }
}

pub fn extract(text: &str) -> Vec<Quantity> {
    let original: Vec<char> = text.chars().collect();
    let mut chars: Vec<char> = original.iter().map(|&c| digits::fold(c)).collect();
    digits::blank_links(&mut chars);
    let n = chars.len();
    let mut out = Vec::new();
    let (mut i, mut window_start) = (0, 0);
    while i < n {
        let c = chars[i];
        let token = if c.is_ascii_digit() {
            match digits::read(&chars, i) {
                digits::Digits::Skip(next) => {
                    i = next.max(i + 1);
                    continue;
                }
                digits::Digits::Number(t) => Some(t),
            }
        } else if spelled::is_han_numeral(c) {
            let t = spelled::han(&chars, i);
            if t.is_none() {
                // Skip the whole run: `千万` is not `万` after `千`.
                while i < n && spelled::is_han_numeral(chars[i]) {
                    i += 1;
                }
                continue;
            }
            t
        } else if c.is_ascii_alphabetic() {
            let t = spelled::english(&chars, i);
            if t.is_none() {
                // Skip the whole word: each of its letters starts no word.
                while i < n && chars[i].is_ascii_alphabetic() {
                    i += 1;
                }
                continue;
            }
            t
        } else {
            None
        };
        let Some(t) = token else {
            i += 1;
            continue;
        };
        match context::read(&chars, &t, window_start) {
            Some(r) => {
                i = r.end.max(t.end);
                // A label stays in the words before the next number:
                // `CET-6 602` is a score of the CET.
                if r.reading != Reading::Label {
                    window_start = i;
                }
                out.push(quantity(&original, r));
            }
            None => i = t.end.max(i + 1),
        }
    }
    out
}

fn quantity(original: &[char], r: context::Read) -> Quantity {
    let start = r.start;
    let written: String = original[start..r.end].iter().collect();
    let written = written.trim_end().to_string();
    Quantity {
        value: r.value,
        unit: r.unit,
        reading: r.reading,
        start,
        len: written.chars().count(),
        written,
        as_written: r.as_written,
    }
}

/// Whether `chars` start with `word`, ASCII letters in any case (`Hectares`,
/// ` and a half`): units and phrases are matched where they are written.
fn spells(chars: &[char], word: &str) -> bool {
    let mut n = 0;
    for c in word.chars() {
        match chars.get(n) {
            Some(x) if x.eq_ignore_ascii_case(&c) => n += 1,
            _ => return false,
        }
    }
    true
}

/// Whether two values are the same quantity. Below a thousand they must be
/// equal (3.56 and 3.57 are two GPAs, 91 and 92 two percentages); from a
/// thousand up, 2% apart is the rounding a translation does when it moves
/// between 万 and thousands (1,234,000 against 123万).
pub fn same_value(a: f64, b: f64) -> bool {
    let larger = a.abs().max(b.abs());
    let tolerance = if larger >= 1000.0 {
        0.02 * larger
    } else {
        1e-9
    };
    (a - b).abs() <= tolerance
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The amounts of a text (labels left out), sorted.
    fn q(text: &str) -> Vec<(Unit, f64)> {
        let mut v: Vec<(Unit, f64)> = extract(text)
            .into_iter()
            .filter(|q| q.reading != Reading::Label)
            .map(|q| (q.unit, q.value))
            .collect();
        v.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
        v
    }

    #[test]
    fn forms_of_one_quantity_agree() {
        assert_eq!(q("100,000 users"), vec![(Unit::Plain, 100_000.0)]);
        assert_eq!(q("100k users"), vec![(Unit::Plain, 100_000.0)]);
        assert_eq!(q("10万用户"), vec![(Unit::Plain, 100_000.0)]);
        assert_eq!(q("10w用户"), vec![(Unit::Plain, 100_000.0)]);
        assert_eq!(q("1 million"), vec![(Unit::Plain, 1_000_000.0)]);
        assert_eq!(q("1.5亿"), vec![(Unit::Plain, 150_000_000.0)]);
        assert_eq!(q("91%"), vec![(Unit::Percent, 91.0)]);
        assert_eq!(q("９１％"), vec![(Unit::Percent, 91.0)]);
        assert_eq!(q("91 percent"), vec![(Unit::Percent, 91.0)]);
        assert_eq!(q("3x faster"), vec![(Unit::Times, 3.0)]);
        assert_eq!(q("提升3倍"), vec![(Unit::Times, 3.0)]);
        assert_eq!(
            q("~30%-40%"),
            vec![(Unit::Percent, 30.0), (Unit::Percent, 40.0)]
        );
    }

    #[test]
    fn translations_give_the_same_quantities() {
        for (en, zh) in [
            ("Grew GMV by 35% to ¥1.2M", "GMV增长35%，达到120万元"),
            ("Served 100k+ daily users", "服务日活10万+用户"),
            ("Reduced p99 latency by 40ms", "p99延迟降低40ms"),
            ("Led a team of 5", "带领5人团队"),
            ("7 years in consumer apps", "7年消费类应用经验"),
            ("3x throughput", "吞吐量提升3倍"),
            ("RMB 5 billion", "约 50 亿元人民币"),
            ("over 120,000 units", "逾 12 萬台"),
            ("CNY 200,000", "20 万元"),
            ("100 million users", "逾 1 億用户"),
            ("1.5 million", "150 万"),
            ("USD 150 million", "1.5 亿美元"),
            ("RMB 800 million", "8 亿元"),
            ("SGD 2.4 million", "240 万新元"),
            ("more than 300 components", "300 多個組件"),
            ("nearly 2,000 stores", "近 2000 家门店"),
            ("about 30% faster", "快了约 30%"),
            ("5+ years", "5 年以上"),
            ("eleven years", "十一年"),
            ("eleven years", "11年"),
            ("three projects", "三个项目"),
            ("3 projects", "三個項目"),
            ("2 teams", "两个团队"),
            ("a dozen hires", "12 人"),
            ("23 papers", "二十三篇论文"),
            ("150 stores", "一百五十家门店"),
            ("twenty-three people", "二十三人"),
            ("1.5 years", "18 个月"),
            ("1.5 years", "一年半"),
            ("three and a half years", "三年半"),
            ("2 and a half years", "两年半"),
            ("30% of revenue", "百分之三十的收入"),
            ("Top 10", "前十名"),
            ("ranked 3rd", "第三名"),
            ("1st place", "第 1 名"),
            ("IELTS 7.5", "雅思 7.5"),
            ("a 12-bit ADC", "12 位元 ADC"),
            ("100k orders", "10万单"),
            ("12 hectares", "180 亩"),
            ("a 12-hectare farm", "12 公顷农场"),
            ("120,000 m²", "12 万平方米"),
            ("5,000 tonnes", "5000 吨"),
            ("a 24-hour livestream", "二十四小时直播"),
            ("30 km", "30 公里"),
            ("600 MW", "60 万千瓦"),
            ("1.2 GW", "120 万千瓦"),
            ("1.86 million kVA", "186万kVA"),
        ] {
            let (a, b) = (q(en), q(zh));
            assert_eq!(a.len(), b.len(), "{en} / {zh}: {a:?} {b:?}");
            for (x, y) in a.iter().zip(&b) {
                assert!(
                    x.0.compatible(y.0) && same_value(x.1, y.1),
                    "{en} / {zh}: {a:?} {b:?}"
                );
            }
        }
    }

    #[test]
    fn dates_years_identifiers_and_links_are_not_quantities() {
        for text in [
            "in 2023",
            "2023年",
            "2023.09",
            "2023-09",
            "09/2023",
            "2023年9月",
            "9月",
            "p99",
            "ES6 and Python3",
            "H5 pages",
            "v2.1",
            "the 1st author",
            "call 13800000123",
            "see https://example.org/p/42",
            "mail a42@example.org",
            "Ran the 11.11 and 12.12 mega-sale campaigns",
            "single-day GMV on 11.11",
            "the 6.18 sale",
            "主导双 11、双 12 大促活动",
            "雙十一",
        ] {
            assert!(q(text).is_empty(), "{text}: {:?}", q(text));
        }
    }

    /// The one amount of a text (labels left out).
    fn one(text: &str) -> (Unit, f64, Reading) {
        let mut found = extract(text);
        found.retain(|q| q.reading != Reading::Label);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        (found[0].unit, found[0].value, found[0].reading)
    }

    #[test]
    fn scales_after_a_space_and_in_traditional_characters() {
        assert_eq!(one("约 50 亿元").1, 5e9);
        assert_eq!(one("逾 12 萬台").1, 120_000.0);
        assert_eq!(one("逾 1 億").1, 1e8);
        assert_eq!(one("150 万").1, 1_500_000.0);
        assert_eq!(one("超过 3 千万").1, 3e7);
        assert_eq!(one("RMB 5 bn").1, 5e9);
        assert_eq!(one("about 1.2 million").1, 1_200_000.0);
        assert_eq!(
            one("a 2000 万 round").1,
            2e7,
            "a scale makes a year-like figure an amount"
        );
    }

    #[test]
    fn qualifiers_do_not_change_a_figure() {
        for text in [
            "约 50 亿元",
            "逾 50 亿元",
            "超过 50 亿元",
            "近 50 亿元",
            "50 多亿元",
            "over RMB 5 billion",
            "about RMB 5 billion",
            "nearly RMB 5 billion",
            "more than RMB 5 billion",
            "RMB 5 billion+",
        ] {
            assert_eq!(one(text).1, 5e9, "{text}");
        }
        assert_eq!(one("100+ 人").0, Unit::People);
        assert_eq!(one("十余年"), (Unit::Duration, 120.0, Reading::Spelled));
    }

    #[test]
    fn units_say_what_is_counted() {
        for (text, unit, value) in [
            ("8 亿元", Unit::Money, 8e8),
            ("RMB 800 million", Unit::Money, 8e8),
            ("$2M ARR", Unit::Money, 2e6),
            ("新台幣 3 萬元", Unit::Money, 3e4),
            ("12 人团队", Unit::People, 12.0),
            ("a team of 12", Unit::People, 12.0),
            ("12 software engineers", Unit::People, 12.0),
            ("a 12-person team", Unit::People, 12.0),
            ("5 years", Unit::Duration, 60.0),
            ("5年", Unit::Duration, 60.0),
            ("18 个月", Unit::Duration, 18.0),
            ("4 个项目", Unit::Count, 4.0),
            ("3 倍", Unit::Times, 3.0),
            ("three-fold", Unit::Times, 3.0),
            ("5 个百分点", Unit::Percent, 5.0),
            ("Top 10", Unit::Rank, 10.0),
            ("全国十强", Unit::Rank, 10.0),
            ("top 5%", Unit::Percent, 5.0),
            ("IELTS Academic 7.5", Unit::Score, 7.5),
            ("雅思（学术类）7.0", Unit::Score, 7.0),
            ("大学英语六级 620分", Unit::Score, 620.0),
        ] {
            let (u, v, _) = one(text);
            assert_eq!((u, v), (unit, value), "{text}");
        }
    }

    #[test]
    fn the_numbers_of_a_test_are_scores() {
        let scores = |text: &str| -> Vec<f64> {
            extract(text)
                .into_iter()
                .filter(|q| q.unit == Unit::Score)
                .map(|q| q.value)
                .collect()
        };
        assert_eq!(
            scores("IELTS Academic 7.5 (Listening 8.5, Reading 8.0)"),
            [7.5, 8.5, 8.0]
        );
        assert_eq!(
            scores("雅思（学术类）7.0，听力 8.5、阅读 8.0"),
            [7.0, 8.5, 8.0]
        );
        assert_eq!(scores("CET-6 602"), [602.0]);
        assert_eq!(
            scores("TOEFL 110, 5 years abroad"),
            [110.0],
            "a clause ends the test"
        );
    }

    #[test]
    fn spelled_numbers_equal_digits() {
        for (text, value) in [
            ("eleven years", 132.0),
            ("十一年", 132.0),
            ("two teams", 2.0),
            ("两个团队", 2.0),
            ("兩個團隊", 2.0),
            ("a dozen hires", 12.0),
            ("二十三个", 23.0),
            ("一百五十家", 150.0),
            ("一百零五家", 105.0),
            ("三万人", 30_000.0),
            ("一亿五千万元", 150_000_000.0),
            ("ninety-nine stores", 99.0),
            ("one year", 12.0),
        ] {
            let (_, v, reading) = one(text);
            assert_eq!((v, reading), (value, Reading::Spelled), "{text}");
        }
    }

    #[test]
    fn people_counted_beyond_offices() {
        assert_eq!(
            one("a sixty-voice choir"),
            (Unit::People, 60.0, Reading::Spelled)
        );
        assert_eq!(one("a choir of 35 singers").0, Unit::People);
        assert_eq!(one("六十人混声合唱团").0, Unit::People);
        // A person's noun before another noun counts that noun.
        assert_eq!(one("1.8 million member records").0, Unit::Count);
        assert_eq!(one("1.8 million members").0, Unit::People);
        assert_eq!(one("12 member of staff").0, Unit::People);
        assert_eq!(one("48 student mediators").0, Unit::People);
    }

    #[test]
    fn a_scale_joined_by_a_hyphen_scales() {
        assert_eq!(
            one("a 5.2-million-tonne steelmaking plant"),
            one("5.2 million tonnes a year")
        );
    }

    #[test]
    fn school_years_are_labels_to_the_end_of_a_range() {
        assert!(q("Teaches Forms 1 to 3, 18 periods a week").contains(&(Unit::Plain, 18.0)));
        assert_eq!(q("Teaches Forms 1 to 3, 18 periods a week").len(), 1);
        assert_eq!(q("Grades 7 to 9"), vec![]);
        assert_eq!(
            q("grew from 1 to 3 stores"),
            vec![(Unit::Plain, 1.0), (Unit::Plain, 3.0)]
        );
    }

    #[test]
    fn number_words_inside_words_are_not_numbers() {
        for text in [
            "统一管理",
            "百度",
            "零售",
            "千万不要",
            "万一",
            "十分重要",
            "三月",
            "二〇二三年",
            "one of the first",
            "someone",
            "often",
            "two-factor login",
            "one-stop shop",
            "四川",
            "香港紅十字會",
        ] {
            assert!(q(text).is_empty(), "{text}: {:?}", extract(text));
        }
    }

    #[test]
    fn numbers_that_name_things_are_labels() {
        for text in [
            "built with Unreal Engine 5",
            "migrated to Python 3",
            "from 0→1",
            "从 0 到 1",
            "took the product from 0 to 1",
            "apps for Web 3.0",
            "tested on iPhone 15",
            "rolled out Windows 11",
            "passed the ISO 9001 audit",
            "CET-6",
            "大学英语六级",
            "reached Level 2",
            "5G base stations",
            "Grant No. 52300123",
            "项目编号 52300123",
            "version 3 of the API",
            "served Fortune 500 clients",
            "一等奖",
            "第一作者",
        ] {
            assert!(q(text).is_empty(), "{text}: {:?}", extract(text));
        }
    }

    #[test]
    fn a_capital_that_opens_a_sentence_is_no_name() {
        assert_eq!(one("Led 5 engineers").1, 5.0);
        assert_eq!(q("Shipped 3 releases. Hired 4 interns").len(), 2);
    }

    #[test]
    fn values_compare_with_rounding_tolerance() {
        assert!(same_value(1_200_000.0, 1_200_000.0));
        assert!(same_value(3.56, 3.560));
        assert!(!same_value(91.0, 81.0));
        assert!(!same_value(100_000.0, 1_000_000.0));
        assert!(!same_value(3.56, 3.57));
    }

    #[test]
    fn offsets_point_at_the_quantity() {
        assert_eq!(one_written("approx. RMB 50 billion."), "RMB 50 billion");
        assert_eq!(one_written("raised US$ 5M"), "US$ 5M");
        assert_eq!(one_written("约 50 亿元。"), "50 亿元");
        for text in [
            "将延迟降低81%，服务10万用户",
            "AUM of RMB 5 billion and ¥120万",
        ] {
            for quantity in extract(text) {
                let shown: String = text
                    .chars()
                    .skip(quantity.start)
                    .take(quantity.len)
                    .collect();
                assert_eq!(shown, quantity.written);
            }
        }
    }

    fn one_written(text: &str) -> String {
        let found = extract(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found[0].written.clone()
    }

    #[test]
    fn never_panics_on_noise() {
        let pieces = [
            "1", "9", ",", ".", "%", "万", "亿", "k", "x", " ", "2023", "-", "/", "年", "a", "０",
            "倍", "@", "://", "十", "两", "零", "人", "第", "前", "→", "->", "到", " to ", "Top ",
            "twenty", "-one", "Engine ", "IELTS", "元", "半", "多", "萬", "分", "G", "st",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..3000 {
            let mut s = String::new();
            for _ in 0..12 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            let len = s.chars().count();
            for quantity in extract(&s) {
                assert!(quantity.start + quantity.len <= len, "{s:?}");
            }
        }
    }
}
