//! Numbers written in words: `eleven`, `twenty-three`, `a dozen`, and
//! Chinese numerals (`十一`, `二十三`, `一百五十`, `两`, `三万`).
//!
//! Number words also live inside ordinary words (`统一`, `百度`, `零售`,
//! `someone`), so a word number is read only where it stands as one: an
//! English word on its own, a Chinese numeral that a counting word follows
//! (checked by the caller, which knows the counting words).

use super::Token;

const ONES: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

const TENS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The ASCII word starting at `i`, lower-case, and its end. This runs at
/// every English word of every text, and no number word is longer than
/// nine letters: a longer word is returned empty, and nothing is allocated.
fn word_at(chars: &[char], i: usize) -> (Short, usize) {
    let end = chars[i..]
        .iter()
        .position(|c| !c.is_ascii_alphabetic())
        .map_or(chars.len(), |p| i + p);
    let mut word = Short::default();
    if end - i <= word.bytes.len() {
        for (slot, c) in word.bytes.iter_mut().zip(&chars[i..end]) {
            *slot = c.to_ascii_lowercase() as u8;
        }
        word.len = end - i;
    }
    (word, end)
}

/// A short lower-case ASCII word on the stack.
#[derive(Default)]
struct Short {
    bytes: [u8; 10],
    len: usize,
}

impl Short {
    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or_default()
    }
}

fn small(word: &str) -> Option<f64> {
    if let Some(n) = ONES.iter().position(|w| *w == word) {
        return Some(n as f64);
    }
    TENS.iter()
        .position(|w| *w == word)
        .map(|n| 20.0 + 10.0 * n as f64)
}

/// An English number word at a word start: `eleven`, `twenty-three`,
/// `twenty three`, `a dozen`, `dozen`. `zero` and `one` are left out: they
/// are pronouns and idioms far more often than counts (`one of`, `zero
/// downtime`), except where a caller reads `one` before a unit.
pub(super) fn english(chars: &[char], start: usize) -> Option<Token> {
    if start > 0 && chars[start - 1].is_alphanumeric() {
        return None;
    }
    let (word, mut end) = word_at(chars, start);
    let mut value = match word.as_str() {
        "dozen" => 12.0,
        "a" if chars.get(end) == Some(&' ') && word_at(chars, end + 1).0.as_str() == "dozen" => {
            end = word_at(chars, end + 1).1;
            12.0
        }
        w => small(w)?,
    };
    if value >= 20.0
        && matches!(chars.get(end), Some('-' | ' '))
        && chars.get(end + 1).is_some_and(char::is_ascii_alphabetic)
    {
        let (unit, unit_end) = word_at(chars, end + 1);
        if let Some(n) = small(unit.as_str()).filter(|n| (1.0..10.0).contains(n)) {
            value += n;
            end = unit_end;
        }
    }
    Some(Token::spelled(start, end, value))
}

fn han_digit(c: char) -> Option<f64> {
    Some(match c {
        '零' | '〇' => 0.0,
        '一' | '壹' => 1.0,
        '二' | '两' | '兩' | '贰' | '貳' => 2.0,
        '三' | '叁' | '參' => 3.0,
        '四' | '肆' => 4.0,
        '五' | '伍' => 5.0,
        '六' | '陆' | '陸' => 6.0,
        '七' | '柒' => 7.0,
        '八' | '捌' => 8.0,
        '九' | '玖' => 9.0,
        _ => return None,
    })
}

fn han_unit(c: char) -> Option<f64> {
    Some(match c {
        '十' | '拾' => 10.0,
        '百' | '佰' => 100.0,
        '千' | '仟' => 1000.0,
        '万' | '萬' => 1e4,
        '亿' | '億' => 1e8,
        _ => return None,
    })
}

pub(super) fn is_han_numeral(c: char) -> bool {
    han_digit(c).is_some() || han_unit(c).is_some()
}

/// A Chinese numeral from `start` to the end of its run. `None` when the
/// run is not one number: it starts with a multiplier (`万一`, `千万`,
/// `百度`), is written digit by digit (`二〇二三`, a year), or is a
/// character of a longer word (`第一`, `统一` are the caller's concern).
pub(super) fn han(chars: &[char], start: usize) -> Option<Token> {
    let end = chars[start..]
        .iter()
        .position(|&c| !is_han_numeral(c))
        .map_or(chars.len(), |p| start + p);
    let run = &chars[start..end];
    if han_digit(run[0]).is_none() && !matches!(run[0], '十' | '拾') {
        return None;
    }
    if run.len() >= 3 && run.iter().all(|&c| han_digit(c).is_some()) {
        return None;
    }
    // Below 万 the parts add up (`一百五十`); 万 scales what stands since the
    // last 亿 (`一亿五千万`), 亿 everything before it.
    let (mut yi, mut wan, mut section, mut digit) = (0.0, 0.0, 0.0, None::<f64>);
    for &c in run {
        if let Some(d) = han_digit(c) {
            if digit.is_some_and(|p| p != 0.0) {
                return None; // 一二: two digits in a row is no numeral
            }
            digit = Some(d);
        } else if let Some(u) = han_unit(c) {
            if u < 1e4 {
                section += digit.take().unwrap_or(1.0) * u;
                continue;
            }
            let part = section + digit.take().unwrap_or(0.0);
            section = 0.0;
            if u == 1e8 {
                yi = (yi + wan + part) * u;
                wan = 0.0;
            } else if part == 0.0 {
                return None;
            } else {
                wan = part * u;
            }
        }
    }
    let value = yi + wan + section + digit.unwrap_or(0.0);
    (value > 0.0).then_some(Token::spelled(start, end, value))
}
