//! Quantities in free text, normalised so that translations compare equal:
//! `10万` = `100,000` = `100k`, `1.5亿` = `150M`, `3倍` = `3x`, `91％` = `91%`.
//!
//! What is *not* a quantity matters as much: years and dates (every line of
//! a résumé has them, and the date rules compare them), identifiers where
//! digits touch letters (`p99`, `ES6`, `Python3`), ordinals, phone numbers,
//! and anything inside a URL or an e-mail address.

/// The kind of a quantity: two quantities only compare when kinds match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    Plain,
    Percent,
    Times,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// Normalised value: 10万 -> 100000, 100k -> 100000, 91% -> 91.
    pub value: f64,
    pub unit: Unit,
    /// Offset and length in characters, so a caller can point at it.
    pub start: usize,
    pub len: usize,
    /// As written: `10万`, `100,000`, `91%`.
    pub written: String,
}

/// Folds full-width digits and signs, one character for one, so offsets
/// stay those of the original text.
fn fold(c: char) -> char {
    match c {
        '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
        '％' => '%',
        '．' => '.',
        '，' => ',',
        '＋' => '+',
        c => c,
    }
}

/// Characters of tokens that carry no quantities (URLs, e-mail addresses)
/// are replaced by spaces.
fn blank_links(chars: &mut [char]) {
    let mut start = 0;
    while start < chars.len() {
        let end = chars[start..]
            .iter()
            .position(|c| c.is_whitespace())
            .map_or(chars.len(), |p| start + p);
        let token: String = chars[start..end].iter().collect();
        let lower = token.to_ascii_lowercase();
        if token.contains("://") || token.contains('@') || lower.starts_with("www.") {
            chars[start..end].iter_mut().for_each(|c| *c = ' ');
        }
        start = end + 1;
    }
}

/// Multipliers written right after a number in Chinese, longest first.
const HAN_MULTIPLIERS: &[(&str, f64)] = &[
    ("万亿", 1e12),
    ("千万", 1e7),
    ("百万", 1e6),
    ("十万", 1e5),
    ("亿", 1e8),
    ("万", 1e4),
    ("千", 1e3),
    ("百", 1e2),
];

/// Words after a number (and one space), lower-case.
const WORD_MULTIPLIERS: &[(&str, f64, Unit)] = &[
    ("thousand", 1e3, Unit::Plain),
    ("million", 1e6, Unit::Plain),
    ("billion", 1e9, Unit::Plain),
    ("percent", 1.0, Unit::Percent),
    ("per cent", 1.0, Unit::Percent),
    ("percentage points", 1.0, Unit::Percent),
    ("pp", 1.0, Unit::Percent),
    ("times", 1.0, Unit::Times),
];

pub fn extract(text: &str) -> Vec<Quantity> {
    let original: Vec<char> = text.chars().collect();
    let mut chars: Vec<char> = original.iter().map(|&c| fold(c)).collect();
    blank_links(&mut chars);
    let n = chars.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        // Digits glued to a letter before them are an identifier (p99, ES6).
        let glued_before = start > 0 && chars[start - 1].is_ascii_alphabetic();
        let (value, int_digits, mut end, grouped) = read_number(&chars, start);
        let decimals = if chars[start..end].contains(&'.') {
            end - start - int_digits - 1
        } else {
            0
        };
        if glued_before {
            i = skip_token(&chars, end);
            continue;
        }
        // Dates: 2023.09, 2023-09, 09/2023, 2023年, 9月, 3日.
        let next = chars.get(end).copied();
        let after_next = chars.get(end + 1).copied();
        let is_year = int_digits == 4 && !grouped && (1900.0..=2100.0).contains(&value.trunc());
        // 2023年 is a year but 7年 is seven years; 9月 is September.
        let date_suffix = match next {
            Some('年') => is_year,
            Some('月') => decimals == 0 && (1.0..=12.0).contains(&value),
            Some('日' | '号' | '號') => decimals == 0 && (1.0..=31.0).contains(&value),
            _ => false,
        };
        let date_sep =
            matches!(next, Some('-' | '/' | '.')) && after_next.is_some_and(|c| c.is_ascii_digit());
        let preceded_by_sep = start > 0
            && matches!(chars[start - 1], '-' | '/' | '.')
            && start > 1
            && chars[start - 2].is_ascii_digit();
        if date_suffix || date_sep || preceded_by_sep || (is_year && decimals > 0 && decimals <= 2)
        {
            i = skip_token(&chars, end);
            continue;
        }
        // Long runs of digits are phone or account numbers.
        if int_digits > 9 && !grouped {
            i = end;
            continue;
        }
        let mut value = value;
        let mut unit = Unit::Plain;
        match chars.get(end).copied() {
            Some('%') => {
                unit = Unit::Percent;
                end += 1;
            }
            Some('倍' | '×') => {
                unit = Unit::Times;
                end += 1;
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let word_end = skip_token(&chars, end);
                let word: String = chars[end..word_end].iter().collect();
                match word.as_str() {
                    "k" | "K" => value *= 1e3,
                    "m" | "M" | "mn" => value *= 1e6,
                    "b" | "B" | "bn" => value *= 1e9,
                    "w" | "W" => value *= 1e4,
                    "x" | "X" => unit = Unit::Times,
                    "st" | "nd" | "rd" | "th" => {
                        i = word_end;
                        continue;
                    }
                    // A unit glued on (40ms, 4G, 16GB): the number stands.
                    _ => {
                        out.push(quantity(&original, start, end, value, unit));
                        i = word_end;
                        continue;
                    }
                }
                end = word_end;
            }
            Some(_) => {
                if let Some((len, factor)) = HAN_MULTIPLIERS.iter().find_map(|(w, f)| {
                    let wc: Vec<char> = w.chars().collect();
                    chars[end..].starts_with(&wc).then_some((wc.len(), *f))
                }) {
                    value *= factor;
                    end += len;
                    if chars.get(end) == Some(&'倍') {
                        unit = Unit::Times;
                        end += 1;
                    }
                } else if chars.get(end) == Some(&' ') {
                    let rest: String = chars[end + 1..]
                        .iter()
                        .take(24)
                        .collect::<String>()
                        .to_lowercase();
                    if let Some((w, f, u)) = WORD_MULTIPLIERS.iter().find(|(w, _, _)| {
                        rest.starts_with(w)
                            && !rest[w.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
                    }) {
                        value *= f;
                        unit = *u;
                        end += 1 + w.chars().count();
                    } else if rest.starts_with('%') {
                        unit = Unit::Percent;
                        end += 2;
                    }
                }
            }
            None => {}
        }
        if unit == Unit::Plain && is_year && value == value.trunc() && end == start + int_digits {
            i = end;
            continue;
        }
        if chars.get(end) == Some(&'+') {
            end += 1;
        }
        out.push(quantity(&original, start, end, value, unit));
        i = end;
    }
    out
}

fn quantity(original: &[char], start: usize, end: usize, value: f64, unit: Unit) -> Quantity {
    Quantity {
        value,
        unit,
        start,
        len: end - start,
        written: original[start..end]
            .iter()
            .collect::<String>()
            .trim_end()
            .to_string(),
    }
}

/// Reads digits with thousands separators and a decimal part. Returns the
/// value, the count of integer digits, the end, and whether separators were
/// used.
fn read_number(chars: &[char], start: usize) -> (f64, usize, usize, bool) {
    let mut i = start;
    let mut text = String::new();
    let mut int_digits = 0;
    let mut grouped = false;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            text.push(c);
            int_digits += 1;
            i += 1;
        } else if c == ','
            && int_digits > 0
            && chars
                .get(i + 1..i + 4)
                .is_some_and(|g| g.iter().all(char::is_ascii_digit))
            && !chars.get(i + 4).is_some_and(char::is_ascii_digit)
        {
            grouped = true;
            i += 1;
        } else {
            break;
        }
    }
    if chars.get(i) == Some(&'.') && chars.get(i + 1).is_some_and(char::is_ascii_digit) {
        text.push('.');
        i += 1;
        while i < chars.len() && chars[i].is_ascii_digit() {
            text.push(chars[i]);
            i += 1;
        }
    }
    (text.parse().unwrap_or(0.0), int_digits, i, grouped)
}

/// The end of the run of ASCII letters and digits from `i`.
fn skip_token(chars: &[char], mut i: usize) -> usize {
    while i < chars.len()
        && (chars[i].is_ascii_alphanumeric() || matches!(chars[i], '.' | '-' | '/'))
    {
        i += 1;
    }
    i
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

    fn q(text: &str) -> Vec<(Unit, f64)> {
        let mut v: Vec<(Unit, f64)> = extract(text)
            .into_iter()
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
        ] {
            let (a, b) = (q(en), q(zh));
            assert_eq!(a.len(), b.len(), "{en} / {zh}: {a:?} {b:?}");
            for (x, y) in a.iter().zip(&b) {
                assert!(
                    x.0 == y.0 && same_value(x.1, y.1),
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
            "the 1st place",
            "call 13800000123",
            "see https://example.org/p/42",
            "mail a42@example.org",
        ] {
            assert!(q(text).is_empty(), "{text}: {:?}", q(text));
        }
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
        let text = "将延迟降低81%，服务10万用户";
        for quantity in extract(text) {
            let shown: String = text
                .chars()
                .skip(quantity.start)
                .take(quantity.len)
                .collect();
            assert_eq!(shown, quantity.written);
        }
    }

    #[test]
    fn never_panics_on_noise() {
        let pieces = [
            "1", "9", ",", ".", "%", "万", "亿", "k", "x", " ", "2023", "-", "/", "年", "a", "０",
            "倍", "@", "://",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..500 {
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
