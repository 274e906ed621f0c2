//! The titles of paired entries (a job's position, a project's roles, a
//! degree), read once per pair as facets of the term base, for the rules
//! that compare them and for the `align` table.

use crate::model::{Entry, Fields, SectionKind, Text};
use crate::terms::glossary::Glossary;
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
        SectionKind::Projects => Some(("roles", &[Category::ProjectRole])),
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
    let (ga, gb) = glossary.shared_forms(la, &ta.value, lb, &tb.value);
    (
        titles::read(&ta.value, categories, &ga),
        titles::read(&tb.value, categories, &gb),
    )
}
