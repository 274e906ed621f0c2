//! Checks a parsed tree against the JSON Resume schema and builds the model.
//!
//! Every problem in a file is collected, not just the first, so one run
//! shows the user everything to fix, as a compiler does.
//!
//! JSON Resume allows keys of one's own on every object, and real files use
//! them (`location` on education, theme settings). Only a key that is a
//! near miss of a known one of that object (`positon`) is an error; any
//! other is kept in [`Fields::unknown`] for the `unknown-key` rule.

use std::collections::HashMap;

use super::schema::{DOCUMENT, Field, Shape, is_extension};
use crate::message::Msg;
use crate::model::{Entry, Fields, Section, SectionKind, Text, UnknownKey, Value};
use crate::suggest::near_miss;
use crate::tree::{Kind, Node, Span};

/// A schema problem at a place in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub span: Span,
    pub msg: Msg,
    pub help: Option<Msg>,
}

/// The validated top level: `basics` and the entry sections.
pub struct Validated {
    pub basics: Fields,
    pub sections: Vec<Section>,
    /// The other top-level keys (`skills`, `languages`, `interests`,
    /// `references`, `meta`), which are rendered but not compared.
    pub extra: Fields,
}

pub fn document(root: &Node) -> Result<Validated, Vec<Problem>> {
    let mut problems = Vec::new();
    let top = object(root, DOCUMENT, "", false, &mut problems);
    let mut sections = Vec::new();
    let mut basics = Fields::default();
    // The document's own suppressions cover the whole file.
    let mut extra = Fields {
        span: top.span,
        suppress: top.suppress,
        last_line: top.last_line,
        unknown: top.unknown,
        ..Fields::default()
    };
    for (key, value) in top.items {
        let items = match (SectionKind::from_key(key), value) {
            (Some(kind), Value::Objects(items)) => (kind, items),
            (None, Value::Object(fields)) if key == "basics" => {
                basics = fields;
                continue;
            }
            (_, value) => {
                extra.items.push((key, value));
                continue;
            }
        };
        let (kind, items) = items;
        let key_span = key_span(root, key);
        let entries: Vec<Entry> = items
            .into_iter()
            .enumerate()
            .map(|(i, f)| Entry::new(kind, i, f))
            .collect();
        duplicate_ids(&entries, key, &mut problems);
        sections.push(Section {
            kind,
            key_span,
            entries,
        });
    }
    if problems.is_empty() {
        Ok(Validated {
            basics,
            sections,
            extra,
        })
    } else {
        problems.sort_by_key(|p| p.span.start);
        Err(problems)
    }
}

fn key_span(root: &Node, key: &str) -> Span {
    match &root.kind {
        Kind::Map(pairs) => pairs
            .iter()
            .find(|(k, _)| k.as_str() == Some(key))
            .map_or(root.span, |(k, _)| k.span),
        _ => root.span,
    }
}

fn duplicate_ids(entries: &[Entry], section: &str, problems: &mut Vec<Problem>) {
    let mut seen: HashMap<&str, &Text> = HashMap::new();
    for id in entries.iter().filter_map(|e| e.id.as_ref()) {
        if let Some(first) = seen.insert(&id.value, id) {
            problems.push(Problem {
                span: id.span,
                msg: Msg::new("error-duplicate-id")
                    .arg("id", id.value.clone())
                    .arg("section", section.to_string())
                    .arg("line", first.span.line),
                help: Some(Msg::new("help-duplicate-id")),
            });
        }
    }
}

fn shape_name(shape: &Shape) -> &'static str {
    match shape {
        Shape::Text => "shape-text",
        Shape::TextList => "shape-text-list",
        Shape::Object(_) | Shape::Open(_) => "shape-map",
        Shape::Entries(_) => "shape-entries",
    }
}

fn found_name(node: &Node) -> &'static str {
    match node.kind {
        Kind::Null => "shape-nothing",
        Kind::Scalar(_) => "shape-text",
        Kind::Seq(_) => "shape-list",
        Kind::Map(_) => "shape-map",
    }
}

fn wrong_type(node: &Node, key: &str, expected: &Shape, problems: &mut Vec<Problem>) {
    let slip = match (&node.kind, expected) {
        (Kind::Scalar(text), Shape::Object(_)) => {
            super::read::slips::colon_in_text(text, node.span)
        }
        _ => None,
    };
    if let Some(slip) = slip {
        problems.push(Problem {
            span: slip.span,
            msg: slip.msg,
            help: None,
        });
        return;
    }
    problems.push(Problem {
        span: node.span,
        msg: Msg::new("error-wrong-type")
            .arg("key", key.to_string())
            .arg("expected", Msg::new(shape_name(expected)))
            .arg("found", Msg::new(found_name(node))),
        help: None,
    });
}

/// Reads a map against its fields. Returns what could be read even when
/// there were problems, so every problem in the file is found in one pass.
/// Keys of an `open` map that the schema does not name are dropped silently.
fn object(
    node: &Node,
    fields: &'static [Field],
    key: &str,
    open: bool,
    problems: &mut Vec<Problem>,
) -> Fields {
    let mut out = Fields {
        span: node.span,
        last_line: last_line(node),
        ..Fields::default()
    };
    let Kind::Map(pairs) = &node.kind else {
        wrong_type(node, key, &Shape::Object(fields), problems);
        return out;
    };
    for (k, v) in pairs {
        let name = k.as_str().unwrap_or_default();
        if name == super::schema::SUPPRESS_KEY {
            out.suppress = Some(Box::new((k.clone(), v.clone())));
            continue;
        }
        if is_extension(name) {
            continue;
        }
        let Some(field) = fields.iter().find(|f| f.name == name) else {
            if let Some(known) = near_miss(name, fields.iter().map(|f| f.name)) {
                problems.push(Problem {
                    span: k.span,
                    msg: Msg::new("error-unknown-key").arg("key", name.to_string()),
                    help: Some(Msg::new("help-did-you-mean").arg("key", known)),
                });
            } else if !open {
                out.unknown.push(unknown(k, v));
            }
            continue;
        };
        if matches!(v.kind, Kind::Null) {
            continue;
        }
        if let Some(value) = value(v, field, problems) {
            out.items.push((field.name, value));
        }
    }
    out
}

fn unknown(key: &Node, value: &Node) -> UnknownKey {
    let text = |node: &Node, s: &str| Text {
        value: s.to_string(),
        span: node.span,
    };
    UnknownKey {
        key: text(key, key.as_str().unwrap_or_default()),
        value: match &value.kind {
            Kind::Scalar(s) => Some(text(value, s)),
            _ => None,
        },
    }
}

/// The last line any scalar under `node` starts on.
fn last_line(node: &Node) -> u32 {
    match &node.kind {
        Kind::Null | Kind::Scalar(_) => node.span.line,
        Kind::Seq(items) => items.iter().map(last_line).max().unwrap_or(node.span.line),
        Kind::Map(pairs) => pairs
            .iter()
            .map(|(_, v)| last_line(v))
            .max()
            .unwrap_or(node.span.line),
    }
}

fn value(node: &Node, field: &'static Field, problems: &mut Vec<Problem>) -> Option<Value> {
    match (&field.shape, &node.kind) {
        (Shape::Text, Kind::Scalar(s)) => Some(Value::Text(Text {
            value: s.clone(),
            span: node.span,
        })),
        (Shape::TextList, Kind::Seq(items)) => {
            let mut texts = Vec::with_capacity(items.len());
            for item in items {
                match &item.kind {
                    Kind::Scalar(s) => texts.push(Text {
                        value: s.clone(),
                        span: item.span,
                    }),
                    Kind::Null => {}
                    _ => wrong_type(item, field.name, &Shape::Text, problems),
                }
            }
            Some(Value::List(texts))
        }
        (Shape::Object(fields), Kind::Map(_)) => Some(Value::Object(object(
            node, fields, field.name, false, problems,
        ))),
        (Shape::Open(fields), Kind::Map(_)) => Some(Value::Object(object(
            node, fields, field.name, true, problems,
        ))),
        (Shape::Entries(fields), Kind::Seq(items)) => {
            let entries = items
                .iter()
                .filter(|item| !matches!(item.kind, Kind::Null))
                .map(|item| object(item, fields, field.name, false, problems))
                .collect();
            Some(Value::Objects(entries))
        }
        (shape, _) => {
            wrong_type(node, field.name, shape, problems);
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::read::yaml::parse;

    fn problems(text: &str) -> Vec<(String, u32, u32, Option<String>)> {
        let root = parse(text).unwrap().unwrap();
        match document(&root) {
            Ok(_) => vec![],
            Err(ps) => ps
                .into_iter()
                .map(|p| {
                    let help = p
                        .help
                        .map(|h| format!("{}{:?}", h.id, h.args.first().map(|a| &a.1)));
                    (p.msg.id.to_string(), p.span.line, p.span.col, help)
                })
                .collect(),
        }
    }

    #[test]
    fn unknown_keys_get_a_suggestion() {
        let ps = problems("work:\n  - name: A\n    positon: B\n");
        assert_eq!(ps.len(), 1);
        assert_eq!(ps[0].0, "error-unknown-key");
        assert_eq!((ps[0].1, ps[0].2), (3, 5));
        assert!(ps[0].3.as_deref().unwrap().contains("position"));
    }

    #[test]
    fn other_keys_are_kept_for_the_unknown_key_rule() {
        let root = parse(
            "$schema: s\neducation:\n  - institution: A\n    location: Lund\n    tags: [a]\nmeta:\n  theme: even\n  version: v1\n",
        )
        .unwrap()
        .unwrap();
        let v = document(&root).unwrap_or_else(|_| panic!("accepted"));
        let fields = &v.sections[0].entries[0].fields;
        let keys: Vec<(&str, Option<&str>)> = fields
            .unknown
            .iter()
            .map(|u| {
                (
                    u.key.value.as_str(),
                    u.value.as_ref().map(|t| t.value.as_str()),
                )
            })
            .collect();
        assert_eq!(keys, [("location", Some("Lund")), ("tags", None)]);
        assert_eq!(
            (
                fields.unknown[0].key.span.line,
                fields.unknown[0].key.span.col
            ),
            (4, 5)
        );
        // `$schema` and `meta` (theme settings included) are JSON Resume's own.
        assert!(v.extra.unknown.is_empty());
        let meta = v.extra.object("meta").unwrap();
        assert!(meta.unknown.is_empty() && meta.text("version").is_some());
    }

    #[test]
    fn near_misses_are_errors_in_any_object() {
        let ps = problems("basics:\n  Name: A\nwork:\n  - startdate: 2020\n");
        let ids: Vec<_> = ps.iter().map(|p| (p.0.as_str(), p.1)).collect();
        assert_eq!(ids, [("error-unknown-key", 2), ("error-unknown-key", 4)]);
        assert!(ps[1].3.as_deref().unwrap().contains("startDate"));
    }

    #[test]
    fn extension_keys_are_left_alone() {
        assert!(problems("x-note: hi\nwork:\n  - name: A\n    x-private: {a: 1}\n").is_empty());
    }

    #[test]
    fn wrong_types_point_at_the_value() {
        let ps = problems("work:\n  name: A\n");
        assert_eq!(ps[0].0, "error-wrong-type");
        assert_eq!((ps[0].1, ps[0].2), (2, 3));
        let ps = problems("projects:\n  - roles: Lead\n");
        assert_eq!(ps[0].0, "error-wrong-type");
    }

    #[test]
    fn a_map_written_with_a_full_width_colon_is_named() {
        let ps = problems("basics:\n  name：王浩\n");
        assert_eq!(
            (ps[0].0.as_str(), ps[0].1, ps[0].2),
            ("error-full-width-colon", 2, 7)
        );
    }

    #[test]
    fn all_problems_are_collected() {
        let ps = problems("wrk: []\nwork:\n  - nam: A\n    startDate: [1]\n");
        assert_eq!(ps.len(), 3);
    }

    #[test]
    fn duplicate_ids_within_a_section() {
        let ps = problems("work:\n  - id: a\n  - id: b\n  - id: a\n");
        assert_eq!(ps[0].0, "error-duplicate-id");
        assert_eq!(ps[0].1, 4);
    }

    #[test]
    fn numeric_ids_are_text() {
        assert!(problems("work:\n  - id: 1\n  - id: 2\n").is_empty());
        let ps = problems("work:\n  - id: [1]\n");
        assert_eq!(ps[0].0, "error-wrong-type");
    }
}
