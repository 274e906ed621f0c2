//! A loaded profile source: sections of entries whose every value knows
//! where it was written.

use std::sync::Arc;

use crate::date::{self, DateError, DateValue, PartialDate};
use crate::file::SourceFile;
use crate::tree::Node;
pub use crate::tree::Span;

/// A scalar as written, with its place in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub value: String,
    pub span: Span,
}

/// A value that passed the schema.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(Text),
    List(Vec<Text>),
    Object(Fields),
    Objects(Vec<Fields>),
}

/// The keys of one map, in file order; `x-` keys and nulls are left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fields {
    pub span: Span,
    pub items: Vec<(&'static str, Value)>,
    /// Keys the schema does not name (JSON Resume allows them anywhere),
    /// in file order.
    pub unknown: Vec<UnknownKey>,
    /// The map's `x-cvpair-ignore` key and its value, when it has one:
    /// read by the suppression pass, not by the rules.
    pub suppress: Option<Box<(Node, Node)>>,
    /// The last line the map's contents reach, so a suppression on an
    /// entry knows which lines it covers.
    pub last_line: u32,
}

/// A key the schema does not name: reported once per file, and compared
/// across languages when its value is a scalar.
#[derive(Clone, Debug, PartialEq)]
pub struct UnknownKey {
    pub key: Text,
    /// The value when it is a scalar; a list or a map is not compared.
    pub value: Option<Text>,
}

impl Fields {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.items.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    pub fn text(&self, key: &str) -> Option<&Text> {
        match self.get(key) {
            Some(Value::Text(t)) => Some(t),
            _ => None,
        }
    }

    pub fn list(&self, key: &str) -> &[Text] {
        match self.get(key) {
            Some(Value::List(items)) => items,
            _ => &[],
        }
    }

    pub fn object(&self, key: &str) -> Option<&Fields> {
        match self.get(key) {
            Some(Value::Object(f)) => Some(f),
            _ => None,
        }
    }
}

/// The sections whose entries are aligned across languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SectionKind {
    Work,
    Volunteer,
    Education,
    Projects,
    Publications,
    Awards,
    Certificates,
}

impl SectionKind {
    pub const ALL: [SectionKind; 7] = [
        SectionKind::Work,
        SectionKind::Volunteer,
        SectionKind::Education,
        SectionKind::Projects,
        SectionKind::Publications,
        SectionKind::Awards,
        SectionKind::Certificates,
    ];

    /// The JSON Resume key, which is also the name in every output format.
    pub fn key(self) -> &'static str {
        match self {
            SectionKind::Work => "work",
            SectionKind::Volunteer => "volunteer",
            SectionKind::Education => "education",
            SectionKind::Projects => "projects",
            SectionKind::Publications => "publications",
            SectionKind::Awards => "awards",
            SectionKind::Certificates => "certificates",
        }
    }

    pub fn from_key(key: &str) -> Option<SectionKind> {
        SectionKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The field that names the entry: the organisation, or the thing itself.
    pub fn name_field(self) -> &'static str {
        match self {
            SectionKind::Work | SectionKind::Projects => "name",
            SectionKind::Volunteer => "organization",
            SectionKind::Education => "institution",
            SectionKind::Publications | SectionKind::Certificates => "name",
            SectionKind::Awards => "title",
        }
    }

    /// Further fields whose words help tell entries apart.
    pub fn detail_fields(self) -> &'static [&'static str] {
        match self {
            SectionKind::Work | SectionKind::Volunteer => &["position"],
            SectionKind::Education => &["area", "studyType"],
            SectionKind::Projects => &["entity"],
            SectionKind::Publications => &["publisher"],
            SectionKind::Awards => &["awarder"],
            SectionKind::Certificates => &["issuer"],
        }
    }

    /// The keys of the entry's start and end dates. Sections with one date
    /// (an award, a publication) have no end: their entries are never ongoing.
    pub fn date_fields(self) -> (&'static str, Option<&'static str>) {
        match self {
            SectionKind::Publications => ("releaseDate", None),
            SectionKind::Awards | SectionKind::Certificates => ("date", None),
            _ => ("startDate", Some("endDate")),
        }
    }
}

/// A date field: the text as written and what it was read as.
#[derive(Clone, Debug, PartialEq)]
pub struct DateField {
    pub key: &'static str,
    pub text: Text,
    pub value: Result<DateValue, DateError>,
}

/// How an entry ends.
#[derive(Clone, Debug, PartialEq)]
pub enum End {
    /// The section has no end dates, or the entry gives no dates at all.
    None,
    /// `endDate` is left out while `startDate` is given: JSON Resume's way
    /// of saying "still going on".
    OpenEnded,
    Given(DateField),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Position in the section, from 0.
    pub index: usize,
    pub id: Option<Text>,
    pub fields: Fields,
    pub start: Option<DateField>,
    pub end: End,
}

impl Entry {
    pub fn new(kind: SectionKind, index: usize, fields: Fields) -> Entry {
        let (start_key, end_key) = kind.date_fields();
        let start = fields.text(start_key).map(|t| DateField {
            key: start_key,
            text: t.clone(),
            value: date::parse_start(&t.value).map(DateValue::Date),
        });
        let end = match end_key {
            None => End::None,
            Some(key) => match fields.text(key) {
                Some(t) => End::Given(DateField {
                    key,
                    text: t.clone(),
                    value: date::parse_end(&t.value),
                }),
                None if start.is_some() => End::OpenEnded,
                None => End::None,
            },
        };
        Entry {
            index,
            id: fields.text("id").cloned(),
            fields,
            start,
            end,
        }
    }

    /// The start date, when it was read without error.
    pub fn start_date(&self) -> Option<PartialDate> {
        match self.start.as_ref().map(|d| &d.value) {
            Some(Ok(DateValue::Date(d))) => Some(*d),
            _ => None,
        }
    }

    /// The end as a value: `Ongoing` for `present` and for a left-out end.
    pub fn end_value(&self) -> Option<DateValue> {
        match &self.end {
            End::None => None,
            End::OpenEnded => Some(DateValue::Ongoing),
            End::Given(d) => d.value.clone().ok(),
        }
    }

    /// Where the entry begins: its `- ` item, for "this entry" findings.
    pub fn span(&self) -> Span {
        self.fields.span
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub kind: SectionKind,
    /// The section's key, where a whole-section finding points.
    pub key_span: Span,
    pub entries: Vec<Entry>,
}

/// One language's source of a profile, loaded and checked against the schema.
#[derive(Debug)]
pub struct Document {
    pub file: Arc<SourceFile>,
    pub basics: Fields,
    pub sections: Vec<Section>,
    /// Top-level keys that are not compared (`skills`, `languages` …).
    pub extra: Fields,
}

impl Document {
    pub fn section(&self, kind: SectionKind) -> Option<&Section> {
        self.sections.iter().find(|s| s.kind == kind)
    }
}
