//! JSON Resume (https://jsonresume.org/schema), so any JSON Resume theme
//! can render either language: the source's fields with dates rewritten as
//! ISO 8601 at their own precision, ongoing ends left out (the schema's way
//! of saying "present"), and cvpair's own `id` keys removed.

use serde_json::{Map, Value as Json};

use super::Options;
use crate::date::DateValue;
use crate::i18n::Localizer;
use crate::model::{Document, Fields, Value};

const DATE_KEYS: &[&str] = &["startDate", "endDate", "date", "releaseDate"];

pub fn render(doc: &Document, l10n: &Localizer, options: &Options) -> String {
    let mut top = Map::new();
    top.insert("basics".into(), object(&doc.basics));
    for section in &doc.sections {
        let entries = section.entries.iter().map(|e| object(&e.fields)).collect();
        top.insert(section.kind.key().into(), Json::Array(entries));
    }
    for (key, value) in &doc.extra.items {
        top.insert((*key).into(), json(key, value));
    }
    if let Some(note) = super::forced_note(options, l10n) {
        let meta = top
            .entry("meta")
            .or_insert_with(|| Json::Object(Map::new()));
        if let Json::Object(m) = meta {
            m.insert("x-cvpair-warning".into(), Json::from(note));
        }
    }
    let mut out = serde_json::to_string_pretty(&Json::Object(top)).unwrap_or_default();
    out.push('\n');
    out
}

fn object(fields: &Fields) -> Json {
    let mut m = Map::new();
    for (key, value) in &fields.items {
        if *key == "id" {
            continue;
        }
        if DATE_KEYS.contains(key) {
            if let Value::Text(t) = value {
                let parsed = if *key == "endDate" {
                    crate::date::parse_end(&t.value)
                } else {
                    crate::date::parse_start(&t.value).map(DateValue::Date)
                };
                match parsed {
                    Ok(DateValue::Date(d)) => {
                        m.insert((*key).into(), Json::from(d.to_string()));
                    }
                    Ok(DateValue::Ongoing) => {}
                    // Only with --force: keep what was written.
                    Err(_) => {
                        m.insert((*key).into(), Json::from(t.value.trim()));
                    }
                }
            }
            continue;
        }
        m.insert((*key).into(), json(key, value));
    }
    Json::Object(m)
}

fn json(_key: &str, value: &Value) -> Json {
    match value {
        Value::Text(t) => Json::from(t.value.as_str()),
        Value::List(items) => {
            Json::Array(items.iter().map(|t| Json::from(t.value.as_str())).collect())
        }
        Value::Object(f) => object(f),
        Value::Objects(items) => Json::Array(items.iter().map(object).collect()),
    }
}
