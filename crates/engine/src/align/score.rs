//! How likely two entries of one section, one per language, are the same
//! entry, and why.
//!
//! The score adds up independent signals. The weights are chosen so that a
//! name alone (pinyin, shared words, an acronym, the same URL) pairs two
//! entries, while dates alone need both ends to agree: names identify,
//! dates corroborate. List order only breaks ties.

use super::names::{self, NameFeatures};
use super::translation::{self, Weighted};
use crate::date::{Agreement, DateValue};
use crate::message::Msg;
use crate::model::{Entry, SectionKind};
use crate::terms::gazetteer;
use crate::terms::glossary::Glossary;
use crate::terms::lexicon::Bag;

/// Score at which two entries are paired.
pub const PAIR_THRESHOLD: f32 = 1.5;
/// Score at which an unpaired entry is worth naming as a possible
/// counterpart of another (a hint, not a pairing).
pub const HINT_THRESHOLD: f32 = 0.75;
/// Name similarity from which a pairing counts as confident: findings on
/// entries paired with less are warnings, since the pairing itself may be wrong.
pub const CONFIDENT_NAME: f32 = 0.5;

const NAME_WEIGHT: f32 = 4.0;
const URL_WEIGHT: f32 = 5.0;
const GENERIC_WEIGHT: f32 = 0.25;
const DETAIL_WEIGHT: f32 = 1.0;
const CONFLICT_PENALTY: f32 = 1.5;
const ORDER_WEIGHT: f32 = 0.05;
/// Translated detail fields (a position, an issuer) corroborate like
/// shared detail words, a little more since a translation covers them all.
const DETAIL_TRANSLATION_WEIGHT: f32 = 1.5;
/// A name translated through one Chinese character alone pairs with
/// help from the rest, but is never confident.
const SINGLE_CHARACTER_NAME: f32 = 0.45;

/// Everything about an entry that scoring compares, computed once.
#[derive(Clone, Debug)]
pub struct EntryFeatures {
    pub name: NameFeatures,
    pub detail: NameFeatures,
    pub url: Option<String>,
    /// Position in the section as a fraction, for tie-breaking.
    pub rank: f32,
    /// Glossary entries the name contains.
    pub glossary: Vec<usize>,
    /// Gazetteer organisations the name mentions.
    pub orgs: Vec<usize>,
    /// The name's words, for the lexicon; weighted per section.
    pub name_words: Weighted,
    /// The detail fields' and description's words.
    pub detail_words: Weighted,
}

impl EntryFeatures {
    pub fn new(
        kind: SectionKind,
        entry: &Entry,
        len: usize,
        glossary: &Glossary,
        language: &str,
    ) -> Self {
        let text = |key: &str| entry.fields.text(key).map_or("", |t| t.value.as_str());
        let detail: Vec<&str> = kind
            .detail_fields()
            .iter()
            .map(|k| text(k))
            .chain(entry.fields.list("roles").iter().map(|t| t.value.as_str()))
            .collect();
        let name = text(kind.name_field());
        let described: Vec<&str> = detail
            .iter()
            .copied()
            .chain(["description", "summary"].map(text))
            .collect();
        EntryFeatures {
            name_words: Weighted::new(Bag::new(name)),
            detail_words: Weighted::new(Bag::new(&described.join(" "))),
            glossary: if glossary.is_empty() {
                Vec::new()
            } else {
                glossary.matches(language, name)
            },
            orgs: gazetteer::lookup(name),
            name: NameFeatures::new(name),
            detail: NameFeatures::new(&detail.join(" ")),
            url: entry.fields.text("url").map(|t| normalise_url(&t.value)),
            rank: if len > 1 {
                entry.index as f32 / (len - 1) as f32
            } else {
                0.0
            },
        }
    }
}

/// Scheme, `www.`, case and a trailing slash do not make two URLs differ.
pub fn normalise_url(url: &str) -> String {
    let url = url.trim();
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let path = path.trim_end_matches('/');
    if path.is_empty() {
        host.to_lowercase()
    } else {
        format!("{}/{}", host.to_lowercase(), path)
    }
}

#[derive(Clone, Debug, Default)]
pub struct Scored {
    pub score: f32,
    pub name_similarity: f32,
    pub same_url: bool,
    /// Two different organisations the gazetteer knows (one per side).
    pub known_orgs_differ: Option<(usize, usize)>,
    /// Both names are in Latin letters and share no word.
    pub names_conflict: bool,
    /// The names are in two languages the lexicon reads, and nothing in
    /// one translates anything in the other (Best Poster Award against
    /// 优秀志愿者奖): list order must not pair them.
    pub names_untranslated: bool,
    /// Start (to the month) and end agree: with the list position, enough
    /// to pair two entries whose names differ, which is then the slip.
    pub dates_equal: bool,
    /// One end of the dates agrees to the month.
    pub an_end_equal: bool,
    /// The gazetteer or the user's glossary says the names are one
    /// organisation, whatever their words.
    pub known_same: bool,
    /// Each signal, put into words for the `align` table.
    pub reasons: Vec<Msg>,
    explain: bool,
}

impl Scored {
    fn note(&mut self, reason: impl FnOnce() -> Msg) {
        if self.explain {
            self.reasons.push(reason());
        }
    }

    /// Whether the pairing rests on something that identifies the entry,
    /// not on dates and position alone.
    pub fn confident(&self) -> bool {
        self.same_url || self.name_similarity >= CONFIDENT_NAME
    }
}

/// Scores a pair. With `explain`, each signal is also put into words;
/// the matrix of all pairs is scored without, and only the chosen pairs
/// are explained, which keeps the quadratic part free of allocation.
pub fn score(
    a: &EntryFeatures,
    ea: &Entry,
    b: &EntryFeatures,
    eb: &Entry,
    explain: bool,
) -> Scored {
    let mut s = Scored {
        explain,
        ..Scored::default()
    };
    let mut m = names::compare(&a.name, &b.name);
    // Known organisations decide: the same one whatever the spelling
    // (清华大学 = Tsinghua), or two different ones whatever words they share.
    if !a.orgs.is_empty() && !b.orgs.is_empty() {
        if let Some(&o) = a.orgs.iter().find(|o| b.orgs.contains(o)) {
            m.similarity = 1.0;
            m.conflicting = false;
            s.known_same = true;
            s.note(|| Msg::new("reason-known-org").arg("org", gazetteer::ORGS[o].display()));
        } else {
            m.similarity = 0.0;
            m.conflicting = true;
            s.known_orgs_differ = Some((a.orgs[0], b.orgs[0]));
        }
    }
    // The user's glossary is the final word on names.
    if a.glossary.iter().any(|g| b.glossary.contains(g)) {
        m.similarity = 1.0;
        m.conflicting = false;
        s.known_same = true;
        s.known_orgs_differ = None;
        s.note(|| Msg::new("reason-glossary"));
    }
    // The lexicon: a name in one language that translates the other
    // (国家奖学金 = National Scholarship) names the entry as well as
    // shared words do, unless known organisations already said otherwise.
    // Skipped when it cannot change anything: the name already matches
    // in full, or known organisations differ.
    let decided = m.similarity >= 1.0 || s.known_orgs_differ.is_some();
    let t = if decided {
        translation::Translation::default()
    } else {
        translation::compare(&a.name_words, &b.name_words)
    };
    let strength = if t.single_character {
        t.strength.min(SINGLE_CHARACTER_NAME)
    } else {
        t.strength
    };
    s.names_untranslated = !decided
        && strength == 0.0
        && m.similarity == 0.0
        && a.name_words.bag.comparable(&b.name_words.bag);
    if s.known_orgs_differ.is_none() && strength > m.similarity {
        m.similarity = strength;
        m.conflicting &= strength < CONFIDENT_NAME;
        s.note(|| {
            Msg::new("reason-translated").arg("words", t.shown(&a.name_words, &b.name_words))
        });
    }
    s.names_conflict = m.conflicting;
    s.name_similarity = m.similarity;
    s.score += NAME_WEIGHT * m.similarity;
    for (han, spelling, latin) in &m.pinyin {
        s.note(|| {
            Msg::new("reason-pinyin")
                .arg("han", han.clone())
                .arg("pinyin", spelling.clone())
                .arg("latin", latin.clone())
        });
    }
    if !m.shared.is_empty() {
        s.note(|| Msg::new("reason-shared-words").arg("words", m.shared.join(", ")));
    }
    if let Some(ac) = &m.acronym {
        s.note(|| Msg::new("reason-acronym").arg("acronym", ac.to_uppercase()));
    }
    if m.conflicting {
        s.score -= CONFLICT_PENALTY;
        s.note(|| Msg::new("reason-names-differ"));
    }
    s.score += GENERIC_WEIGHT * m.shared_generic.min(2) as f32;

    if a.url.is_some() && a.url == b.url {
        s.same_url = true;
        s.score += URL_WEIGHT;
        s.note(|| Msg::new("reason-same-url"));
    }

    let detail = names::compare(&a.detail, &b.detail);
    if detail.similarity > 0.0 {
        s.score += DETAIL_WEIGHT * detail.similarity;
        if !detail.shared.is_empty() {
            s.note(|| Msg::new("reason-shared-detail").arg("words", detail.shared.join(", ")));
        }
    }

    let t = if detail.similarity >= 1.0 {
        translation::Translation::default()
    } else {
        translation::compare(&a.detail_words, &b.detail_words)
    };
    if t.strength > detail.similarity {
        s.score += DETAIL_TRANSLATION_WEIGHT * t.strength - DETAIL_WEIGHT * detail.similarity;
        s.note(|| {
            Msg::new("reason-translated-detail")
                .arg("words", t.shown(&a.detail_words, &b.detail_words))
        });
    }

    dates(ea, eb, &mut s);
    s.score += ORDER_WEIGHT * (1.0 - (a.rank - b.rank).abs());
    s
}

fn dates(ea: &Entry, eb: &Entry, s: &mut Scored) {
    let (sa, sb) = (ea.start_date(), eb.start_date());
    let mut same_start = false;
    if let (Some(da), Some(db)) = (sa, sb) {
        match da.agreement(&db) {
            Agreement::Same => {
                let precise = da.month.is_some() && db.month.is_some();
                same_start = precise;
                s.an_end_equal |= precise;
                s.score += if precise { 1.5 } else { 0.75 };
                let shown = if precise && da.month.is_some() {
                    da
                } else {
                    db
                };
                s.note(|| Msg::new("reason-start-equal").arg("date", shown.to_string()));
            }
            Agreement::Day | Agreement::Month => s.score += 0.25,
            Agreement::Year => {}
        }
    }
    match (ea.end_value(), eb.end_value()) {
        (Some(DateValue::Ongoing), Some(DateValue::Ongoing)) => {
            s.score += 0.5;
            s.dates_equal = same_start;
            s.note(|| Msg::new("reason-both-ongoing"));
        }
        (Some(DateValue::Date(x)), Some(DateValue::Date(y)))
            if x.agreement(&y) == Agreement::Same =>
        {
            s.score += 0.75;
            s.dates_equal = same_start && x.month.is_some() && y.month.is_some();
            s.an_end_equal = x.month.is_some() && y.month.is_some();
            s.note(|| Msg::new("reason-end-equal").arg("date", x.to_string()));
        }
        _ => {}
    }
    if let (Some(ia), Some(ib)) = (interval(ea), interval(eb)) {
        if ia.0 <= ib.1 && ib.0 <= ia.1 {
            s.score += 0.25;
        } else {
            s.score -= 0.5;
            s.note(|| Msg::new("reason-dates-disjoint"));
        }
    }
}

/// The days an entry may cover, as yyyymmdd bounds; ongoing runs on.
/// An end that cannot be read leaves the span unknown: taking it as "no
/// end" would shrink the entry to its first month.
fn interval(e: &Entry) -> Option<(u32, u32)> {
    if matches!(&e.end, crate::model::End::Given(d) if d.value.is_err()) {
        return None;
    }
    let start = e.start_date()?.bounds();
    let end = match e.end_value() {
        Some(DateValue::Date(d)) => d.bounds().1,
        Some(DateValue::Ongoing) => u32::MAX,
        None => start.1,
    };
    Some((start.0, end.max(start.0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_normalise() {
        assert_eq!(normalise_url("https://www.Example.org/"), "example.org");
        assert_eq!(normalise_url("http://example.org/a/"), "example.org/a");
    }
}
