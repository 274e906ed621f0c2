//! What the words around a number say it counts: the unit after it (`%`,
//! `倍`, `人`, `years`, `亿元`), the scale (`万`, ` million`), and the
//! words before it (`RMB`, `Top`, `第`, `IELTS`, `Windows`).
//!
//! A number that names something (`Windows 11`, `ISO 9001`, `六级`,
//! `0→1`) is read as a label: not an amount, so it is never compared as
//! one, yet it still explains the same number written as a plain figure in
//! the other language, where the name may not have been recognised.

use super::{Reading, Token, Unit, measures, spelled, spells};
use crate::terms::word_map::WordSet;

/// A number read with what surrounds it.
pub(super) struct Read {
    /// Where the quantity starts: before its number when a currency is
    /// written first (`RMB 5 billion`), so messages quote it whole.
    pub start: usize,
    pub value: f64,
    pub unit: Unit,
    pub reading: Reading,
    pub end: usize,
    /// The value before a unit of measure converted it.
    pub as_written: f64,
}

/// Scale characters written after digits in Chinese, longest first.
/// Units that 千 makes kilo-: volt, watt, metre, gram, calorie, hertz,
/// pascal, joule, byte (千伏, 千瓦, 千米, 千克, 千卡, 千赫, 千帕, 千焦, 千字节).
const KILO_UNITS: &str = "伏瓦米克卡赫帕焦字";

const HAN_SCALES: &[(&str, f64)] = &[
    ("万亿", 1e12),
    ("萬億", 1e12),
    ("千万", 1e7),
    ("千萬", 1e7),
    ("百万", 1e6),
    ("百萬", 1e6),
    ("十万", 1e5),
    ("十萬", 1e5),
    ("亿", 1e8),
    ("億", 1e8),
    ("万", 1e4),
    ("萬", 1e4),
    ("千", 1e3),
    ("百", 1e2),
];

/// Counting words after a number in Chinese (Simplified and Traditional),
/// longest first where one starts another.
const HAN_UNITS: &[(&str, Unit)] = &[
    ("个百分点", Unit::Percent),
    ("個百分點", Unit::Percent),
    ("百分点", Unit::Percent),
    ("百分點", Unit::Percent),
    ("新台币", Unit::Money),
    ("新台幣", Unit::Money),
    ("人民币", Unit::Money),
    ("人民幣", Unit::Money),
    ("美元", Unit::Money),
    ("港元", Unit::Money),
    ("港币", Unit::Money),
    ("港幣", Unit::Money),
    ("新元", Unit::Money),
    ("新币", Unit::Money),
    ("新幣", Unit::Money),
    ("欧元", Unit::Money),
    ("歐元", Unit::Money),
    ("英镑", Unit::Money),
    ("英鎊", Unit::Money),
    ("日元", Unit::Money),
    ("台币", Unit::Money),
    ("台幣", Unit::Money),
    ("元", Unit::Money),
    ("块", Unit::Money),
    ("个月", Unit::Duration),
    ("個月", Unit::Duration),
    ("年", Unit::Duration),
    ("倍", Unit::Times),
    // 位元 is a bit (`12 位元`), 位 a person.
    ("位元", Unit::Count),
    ("人", Unit::People),
    ("名", Unit::People),
    ("位", Unit::People),
    ("强", Unit::Rank),
    ("強", Unit::Rank),
    ("分", Unit::Score),
];

/// Counting words for things: what is counted differs, the kind does not.
const HAN_COUNTERS: &str = "个個项項台臺款家篇门門种種次场場支套本件条條所座部只张張份笔筆类類轮輪节節首辆輛架页頁行天周例枚单單";

/// Words after a number that make it the name of a thing, not an amount:
/// `六级` (a level), `5代` (a generation), `3期` (a phase), `一等奖`.
const HAN_LABELS: &str = "级級代版期届屆等线線星号號";

/// Qualifiers written between a number and its unit: `100+`, `300 多個`,
/// `十余年`. They bound a figure, they do not change it.
const AFTER_QUALIFIERS: &[char] = &['+', '多', '余', '餘', '来', '來'];

/// English nouns after a number (within two words) that count people.
const PEOPLE: &[&str] = &[
    "people",
    "person",
    "persons",
    "member",
    "members",
    "staff",
    "employee",
    "employees",
    "engineer",
    "engineers",
    "developer",
    "developers",
    "designer",
    "designers",
    "researcher",
    "researchers",
    "scientist",
    "scientists",
    "analyst",
    "analysts",
    "student",
    "students",
    "intern",
    "interns",
    "hires",
    "volunteers",
    "colleagues",
    "teammates",
    "mentees",
    "headcount",
    "fte",
    "ftes",
    "broker",
    "brokers",
    // Beyond offices: choirs, classrooms, wards, kitchens, crews.
    "voice",
    "voices",
    "singers",
    "musicians",
    "players",
    "athletes",
    "learners",
    "trainees",
    "participants",
    "attendees",
    "teachers",
    "nurses",
    "doctors",
    "workers",
    "chefs",
    "cooks",
    "agents",
    "officers",
];

/// Currency codes and signs written before an amount, lower-case.
const CURRENCIES_BEFORE: &[&str] = &[
    "rmb",
    "cny",
    "usd",
    "hkd",
    "sgd",
    "twd",
    "ntd",
    "eur",
    "gbp",
    "jpy",
    "aud",
    "cad",
    "us$",
    "hk$",
    "s$",
    "nt$",
    "$",
    "¥",
    "￥",
    "€",
    "£",
    "人民币",
    "人民幣",
    "美元",
    "港币",
    "港幣",
];

/// Currency words after an amount, lower-case.
const CURRENCIES_AFTER: &[&str] = &[
    "yuan", "rmb", "cny", "usd", "dollars", "hkd", "sgd", "twd", "ntd", "eur", "euros", "gbp",
    "pounds", "jpy", "yen",
];

/// Names of tests and their parts: a number after one (in the same clause)
/// is a score, compared with scores only.
const TESTS: &[&str] = &[
    "ielts",
    "toefl",
    "toeic",
    "gre",
    "gmat",
    "sat",
    "cet",
    "tem",
    "hsk",
    "jlpt",
    "gpa",
    "score",
    "scored",
    "listening",
    "reading",
    "writing",
    "speaking",
    "雅思",
    "托福",
    "托业",
    "四级",
    "六级",
    "四級",
    "六級",
    "专四",
    "专八",
    "專四",
    "專八",
    "听力",
    "聽力",
    "阅读",
    "閱讀",
    "写作",
    "寫作",
    "口语",
    "口語",
    "成绩",
    "成績",
    "分数",
    "分數",
    "总分",
    "總分",
    "绩点",
    "績點",
];

/// Capitalised words before a number that do not name a thing: the
/// qualifiers and prepositions that stand before amounts (months are
/// [`MONTHS`]).
const NOT_NAMES: &[&str] = &[
    "about",
    "over",
    "nearly",
    "approximately",
    "approx",
    "around",
    "roughly",
    "almost",
    "more",
    "than",
    "less",
    "up",
    "to",
    "from",
    "by",
    "of",
    "in",
    "on",
    "at",
    "for",
    "with",
    "and",
    "or",
    "including",
    "totalling",
    "totaling",
    "total",
    "reaching",
    "exceeding",
    "under",
    "above",
    "below",
    "some",
    "all",
    "only",
    "just",
    "the",
    "a",
    "an",
];

/// Months, whose abbreviations (`Sep`, `Sept`) are their beginnings: a day
/// or a year after a month is a date, not a name.
const MONTHS: &str =
    "january february march april may june july august september october november december";

fn is_month(lower: &str) -> bool {
    lower.len() >= 3 && MONTHS.split(' ').any(|m| m.starts_with(lower))
}

/// Lower-case words before a number that make it a label (`version 3`,
/// `level 2`, `No. 52300123`).
const NAMING_WORDS: &[&str] = &[
    "version",
    "ver",
    "v",
    "level",
    "phase",
    "gen",
    "generation",
    "grade",
    "class",
    "season",
    "chapter",
    "no",
    "number",
    "release",
    "round",
    "part",
    "stage",
    "tier",
    // School years: Form 5 in Hong Kong and Macau, Grades 7 to 9.
    "form",
    "forms",
    "grades",
    "levels",
    "figure",
    "fig",
    "series",
    "web",
];

/// The word lists above as sets: each number asks several of them about
/// each word around it.
static PEOPLE_SET: WordSet = WordSet::new(PEOPLE);
static CURRENCIES_BEFORE_SET: WordSet = WordSet::new(CURRENCIES_BEFORE);
static CURRENCIES_AFTER_SET: WordSet = WordSet::new(CURRENCIES_AFTER);
static TESTS_SET: WordSet = WordSet::new(TESTS);
static NOT_NAMES_SET: WordSet = WordSet::new(NOT_NAMES);
static NAMING_WORDS_SET: WordSet = WordSet::new(NAMING_WORDS);

/// Chinese words before a number that make it a label (`编号 52300123`).
const HAN_NAMING_WORDS: &[&str] = &["编号", "編號", "型号", "型號", "版本", "代号", "代號"];

pub(super) fn read(chars: &[char], t: &Token, window_start: usize) -> Option<Read> {
    let han = t.spelled && spelled::is_han_numeral(chars[t.start]);
    let mut value = t.value;
    let mut end = t.end;
    let mut scaled = false;
    // `three and a half years` = 三年半.
    if !han
        && chars
            .get(end..)
            .is_some_and(|rest| spells(rest, " and a half"))
    {
        value += 0.5;
        end += " and a half".len();
    }
    if !han {
        // `50 多亿`: the qualifier may stand before the scale.
        let at = [skip_qualifier(chars, end), end];
        if let Some((at, (len, factor))) = at
            .iter()
            .find_map(|&at| Some((at, scale(chars, at, t.spelled)?)))
        {
            value *= factor;
            end = at + len;
            scaled = true;
        }
    }
    end = skip_qualifier(chars, end);
    let after = unit_after(chars, end, end == t.end && !t.spelled, han);
    let (mut unit, mut label) = (Unit::Plain, t.label);
    let mut as_written = value;
    match after {
        After::Unit(u, len) => {
            unit = u;
            end += len;
        }
        After::Measure(u, worth, len) => {
            unit = u;
            as_written = value;
            value *= worth;
            end += len;
        }
        After::Label(len) => {
            label = true;
            end += len;
        }
        After::Ordinal(len) => {
            let rest = text(
                chars
                    .get(end + len..)
                    .map_or(&[][..], |r| &r[..r.len().min(7)]),
            );
            let before = text(&chars[window(window_start, t)..t.start]);
            let ranked =
                ends_with_word(before.to_ascii_lowercase().trim_end(), &["ranked", "rank"]);
            if !rest.to_ascii_lowercase().starts_with(" place") && !ranked {
                return None;
            }
            unit = Unit::Rank;
            end += len;
        }
        After::Skip => return None,
        After::Nothing => {}
    }
    // A year is the date rules' concern (`in 2024`, `2024 年`).
    if t.year_like && !scaled && matches!(unit, Unit::Plain | Unit::Duration) {
        return None;
    }
    if unit == Unit::Duration {
        let years = chars[t.end..end].contains(&'年')
            || chars[t.end..end]
                .iter()
                .collect::<String>()
                .contains("year");
        if years {
            value *= 12.0;
            if chars.get(end) == Some(&'半') {
                value += 6.0;
                end += 1;
            }
        }
    }
    let before = text(&chars[window(window_start, t)..t.start]);
    let before_lower = before.to_lowercase();
    let mut start = t.start;
    let trimmed = before_lower.trim_end();
    if arrow_around(chars, t) || (unit == Unit::Plain && names_a_day(chars, t)) {
        label = true;
    } else if trimmed.ends_with('第') {
        if unit == Unit::People {
            unit = Unit::Rank;
        } else {
            label = true;
        }
    } else if matches!(unit, Unit::Plain | Unit::Count | Unit::People)
        && ends_with_word(trimmed, &["top", "前", "ranked", "rank"])
    {
        unit = Unit::Rank;
    } else if trimmed.ends_with("百分之") {
        unit = Unit::Percent;
    } else if let Some(code) = word_ending(trimmed, CURRENCIES_BEFORE)
        .filter(|_| matches!(unit, Unit::Plain | Unit::Money))
    {
        unit = Unit::Money;
        let spaces = before.chars().count() - before.trim_end().chars().count();
        start -= spaces + code.chars().count();
    } else if unit == Unit::Plain
        && ends_with_word(
            strip_qualifiers(trimmed),
            &["team of", "staff of", "headcount of"],
        )
    {
        unit = Unit::People;
    }
    if !t.label && matches!(unit, Unit::Plain | Unit::Score) && names_a_test(&before_lower) {
        unit = Unit::Score;
        label = false;
    } else if unit == Unit::Plain && !scaled && !t.grouped && !t.spelled {
        label |= named_by_word_before(chars, t.start);
    }
    // A number word with nothing it counts is a word, not a number
    // (`统一`, `two-factor`); `one` counts only years, months or people.
    if t.spelled && !label {
        let counted = unit != Unit::Plain || scaled;
        // `two-factor`, `one-stop`, `three-dimensional` are words; from ten
        // up a hyphenated number counts what follows (`a sixty-voice choir`).
        let hyphenated = chars.get(t.end) == Some(&'-') && t.value < 10.0;
        if (!counted && (han || hyphenated))
            || (t.value == 1.0 && !han && !matches!(unit, Unit::Duration | Unit::People))
        {
            return None;
        }
    }
    let reading = if label {
        Reading::Label
    } else if t.spelled {
        Reading::Spelled
    } else {
        Reading::Stated
    };
    Some(Read {
        start,
        value,
        unit,
        reading,
        end,
        as_written: if unit.is_measure() { as_written } else { value },
    })
}

/// Where the words that bear on a number begin: after the previous number,
/// and no more than a clause back (which also bounds the work on a long
/// text of labels, whose words all stay in the window).
fn window(window_start: usize, t: &Token) -> usize {
    window_start.max(t.start.saturating_sub(64)).min(t.start)
}

/// A scale after a number: glued letters (`100k`, `1.5M`, `10w`), Chinese
/// (`10万`, `12 萬`, `1.5 亿`), or an English word (` million`, ` bn`).
/// Returns the characters it takes and its factor.
fn scale(chars: &[char], end: usize, spelled: bool) -> Option<(usize, f64)> {
    if !spelled && chars.get(end).is_some_and(char::is_ascii_alphabetic) {
        let (word, len) = ascii_word(chars, end);
        let factor = match word.as_str() {
            "k" | "K" => 1e3,
            "m" | "M" | "mn" => 1e6,
            "b" | "B" | "bn" => 1e9,
            "w" | "W" => 1e4,
            _ => return None,
        };
        return Some((len, factor));
    }
    // A hyphen joins the scale in a compound (`a 5.2-million-tonne plant`)
    // as a space does elsewhere.
    let space = usize::from(matches!(chars.get(end), Some(' ' | '-')));
    let at = end + space;
    if !spelled && chars.get(end) != Some(&'-') {
        if let Some((len, factor)) = starts_with_any(chars, at, HAN_SCALES) {
            // 千 before a unit of measure is the prefix kilo- (220千伏 is
            // 220 kV), which the English side writes as a unit too.
            let kilo =
                factor == 1e3 && chars.get(at + len).is_some_and(|c| KILO_UNITS.contains(*c));
            if !kilo {
                return Some((space + len, factor));
            }
        }
    }
    if space == 1 && chars.get(at).is_some_and(char::is_ascii_alphabetic) {
        let (word, len) = ascii_word(chars, at);
        let factor = match word.to_ascii_lowercase().as_str() {
            "thousand" => 1e3,
            "million" | "mn" => 1e6,
            "billion" | "bn" => 1e9,
            _ => return None,
        };
        return Some((space + len, factor));
    }
    None
}

fn skip_qualifier(chars: &[char], end: usize) -> usize {
    let space = usize::from(chars.get(end) == Some(&' '));
    match chars.get(end + space) {
        Some(c) if AFTER_QUALIFIERS.contains(c) => end + space + 1,
        _ => end,
    }
}

enum After {
    Unit(Unit, usize),
    /// A unit of measure: its kind, what one is worth, its length.
    Measure(Unit, f64, usize),
    Label(usize),
    /// `1st`, `3rd`: read as a rank only before `place`.
    Ordinal(usize),
    /// Not a number at all (`一二`, a number word inside another word).
    Skip,
    Nothing,
}

/// The unit written right after a number (and at most one space).
fn unit_after(chars: &[char], end: usize, glued: bool, han: bool) -> After {
    match chars.get(end) {
        Some('%') => return After::Unit(Unit::Percent, 1),
        Some('×') => return After::Unit(Unit::Times, 1),
        Some(c) if glued && (c.is_ascii_alphabetic() || !c.is_ascii()) => {
            if let Some((unit, worth, len)) = measures::at(chars, end, true) {
                return After::Measure(unit, worth, len);
            }
        }
        _ => {}
    }
    match chars.get(end) {
        Some(c) if glued && c.is_ascii_alphabetic() => {
            let (word, len) = ascii_word(chars, end);
            return match word.as_str() {
                "x" | "X" => After::Unit(Unit::Times, len),
                "st" | "nd" | "rd" | "th" => After::Ordinal(len),
                // 5G, 4G: a generation of networks.
                "G" => After::Label(len),
                // A unit glued on (40ms, 16GB): the number stands.
                _ => After::Unit(Unit::Plain, len),
            };
        }
        Some('-') if chars.get(end + 1).is_some_and(char::is_ascii_alphabetic) => {
            // `a 24-hour livestream`, `a 12-hectare farm`.
            if let Some((unit, worth, len)) = measures::at(chars, end + 1, false) {
                return After::Measure(unit, worth, 1 + len);
            }
            let (word, len) = ascii_word(chars, end + 1);
            return match english_unit(&word.to_ascii_lowercase()) {
                Some(unit) => After::Unit(unit, 1 + len),
                None => After::Nothing,
            };
        }
        _ => {}
    }
    let space = usize::from(chars.get(end) == Some(&' '));
    let at = end + space;
    if chars.get(at) == Some(&'%') {
        return After::Unit(Unit::Percent, space + 1);
    }
    if space == 1 && chars.get(at).is_some_and(char::is_ascii_alphabetic) {
        let rest: String = chars[at..]
            .iter()
            .take(24)
            .collect::<String>()
            .to_lowercase();
        for (phrase, unit) in [
            ("per cent", Unit::Percent),
            ("percentage points", Unit::Percent),
        ] {
            if rest.starts_with(phrase) {
                return After::Unit(unit, space + phrase.len());
            }
        }
        if let Some((unit, worth, len)) = measures::at(chars, at, false) {
            return After::Measure(unit, worth, space + len);
        }
        let (word, len) = ascii_word(chars, at);
        let lower = word.to_ascii_lowercase();
        // A person's noun in the singular before another noun names what
        // is counted, not who: `1.8 million member records` are records.
        if person_modifier(&lower, chars, at + len) {
            return After::Unit(Unit::Count, 0);
        }
        if let Some(unit) = english_unit(&lower) {
            return After::Unit(unit, space + len);
        }
        // People counted two words on: `12 software engineers`.
        if chars.get(at + len) == Some(&' ')
            && chars
                .get(at + len + 1)
                .is_some_and(char::is_ascii_alphabetic)
        {
            let (second, _) = ascii_word(chars, at + len + 1);
            if PEOPLE_SET.contains(&second.to_ascii_lowercase()) {
                return After::Unit(Unit::People, 0);
            }
        }
        return After::Nothing;
    }
    if let Some((unit, worth, len)) = measures::at(chars, at, false) {
        return After::Measure(unit, worth, space + len);
    }
    if let Some((len, unit)) = starts_with_any(chars, at, HAN_UNITS) {
        // `十分` is "very", not ten points; a score is written in digits.
        if unit == Unit::Score && han {
            return After::Skip;
        }
        return After::Unit(unit, space + len);
    }
    match chars.get(at) {
        Some(c) if HAN_COUNTERS.contains(*c) => After::Unit(Unit::Count, space + 1),
        Some(c) if HAN_LABELS.contains(*c) => After::Label(space + 1),
        _ => After::Nothing,
    }
}

/// Whether `word`, a person's noun in the singular that has a plural
/// (`member`, not `staff`), is followed by another noun it qualifies
/// (`member records`, `customer orders`) rather than by a verb or a
/// preposition (`member of`).
fn person_modifier(word: &str, chars: &[char], end: usize) -> bool {
    const NOT_NOUNS: &[&str] = &[
        "of", "in", "at", "for", "to", "and", "or", "from", "with", "on", "per", "across", "who",
        "that", "were", "was", "are", "is", "have", "had", "joined", "served", "trained",
    ];
    if !PEOPLE_SET.contains(word)
        || word.ends_with('s')
        || !PEOPLE_SET.contains(&format!("{word}s"))
    {
        return false;
    }
    if chars.get(end) != Some(&' ') || !chars.get(end + 1).is_some_and(char::is_ascii_alphabetic) {
        return false;
    }
    let (next, _) = ascii_word(chars, end + 1);
    let next = next.to_ascii_lowercase();
    // An agent noun counts people too (`48 student mediators`).
    let agents = ["ers", "ors", "ists", "ians"]
        .iter()
        .any(|e| next.ends_with(e));
    !NOT_NOUNS.contains(&next.as_str()) && !PEOPLE_SET.contains(&next) && !agents
}

fn english_unit(word: &str) -> Option<Unit> {
    Some(match word {
        "percent" | "pp" => Unit::Percent,
        "times" | "fold" => Unit::Times,
        "year" | "years" | "yr" | "yrs" | "month" | "months" => Unit::Duration,
        w if PEOPLE_SET.contains(w) || w == "strong" => Unit::People,
        w if CURRENCIES_AFTER_SET.contains(w) => Unit::Money,
        _ => return None,
    })
}

/// The ASCII letters from `i`, and how many.
fn ascii_word(chars: &[char], i: usize) -> (String, usize) {
    let len = chars[i..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    (chars[i..i + len].iter().collect(), len)
}

/// The first entry of `table` that the text spells at `at`, with its
/// length in characters. Compared character by character, stopping at
/// the first difference: the tables are long and this runs per number.
/// Characters as a string, allocated once at its final size (collecting
/// char by char regrows the buffer, and this runs several times per number).
fn text(chars: &[char]) -> String {
    let mut s = String::with_capacity(chars.iter().map(|c| c.len_utf8()).sum());
    s.extend(chars);
    s
}

fn starts_with_any<T: Copy>(chars: &[char], at: usize, table: &[(&str, T)]) -> Option<(usize, T)> {
    let rest = chars.get(at..)?;
    table.iter().find_map(|(w, v)| {
        let mut n = 0;
        for c in w.chars() {
            if rest.get(n) != Some(&c) {
                return None;
            }
            n += 1;
        }
        Some((n, *v))
    })
}

/// Whether `text` ends with one of `words`, not inside a longer ASCII word
/// (`top`, not `laptop`).
fn ends_with_word(text: &str, words: &[&str]) -> bool {
    word_ending(text, words).is_some()
}

/// The first of `words` that `text` ends with, as [`ends_with_word`].
fn word_ending<'w>(text: &str, words: &[&'w str]) -> Option<&'w str> {
    // The last byte first: most words are settled without a comparison.
    let last = text.as_bytes().last().copied();
    words.iter().copied().find(|w| {
        w.as_bytes().last().copied() == last
            && text.strip_suffix(w).is_some_and(|head| {
                !(w.starts_with(|c: char| c.is_ascii_alphabetic())
                    && head.ends_with(|c: char| c.is_ascii_alphabetic()))
            })
    })
}

/// `team of about` → `team of`: qualifiers between a noun and its number.
fn strip_qualifiers(text: &str) -> &str {
    let mut text = text;
    for q in [
        "about",
        "over",
        "nearly",
        "approximately",
        "approx.",
        "around",
        "roughly",
        "almost",
        "some",
        "~",
    ] {
        if let Some(head) = text.strip_suffix(q) {
            text = head.trim_end();
        }
    }
    text
}

/// Whether the clause before a number names a test (`IELTS Academic 7.5`,
/// `雅思（学术类）7.0`, `CET-6 602`).
fn names_a_test(before: &str) -> bool {
    let clause = before
        .rsplit([',', ';', '。', '，', '；', '、', '!', '?'])
        .next()
        .unwrap_or(before);
    // A test in Latin letters is a whole word of the clause; one in Chinese
    // is searched for only in a clause that has Chinese in it. Numbers are
    // many and clauses short: this keeps the check to one pass over the
    // words instead of a search per test.
    let latin_word = clause
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| !w.is_empty() && TESTS_SET.contains(w));
    latin_word
        || clause.char_indices().any(|(i, c)| {
            !c.is_ascii()
                && han_test_starts().binary_search(&c).is_ok()
                && TESTS.iter().any(|t| clause[i..].starts_with(t))
        })
}

/// The characters a test written in Chinese starts with: most characters
/// of a clause start none, and are settled by one search.
fn han_test_starts() -> &'static [char] {
    static STARTS: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    STARTS.get_or_init(|| {
        let mut starts: Vec<char> = TESTS
            .iter()
            .filter_map(|t| t.chars().next())
            .filter(|c| !c.is_ascii())
            .collect();
        starts.sort_unstable();
        starts.dedup();
        starts
    })
}

/// Whether the word right before a number names a thing: a capitalised
/// word inside a sentence (`Unreal Engine 5`, `Windows 11`), an acronym
/// (`ISO 9001`), a camel-cased product (`iPhone 15`), or a naming word
/// (`version 3`, `No. 42`, `编号`). A capitalised word that opens a
/// sentence is usually a verb (`Led 5 engineers`) and names nothing.
fn named_by_word_before(chars: &[char], start: usize) -> bool {
    let mut p = start;
    if p > 0 && chars[p - 1] == ' ' {
        p -= 1;
    }
    if p > 0 && chars[p - 1] == '.' {
        p -= 1;
    }
    // Only the last few characters: a long text must not be copied for
    // each of its numbers.
    let head = text(&chars[p.saturating_sub(4)..p]);
    if HAN_NAMING_WORDS.iter().any(|w| head.ends_with(w)) {
        return true;
    }
    let len = chars[..p]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphabetic())
        .take(40)
        .count();
    if len == 0 {
        return false;
    }
    let word = text(&chars[p - len..p]);
    let lower = word.to_ascii_lowercase();
    if NAMING_WORDS_SET.contains(&lower) {
        return true;
    }
    // The end of a range whose start is a label is one too: `Forms 1 to 3`.
    if lower == "to" {
        let before = &chars[..p - len];
        let trimmed = before.len() - before.iter().rev().take_while(|c| **c == ' ').count();
        let digits = before[..trimmed]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        return digits > 0 && named_by_word_before(chars, trimmed - digits);
    }
    if NOT_NAMES_SET.contains(&lower)
        || is_month(&lower)
        || CURRENCIES_BEFORE_SET.contains(&lower)
        || TESTS_SET.contains(&lower)
    {
        return false;
    }
    if word.chars().skip(1).any(|c| c.is_ascii_uppercase()) {
        return true;
    }
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let opens = chars[..p - len]
        .iter()
        .rev()
        .find(|c| **c != ' ')
        .is_none_or(|c| ".;:!?([•·-–—\"'“‘>。；：！？（【「".contains(*c));
    !opens
}

/// A day used as a name: the shopping festivals `11.11`, `12.12`, `6.18`
/// (`双 11`, `雙十一`), which are days, not amounts. In Chinese the mark is
/// 双 before the number; in English a month.day figure beside a sale word.
fn names_a_day(chars: &[char], t: &Token) -> bool {
    let before = chars[..t.start].iter().rev().find(|c| **c != ' ');
    if matches!(before, Some('双' | '雙')) {
        return true;
    }
    let written: String = chars[t.start..t.end].iter().collect();
    let Some((month, day)) = written.split_once('.') else {
        return false;
    };
    let valid = month.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m))
        && day.len() == 2
        && day.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
    if !valid {
        return false;
    }
    // 11.11 and 12.12 are festivals wherever they stand.
    if month == day {
        return true;
    }
    let word_after = chars
        .get(t.end + 1..)
        .map(|rest| ascii_word(rest, 0).0.to_ascii_lowercase())
        .unwrap_or_default();
    let word_before = {
        let end = t.start.saturating_sub(1);
        let len = chars[..end]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        chars[end - len..end]
            .iter()
            .collect::<String>()
            .to_ascii_lowercase()
    };
    const SALE_WORDS: &[&str] = &[
        "sale",
        "sales",
        "mega",
        "campaign",
        "campaigns",
        "festival",
        "shopping",
        "promotion",
        "livestream",
        "day",
    ];
    SALE_WORDS.contains(&word_after.as_str()) || matches!(word_before.as_str(), "on" | "the")
}

/// A number beside an arrow or in `0 到 1` / `0 to 1` (building from
/// nothing) names a stage, not an amount.
fn arrow_around(chars: &[char], t: &Token) -> bool {
    let after = text(&chars[t.end..(t.end + 6).min(chars.len())]);
    let after = after.trim_start();
    let before = text(&chars[t.start.saturating_sub(6)..t.start]);
    let before = before.trim_end();
    if before.ends_with('→')
        || before.ends_with("->")
        || after.starts_with('→')
        || after.starts_with("->")
    {
        return true;
    }
    let from_zero = t.value == 0.0
        && after
            .strip_prefix('到')
            .or_else(|| after.strip_prefix("to "))
            .is_some_and(|r| r.trim_start().starts_with('1'));
    let to_one = t.value == 1.0 && {
        let head = before
            .strip_suffix('到')
            .or_else(|| before.strip_suffix(" to"))
            .map(str::trim_end);
        head.is_some_and(|h| {
            h.ends_with('0') && !h[..h.len() - 1].ends_with(|c: char| c.is_ascii_digit())
        })
    };
    from_zero || to_one
}
