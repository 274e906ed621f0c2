//! Numbers written in digits: full-width folding, thousands separators,
//! and the digits that are not quantities at all (dates, identifiers,
//! phone numbers, links).

use super::Token;

/// Folds full-width digits and signs, one character for one, so offsets
/// stay those of the original text.
pub(super) fn fold(c: char) -> char {
    match c {
        '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
        '％' => '%',
        '．' => '.',
        '，' => ',',
        '＋' => '+',
        '＄' => '$',
        c => c,
    }
}

/// Characters of tokens that carry no quantities (URLs, e-mail addresses)
/// are replaced by spaces.
pub(super) fn blank_links(chars: &mut [char]) {
    let mut start = 0;
    while start < chars.len() {
        let end = chars[start..]
            .iter()
            .position(|c| c.is_whitespace())
            .map_or(chars.len(), |p| start + p);
        // Read in place: one allocation per word of every text added up.
        let token = &chars[start..end];
        let www = token.len() >= 4
            && token[..4]
                .iter()
                .map(char::to_ascii_lowercase)
                .eq("www.".chars());
        if token.windows(3).any(|w| w == [':', '/', '/']) || token.contains(&'@') || www {
            chars[start..end].iter_mut().for_each(|c| *c = ' ');
        }
        start = end + 1;
    }
}

/// What the digits at a position are.
pub(super) enum Digits {
    /// Not a quantity (a date, an identifier glued to letters, a phone
    /// number); scanning resumes at the index.
    Skip(usize),
    /// A number, possibly a label (`CET-6`, `GPT-4`: digits after a word
    /// and a hyphen name a thing).
    Number(Token),
}

pub(super) fn read(chars: &[char], start: usize) -> Digits {
    // Digits glued to a letter before them are an identifier (p99, ES6).
    let glued_before = start > 0 && chars[start - 1].is_ascii_alphabetic();
    let (value, int_digits, end, grouped) = read_number(chars, start);
    if glued_before {
        return Digits::Skip(skip_token(chars, end));
    }
    let decimals = if chars[start..end].contains(&'.') {
        end - start - int_digits - 1
    } else {
        0
    };
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
    let preceded_by_sep = start > 1
        && matches!(chars[start - 1], '-' | '/' | '.')
        && chars[start - 2].is_ascii_digit();
    if date_suffix || date_sep || preceded_by_sep || (is_year && decimals > 0 && decimals <= 2) {
        return Digits::Skip(skip_token(chars, end));
    }
    // Long runs of digits are phone or account numbers.
    if int_digits > 9 && !grouped {
        return Digits::Skip(end);
    }
    let after_word_hyphen =
        start > 1 && chars[start - 1] == '-' && chars[start - 2].is_ascii_alphabetic();
    Digits::Number(Token {
        start,
        end,
        value,
        grouped,
        spelled: false,
        label: after_word_hyphen,
        year_like: is_year && decimals == 0,
    })
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
pub(super) fn skip_token(chars: &[char], mut i: usize) -> usize {
    while i < chars.len()
        && (chars[i].is_ascii_alphanumeric() || matches!(chars[i], '.' | '-' | '/'))
    {
        i += 1;
    }
    i
}
