//! The titles of paired entries (a job's position, a project's roles, a
//! degree), read once per pair as facets of the term base, for the rules
//! that compare them and for the `align` table.

use crate::model::{Entry, Fields, SectionKind, Text};
use crate::terms::glossary::Glossary;
use crate::terms::pinyin::is_han;
use crate::terms::titles::{self, Category, Reading};

/// Both titles of a pair, as written and as read.
#[derive(Clone, Debug)]
pub struct TitlePair {
    pub a: Text,
    pub b: Text,
    pub ra: Reading,
    pub rb: Reading,
    pub categories: &'static [Category],
}

/// Reads the titles of two paired entries, when both have one.
pub fn pair(
    kind: SectionKind,
    glossary: &Glossary,
    (la, ea): (&str, &Entry),
    (lb, eb): (&str, &Entry),
) -> Option<TitlePair> {
    let (key, categories) = title_fields(kind)?;
    let (a, b) = (title_of(&ea.fields, key)?, title_of(&eb.fields, key)?);
    let (ra, rb) = read_pair(glossary, categories, (la, &a), (lb, &b));
    Some(TitlePair {
        a,
        b,
        ra,
        rb,
        categories,
    })
}

/// Where titles are and which facets they are compared in.
pub fn title_fields(kind: SectionKind) -> Option<(&'static str, &'static [Category])> {
    match kind {
        SectionKind::Work | SectionKind::Volunteer => Some((
            "position",
            &[Category::Seniority, Category::Employment, Category::Family],
        )),
        SectionKind::Education => Some(("studyType", &[Category::Degree])),
        // A project role is often a job title ("Associate Producer",
        // 主关卡策划): its rank words count where the role words say
        // nothing (see `title_mismatch::differences`).
        SectionKind::Projects => Some(("roles", &[Category::ProjectRole, Category::Seniority])),
        _ => None,
    }
}

/// The title of an entry as one text (a project's roles joined), and where
/// it is written.
pub fn title_of(fields: &Fields, key: &str) -> Option<Text> {
    if let Some(t) = fields.text(key) {
        return Some(t.clone());
    }
    let items = fields.list(key);
    let first = items.first()?;
    Some(Text {
        value: items
            .iter()
            .map(|t| t.value.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        span: first.span,
    })
}

/// Both readings of a paired title, with the glossary applied.
pub fn read_pair(
    glossary: &Glossary,
    categories: &[Category],
    (la, ta): (&str, &Text),
    (lb, tb): (&str, &Text),
) -> (Reading, Reading) {
    let (mut ga, mut gb) = glossary.shared_forms(la, &ta.value, lb, &tb.value);
    let (glossed_a, glossed_b) = (glossed(&ta.value, &tb.value), glossed(&tb.value, &ta.value));
    // A gloss the other title spells out in words lets both sides agree
    // there; one it only abbreviates (首席财务官（CFO） against "Chief
    // Financial Officer") cannot be found in it, so both are read.
    for &(han, gloss) in &glossed_a {
        if contains_words(&tb.value.to_lowercase(), &gloss.to_lowercase()) {
            ga.extend([han, gloss]);
            gb.push(gloss);
        }
    }
    for &(han, gloss) in &glossed_b {
        if contains_words(&ta.value.to_lowercase(), &gloss.to_lowercase()) {
            gb.extend([han, gloss]);
            ga.push(gloss);
        }
    }
    if let Some((x, y)) = bracketed_acronym(&ta.value, &tb.value) {
        ga.push(x);
        gb.push(y);
    }
    (
        titles::read(&ta.value, categories, &ga),
        titles::read(&tb.value, categories, &gb),
    )
}

/// A grade written as an acronym in brackets on one side and in words in
/// brackets on the other (`Music Teacher (APSM)` / `音樂科教師（助理小學學位教師）`):
/// the writer put the same thing in the same place, so the two bracketed
/// parts are read as each other's translation. Returns them in the order
/// of the arguments.
fn bracketed_acronym<'a>(a: &'a str, b: &'a str) -> Option<(&'a str, &'a str)> {
    let inner = |t: &'a str| {
        let t = t.trim_end();
        let body = t.strip_suffix(')').or_else(|| t.strip_suffix('）'))?;
        let open = body.rfind(['(', '（'])?;
        let opening = body[open..].chars().next().map_or(1, char::len_utf8);
        Some(body[open + opening..].trim())
    };
    let acronym = |s: &str| {
        (2..=8).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            && s.bytes().any(|b| b.is_ascii_uppercase())
    };
    let words = |s: &str| !s.is_empty() && s.chars().all(is_han);
    let (x, y) = (inner(a)?, inner(b)?);
    ((acronym(x) && words(y)) || (words(x) && acronym(y))).then_some((x, y))
}

/// The writer's own translations: a Chinese title followed by the English
/// one in brackets (`副总监（Associate）`) whose English is in the other
/// file's title. The writer has said what the words mean, so they are
/// read as agreeing, whatever the term base would make of each side.
fn glossed<'a>(text: &'a str, other: &str) -> Vec<(&'a str, &'a str)> {
    let mut out = Vec::new();
    if !text.contains(['（', '(']) {
        return out;
    }
    let other = other.to_lowercase();
    for (open, _) in text.match_indices(['（', '(']) {
        let han_start = text[..open]
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_han(*c))
            .last()
            .map(|(i, _)| i);
        let Some(han_start) = han_start else { continue };
        let inner_start = open + text[open..].chars().next().map_or(1, char::len_utf8);
        let Some(len) = text[inner_start..].find(['）', ')']) else {
            continue;
        };
        let gloss = text[inner_start..inner_start + len].trim();
        let latin = gloss
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " &-./,'".contains(c));
        // A grade code (`P7`, `IC4`, `T3-2`) both sides carry is a level
        // beside the title, not the title's translation.
        let code = gloss
            .split_whitespace()
            .all(|w| w.chars().any(|c| c.is_ascii_digit()));
        if latin
            && !code
            && gloss.chars().any(|c| c.is_ascii_alphabetic())
            && (contains_words(&other, &gloss.to_lowercase()) || abbreviates(gloss, &other))
        {
            out.push((&text[han_start..open], gloss));
        }
    }
    out
}

/// Whether `acronym` (`MA`, `PGDE`) is the initials of consecutive words
/// of `text`, lower-case (`management associate`).
fn abbreviates(acronym: &str, text: &str) -> bool {
    let letters = acronym.to_lowercase();
    if letters.len() < 2 || !acronym.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let initials: String = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && !matches!(*w, "of" | "and" | "the" | "in" | "for"))
        .filter_map(|w| w.chars().next())
        .collect();
    initials.contains(&letters)
}

/// Whether `text` holds `words` with no letter glued on either side.
fn contains_words(text: &str, words: &str) -> bool {
    text.match_indices(words).any(|(i, m)| {
        let before = text[..i].chars().next_back();
        let after = text[i + m.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_alphabetic())
            && !after.is_some_and(|c| c.is_ascii_alphabetic())
    })
}
