//! Partial dates as résumés write them.
//!
//! A résumé date is rarely a calendar date: it is a year, or a year and a
//! month, written in whichever convention the author's language prefers
//! (`2023-09`, `2023.9`, `09/2023`, `2023年9月`, `Sep. 2023`). The parser keeps
//! the precision the author gave, because `2023` against `2023-09` is a less
//! precise statement of the same fact, not a contradiction.
//!
//! Values are parsed from the text exactly as written in the source (the
//! loader never lets YAML turn `2023.10` into the float 2023.1).
//!
//! Years that are not written in full are read only where one reading is
//! possible: an ROC-era year (`民國104年`, or `104年` / `104.09`, since no
//! résumé speaks of the year 104) is that year plus 1911; a two-digit year
//! (`24年6月`, `Jun '24`) is the year ending in those digits that is at most
//! five years after today. A two-digit year with `年` that would fall in the
//! 1900s is refused: `98年` is 1998 in mainland usage but 民國98年 (2009)
//! in Taiwan, and guessing would turn a typo-free résumé into a false
//! contradiction.

use std::cmp::Ordering;
use std::fmt;

/// The years a résumé can plausibly speak of; anything outside is a typo.
const YEARS: std::ops::RangeInclusive<u32> = 1900..=2100;

/// A date with the precision its author gave: a year, a month, or a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// What a date field says: a date, or that the thing is still going on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateValue {
    Date(PartialDate),
    Ongoing,
}

/// Why a date could not be read. Each carries what the reader needs to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// No known form matches.
    Unrecognised,
    /// Ongoing words are only meaningful for an end date.
    OngoingStart,
    YearOutOfRange(u32),
    /// A two-digit year with `年` that could be 19xx or an ROC year.
    AmbiguousYear(u32),
    MonthOutOfRange(u32),
    /// The day does not exist in that month (`2023-02-30`).
    DayOutOfRange {
        day: u32,
        max: u32,
    },
}

/// How two dates of the same fact relate once precision is taken into account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Agreement {
    /// Equal at the precision both give (`2023-09` and `2023.9`, or `2023` and `2023-09`).
    Same,
    /// The year differs.
    Year,
    /// Same year, different month.
    Month,
    /// Same month, different day.
    Day,
}

impl PartialDate {
    /// A day-precise date, as `--today` gives one.
    pub const fn day(year: u16, month: u8, day: u8) -> PartialDate {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    pub fn year(year: u16) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }

    pub fn ym(year: u16, month: u8) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: None,
        }
    }

    /// Compares at the precision both dates give.
    pub fn agreement(&self, other: &PartialDate) -> Agreement {
        if self.year != other.year {
            return Agreement::Year;
        }
        match (self.month, other.month) {
            (Some(a), Some(b)) if a != b => return Agreement::Month,
            (Some(_), Some(_)) => {}
            _ => return Agreement::Same,
        }
        match (self.day, other.day) {
            (Some(a), Some(b)) if a != b => Agreement::Day,
            _ => Agreement::Same,
        }
    }

    /// Orders at the precision both give; `None` when one contains the other
    /// (`2023` and `2023-05`), since neither is then before the other.
    pub fn cmp_common(&self, other: &PartialDate) -> Option<Ordering> {
        let by_year = self.year.cmp(&other.year);
        if by_year != Ordering::Equal {
            return Some(by_year);
        }
        match (self.month, other.month) {
            (Some(a), Some(b)) if a != b => return Some(a.cmp(&b)),
            (Some(_), Some(_)) => {}
            _ => return None,
        }
        match (self.day, other.day) {
            (Some(a), Some(b)) => Some(a.cmp(&b)),
            _ => None,
        }
    }

    /// First and last day the date may denote, as comparable numbers
    /// (yyyymmdd), so intervals of mixed precision can be intersected.
    pub fn bounds(&self) -> (u32, u32) {
        let y = u32::from(self.year) * 10_000;
        match (self.month, self.day) {
            (Some(m), Some(d)) => {
                let v = y + u32::from(m) * 100 + u32::from(d);
                (v, v)
            }
            (Some(m), None) => (y + u32::from(m) * 100 + 1, y + u32::from(m) * 100 + 31),
            _ => (y + 101, y + 1231),
        }
    }
}

impl fmt::Display for PartialDate {
    /// ISO 8601 at the date's own precision: `2023`, `2023-09`, `2023-09-01`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Date(d) => d.fmt(f),
            DateValue::Ongoing => f.write_str("present"),
        }
    }
}

/// Words that mean "still going on" in an end date, compared after folding
/// case and dropping a trailing full stop.
const ONGOING: &[&str] = &[
    "present",
    "now",
    "current",
    "currently",
    "ongoing",
    "today",
    "to date",
    "till now",
    "until now",
    "至今",
    "现在",
    "今",
    "目前",
    "迄今",
    "現在",
];

/// Parses an end date: every date form, plus the ongoing words.
pub fn parse_end(text: &str) -> Result<DateValue, DateError> {
    let norm = normalise(text);
    let word = norm.trim_end_matches('.');
    if ONGOING.contains(&word) {
        return Ok(DateValue::Ongoing);
    }
    parse_date(&norm).map(DateValue::Date)
}

/// A date for `--today` or `today:`: at least month-precise, since a
/// future-date check against "2026" would pass everything in that year.
pub fn parse_today(text: &str) -> Option<PartialDate> {
    let d = parse_start(text).ok()?;
    d.month.is_some().then_some(d)
}

/// Parses a start date or a single date: an ongoing word here is an error,
/// because "started: present" states nothing.
pub fn parse_start(text: &str) -> Result<PartialDate, DateError> {
    match parse_end(text)? {
        DateValue::Date(d) => Ok(d),
        DateValue::Ongoing => Err(DateError::OngoingStart),
    }
}

/// Folds full-width characters (common in Chinese input methods) and
/// typographic apostrophes and dashes to ASCII, lower-cases, and collapses
/// white space.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.trim().chars() {
        let c = match c {
            // The full-width forms of ASCII (`２０２４`, `Ｊｕｎ`, `．`, `＇`).
            '\u{FF01}'..='\u{FF5E}' => {
                char::from_u32(c as u32 - 0xFEE0).map_or(c, |a| a.to_ascii_lowercase())
            }
            '。' => '.',
            '–' | '—' => '-',
            '’' | '‘' | '′' => '\'',
            c if c.is_whitespace() => ' ',
            c => c.to_ascii_lowercase(),
        };
        if c == ' ' {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

fn parse_date(s: &str) -> Result<PartialDate, DateError> {
    if s.contains('年') {
        return parse_chinese(s);
    }
    if s.contains(|c: char| c.is_ascii_alphabetic() || c == '\'') {
        return parse_month_name(s);
    }
    parse_numeric(s)
}

/// `2023`, `2023-09`, `2023.9`, `2023/09/01`, `09/2023`, `9.2023`, spaced
/// `2023 - 09`, and ROC years with a month `104/09`, `104.9.1`.
fn parse_numeric(s: &str) -> Result<PartialDate, DateError> {
    let sep = s.chars().find(|c| matches!(c, '-' | '.' | '/'));
    let parts: Vec<&str> = match sep {
        Some(sep) => s.split(sep).map(str::trim).collect(),
        None => vec![s],
    };
    if parts
        .iter()
        .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) || p.len() > 4)
    {
        return Err(DateError::Unrecognised);
    }
    let num = |p: &str| p.parse::<u32>().map_err(|_| DateError::Unrecognised);
    match parts.as_slice() {
        [y] if y.len() == 4 => build(num(y)?, None, None),
        [y, m] if y.len() == 4 && m.len() <= 2 => build(num(y)?, Some(num(m)?), None),
        [m, y] if y.len() == 4 && m.len() <= 2 => build(num(y)?, Some(num(m)?), None),
        [y, m, d] if y.len() == 4 && m.len() <= 2 && d.len() <= 2 => {
            build(num(y)?, Some(num(m)?), Some(num(d)?))
        }
        [y, m] if y.len() == 3 && m.len() <= 2 => build(roc(num(y)?)?, Some(num(m)?), None),
        [y, m, d] if y.len() == 3 && m.len() <= 2 && d.len() <= 2 => {
            build(roc(num(y)?)?, Some(num(m)?), Some(num(d)?))
        }
        _ => Err(DateError::Unrecognised),
    }
}

/// The Gregorian year of an ROC-era year (民國1年 is 1912).
fn roc(year: u32) -> Result<u32, DateError> {
    if year == 0 {
        return Err(DateError::Unrecognised);
    }
    Ok(year + 1911)
}

/// The year ending in `yy` that is at most five years after `now`: a
/// résumé may name a planned end date, never one decades ahead.
fn two_digit_year(yy: u32, now: u32) -> u32 {
    let latest = now + 5;
    latest - (latest % 100 + 100 - yy) % 100
}

fn this_year() -> u32 {
    u32::from(today().year)
}

/// The ROC-era prefixes of a Chinese date, in both scripts.
const ROC_ERA: &[&str] = &["中華民國", "中华民国", "民國", "民国"];

/// `2023年`, `2023年9月`, `2023年09月01日`, with optional spaces; ROC era
/// `民國104年9月` or `104年9月`; two-digit `24年6月`.
fn parse_chinese(s: &str) -> Result<PartialDate, DateError> {
    let s: String = s.chars().filter(|c| *c != ' ').collect();
    let era = ROC_ERA.iter().find_map(|p| s.strip_prefix(p));
    let (year, rest) = era
        .unwrap_or(&s)
        .split_once('年')
        .ok_or(DateError::Unrecognised)?;
    let digits = |p: &str| {
        if p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()) {
            Err(DateError::Unrecognised)
        } else {
            p.parse::<u32>().map_err(|_| DateError::Unrecognised)
        }
    };
    let year = match (era.is_some(), year.len()) {
        (false, 4) => digits(year)?,
        (true, 1..=3) | (false, 3) => roc(digits(year)?)?,
        (false, 2) => match two_digit_year(digits(year)?, this_year()) {
            y if y < 2000 => return Err(DateError::AmbiguousYear(y % 100)),
            y => y,
        },
        _ => return Err(DateError::Unrecognised),
    };
    if rest.is_empty() {
        return build(year, None, None);
    }
    let (month, rest) = rest.split_once('月').ok_or(DateError::Unrecognised)?;
    let month = digits(month)?;
    if rest.is_empty() {
        return build(year, Some(month), None);
    }
    let day = rest
        .strip_suffix('日')
        .or_else(|| rest.strip_suffix('号'))
        .ok_or(DateError::Unrecognised)?;
    build(year, Some(month), Some(digits(day)?))
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month name in any accepted spelling: full, three letters, or `sept`,
/// with or without a full stop.
fn month_from_name(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    if word.len() < 3 {
        return None;
    }
    if word == "sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| *m == word || (word.len() == 3 && m.starts_with(word)))
        .map(|i| i as u32 + 1)
}

/// `Sep 2023`, `Sept. 2023`, `September 2023`, `1 Sep 2023`, `Sep 1, 2023`,
/// `Sep-2023`, and a two-digit year after an apostrophe: `Jun '24`, `'24`.
fn parse_month_name(s: &str) -> Result<PartialDate, DateError> {
    let s = s.replace('\'', " '");
    let words: Vec<&str> = s
        .split([' ', ',', '-', '/'])
        .filter(|w| !w.is_empty())
        .collect();
    let year = |w: &str| {
        let digits = |w: &str, n: usize| w.len() == n && w.bytes().all(|b| b.is_ascii_digit());
        match w.strip_prefix('\'') {
            Some(yy) if digits(yy, 2) => yy.parse().ok().map(|yy| two_digit_year(yy, this_year())),
            None if digits(w, 4) => w.parse::<u32>().ok(),
            _ => None,
        }
    };
    let day = |w: &str| {
        let w = w
            .trim_end_matches("st")
            .trim_end_matches("nd")
            .trim_end_matches("rd")
            .trim_end_matches("th");
        if (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()) {
            w.parse::<u32>().ok()
        } else {
            None
        }
    };
    match words.as_slice() {
        [y] => build(year(y).ok_or(DateError::Unrecognised)?, None, None),
        [m, y] => match (month_from_name(m), year(y)) {
            (Some(m), Some(y)) => build(y, Some(m), None),
            _ => Err(DateError::Unrecognised),
        },
        [a, b, y] => {
            let y = year(y).ok_or(DateError::Unrecognised)?;
            match (month_from_name(a), day(b), day(a), month_from_name(b)) {
                (Some(m), Some(d), _, _) | (_, _, Some(d), Some(m)) => build(y, Some(m), Some(d)),
                _ => Err(DateError::Unrecognised),
            }
        }
        _ => Err(DateError::Unrecognised),
    }
}

fn build(year: u32, month: Option<u32>, day: Option<u32>) -> Result<PartialDate, DateError> {
    if !YEARS.contains(&year) {
        return Err(DateError::YearOutOfRange(year));
    }
    if let Some(m) = month.filter(|m| !(1..=12).contains(m)) {
        return Err(DateError::MonthOutOfRange(m));
    }
    if let (Some(m), Some(d)) = (month, day) {
        let max = days_in_month(year, m);
        if d == 0 || d > max {
            return Err(DateError::DayOutOfRange { day: d, max });
        }
    }
    Ok(PartialDate {
        year: year as u16,
        month: month.map(|m| m as u8),
        day: day.map(|d| d as u8),
    })
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Today's date from the system clock, in UTC (a résumé date is at most
/// day-precise, and a few hours either way change no finding).
pub fn today() -> PartialDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    civil_from_days((secs / 86_400) as i64)
}

/// Converts days since 1970-01-01 to a calendar date (Howard Hinnant's
/// algorithm), so no date crate is needed for one conversion.
fn civil_from_days(days: i64) -> PartialDate {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    PartialDate {
        year,
        month: Some(month),
        day: Some(day),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> String {
        match parse_end(s) {
            Ok(v) => v.to_string(),
            Err(e) => format!("{e:?}"),
        }
    }

    #[test]
    fn every_documented_form() {
        let cases = [
            ("2023", "2023"),
            ("2023-09", "2023-09"),
            ("2023-09-01", "2023-09-01"),
            ("2023.09", "2023-09"),
            ("2023.9", "2023-09"),
            ("2023.10", "2023-10"),
            ("2023.1", "2023-01"),
            ("2023/09", "2023-09"),
            ("09/2023", "2023-09"),
            ("9/2023", "2023-09"),
            ("2023年9月", "2023-09"),
            ("2023年09月", "2023-09"),
            ("2023 年 9 月", "2023-09"),
            ("2023年", "2023"),
            ("2023年9月1日", "2023-09-01"),
            ("２０２３年９月", "2023-09"),
            ("２０２３．０９", "2023-09"),
            ("Sep 2023", "2023-09"),
            ("Sep. 2023", "2023-09"),
            ("Sept. 2023", "2023-09"),
            ("September 2023", "2023-09"),
            ("sept 2023", "2023-09"),
            ("Jun. 2024", "2024-06"),
            ("1 Sep 2023", "2023-09-01"),
            ("Sep 1, 2023", "2023-09-01"),
            ("May 2020", "2020-05"),
            ("民國104年9月", "2015-09"),
            ("民国104年", "2015"),
            ("民國104年9月1日", "2015-09-01"),
            ("民國 104 年", "2015"),
            ("中華民國99年", "2010"),
            ("民國９９年１２月", "2010-12"),
            ("104年9月", "2015-09"),
            ("104/09", "2015-09"),
            ("104.9.1", "2015-09-01"),
            ("24年6月", "2024-06"),
            ("０５年", "2005"),
            ("Jun '24", "2024-06"),
            ("Sep ’22", "2022-09"),
            ("June'24", "2024-06"),
            ("'22", "2022"),
            ("Sep '98", "1998-09"),
            ("Sep 1, '22", "2022-09-01"),
            ("2024 年 6 月", "2024-06"),
            ("2024 . 06", "2024-06"),
            ("2024 - 06", "2024-06"),
            ("2024 / 06 / 01", "2024-06-01"),
            ("２０２４－０６", "2024-06"),
            ("Ｊｕｎ ＇２４", "2024-06"),
            ("ＳＥＰ　２０２３", "2023-09"),
            ("present", "present"),
            ("Present", "present"),
            ("now", "present"),
            ("current", "present"),
            ("至今", "present"),
            ("现在", "present"),
            ("今", "present"),
        ];
        for (input, want) in cases {
            assert_eq!(d(input), want, "parsing {input:?}");
        }
    }

    #[test]
    fn impossible_dates_are_errors() {
        assert_eq!(parse_end("2023-13"), Err(DateError::MonthOutOfRange(13)));
        assert_eq!(
            parse_end("2023-02-30"),
            Err(DateError::DayOutOfRange { day: 30, max: 28 })
        );
        assert!(parse_end("2024-02-29").is_ok());
        assert_eq!(parse_end("2023年13月"), Err(DateError::MonthOutOfRange(13)));
        assert_eq!(parse_end("1850"), Err(DateError::YearOutOfRange(1850)));
        assert_eq!(parse_end("0"), Err(DateError::Unrecognised));
        for bad in [
            "", "soon", "2023-", "23.09", "2023..09", "Sep", "Foo 2023", "2023年9",
        ] {
            assert_eq!(parse_end(bad), Err(DateError::Unrecognised), "{bad:?}");
        }
        assert_eq!(parse_start("至今"), Err(DateError::OngoingStart));
    }

    #[test]
    fn short_years_only_where_one_reading_exists() {
        // A two-digit year with 年 in the 1900s could be an ROC year.
        assert_eq!(parse_end("98年9月"), Err(DateError::AmbiguousYear(98)));
        for bad in [
            "Sep 22",
            "6/24",
            "06/24",
            "99/09",
            "'2",
            "'024",
            "民國2015年",
            "民國0年",
            "4年",
            "2024 06",
            "104",
        ] {
            assert!(parse_end(bad).is_err(), "{bad:?}");
        }
        assert_eq!(parse_end("民國190年"), Err(DateError::YearOutOfRange(2101)));
    }

    /// Every short form built from these pieces that reads at all prints as
    /// ISO text that reads back the same date (the fuzz property, over the
    /// forms this module added).
    #[test]
    fn short_forms_read_back_the_same() {
        let pieces = [
            "民國", "民国", "104", "24", "98", "0", "年", "9", "02", "29", "月", "日", "'", "’",
            "Jun", " ", "-", ".", "/",
        ];
        let mut tried = 0;
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for d in pieces {
                        let text = format!("{a}{b}{c}{d}");
                        tried += 1;
                        if let Ok(DateValue::Date(date)) = parse_end(&text) {
                            assert_eq!(parse_start(&date.to_string()), Ok(date), "{text:?}");
                        }
                    }
                }
            }
        }
        assert!(tried > 100_000);
    }

    #[test]
    fn two_digit_years_reach_five_years_ahead() {
        assert_eq!(two_digit_year(24, 2026), 2024);
        assert_eq!(two_digit_year(31, 2026), 2031);
        assert_eq!(two_digit_year(32, 2026), 1932);
        assert_eq!(two_digit_year(0, 2026), 2000);
        assert_eq!(two_digit_year(99, 2026), 1999);
        assert_eq!(two_digit_year(1, 2096), 2101);
        assert_eq!(two_digit_year(2, 2096), 2002);
    }

    #[test]
    fn agreement_respects_precision() {
        let a = parse_start("2023").unwrap();
        let b = parse_start("2023.09").unwrap();
        let c = parse_start("2023-10").unwrap();
        let e = parse_start("2022-09").unwrap();
        assert_eq!(a.agreement(&b), Agreement::Same);
        assert_eq!(b.agreement(&c), Agreement::Month);
        assert_eq!(b.agreement(&e), Agreement::Year);
        assert_eq!(
            parse_start("2023-09-01")
                .unwrap()
                .agreement(&parse_start("2023-09-02").unwrap()),
            Agreement::Day
        );
        assert_eq!(a.cmp_common(&b), None);
        assert_eq!(b.cmp_common(&c), Some(Ordering::Less));
    }

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0).to_string(), "1970-01-01");
        assert_eq!(civil_from_days(20_782).to_string(), "2026-11-25");
        assert_eq!(civil_from_days(11_016).to_string(), "2000-02-29");
    }
}
