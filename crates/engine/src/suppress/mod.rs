//! Suppressions: a finding the owner has looked at and accepted, written
//! where the entry is, with the reason, so a reviewer sees both.
//!
//! Two forms, as the file allows:
//! - a YAML comment, `# cvpair: ignore[date-mismatch] the Chinese CV rounds
//!   to the year`, on an entry's first line (the whole entry), on a value's
//!   line (that line), or alone on the line above either;
//! - a key, in YAML or JSON, on an entry or on `basics`:
//!   `x-cvpair-ignore: [date-mismatch]`, or a map of rule to reason.
//!
//! A suppression without a reason, one naming no rule, and one that
//! suppresses nothing are findings of their own, as ruff does for `noqa`,
//! so a stale or careless suppression cannot hide for long.

pub mod add;
mod comment;
mod key;

use std::sync::Arc;

use crate::config::Config;
use crate::file::SourceFile;
use crate::finding::Finding;
use crate::message::Msg;
use crate::model::{Document, Fields, Span, Value};
use crate::rules::{self, RULES, Rule};
use crate::suggest::closest;

/// The key of the key form, which the schema check sets aside for this
/// pass.
pub use crate::source::schema::SUPPRESS_KEY as KEY;

/// One rule suppressed over some lines of one file.
#[derive(Clone, Debug)]
pub struct Suppression {
    pub file: Arc<SourceFile>,
    pub rule: &'static Rule,
    pub reason: Option<String>,
    /// Where the rule is named, for findings about the suppression.
    pub at: Span,
    /// First and last line covered.
    pub lines: (u32, u32),
}

/// A suppression as read, before its rule name is checked.
struct Written {
    name: String,
    reason: Option<String>,
    at: Span,
    lines: (u32, u32),
}

/// A suppression that could not be read at all.
struct Malformed {
    at: Span,
}

/// Drops suppressed findings and adds the findings about suppressions.
pub fn apply(
    documents: &[Document],
    profile: &str,
    config: &Config,
    findings: Vec<Finding>,
) -> Vec<Finding> {
    let mut meta = Vec::new();
    let mut all = Vec::new();
    for doc in documents {
        let (written, malformed) = read(doc);
        for m in malformed {
            meta.push(
                Finding::new(
                    &rules::invalid_suppression::RULE,
                    profile,
                    Msg::new("invalid-suppression-malformed"),
                )
                .at(&doc.file, m.at, None)
                .help(Msg::new("help-suppression-form")),
            );
        }
        for w in written {
            match rules::lookup(&w.name) {
                Some(rule) => all.push(Suppression {
                    file: doc.file.clone(),
                    rule,
                    reason: w.reason,
                    at: w.at,
                    lines: w.lines,
                }),
                None => {
                    let help = closest(&w.name, RULES.iter().map(|r| r.name))
                        .map(|s| Msg::new("help-did-you-mean-rule").arg("rule", s))
                        .unwrap_or_else(|| Msg::new("help-list-rules"));
                    meta.push(
                        Finding::new(
                            &rules::invalid_suppression::RULE,
                            profile,
                            Msg::new("invalid-suppression-unknown-rule").arg("rule", w.name),
                        )
                        .at(&doc.file, w.at, None)
                        .help(help),
                    );
                }
            }
        }
    }
    let mut used = vec![false; all.len()];
    let mut kept = Vec::with_capacity(findings.len());
    for f in findings {
        let mut hit = false;
        for (i, s) in all.iter().enumerate() {
            if covers(s, &f) {
                used[i] = true;
                hit = true;
            }
        }
        if !hit {
            kept.push(f);
        }
    }
    for (s, used) in all.iter().zip(used) {
        if s.reason.is_none() {
            meta.push(
                Finding::new(
                    &rules::unexplained_suppression::RULE,
                    profile,
                    Msg::new("unexplained-suppression").arg("rule", s.rule.name),
                )
                .at(&s.file, s.at, None)
                .help(Msg::new("help-unexplained-suppression").arg("rule", s.rule.name)),
            );
        }
        // A suppression of a rule this configuration turns off may serve
        // another run; only one of a rule that ran can be known unused.
        if !used && config.enabled(s.rule) {
            meta.push(
                Finding::new(
                    &rules::unused_suppression::RULE,
                    profile,
                    Msg::new("unused-suppression").arg("rule", s.rule.name),
                )
                .at(&s.file, s.at, None)
                .help(Msg::new("help-unused-suppression")),
            );
        }
    }
    kept.extend(
        meta.into_iter()
            .filter(|f| config.enabled(f.rule))
            .map(|f| {
                let severity = config.severity(f.rule, f.severity);
                f.severity(severity)
            }),
    );
    kept
}

/// The `CV9xx` rules, whose findings are about suppressions themselves.
pub fn is_about_suppressions(rule: &Rule) -> bool {
    rule.code.starts_with("CV9")
}

fn covers(s: &Suppression, f: &Finding) -> bool {
    s.rule.code == f.rule.code
        && f.locations.iter().any(|l| {
            Arc::ptr_eq(&l.file, &s.file) && (s.lines.0..=s.lines.1).contains(&l.span.line)
        })
}

/// Every suppression written in a document, both forms.
fn read(doc: &Document) -> (Vec<Written>, Vec<Malformed>) {
    // A comment covers a whole map only on an entry's first line: on the
    // first line of `basics` it means that line, as it reads.
    let entries: Vec<(u32, u32)> = doc
        .sections
        .iter()
        .flat_map(|s| &s.entries)
        .map(|e| (e.fields.span.line, e.fields.last_line))
        .collect();
    // JSON has no comments: a `#` there is inside a string.
    let json = doc
        .file
        .path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let (mut written, malformed) = if json {
        (Vec::new(), Vec::new())
    } else {
        comment::read(&doc.file.text, &entries)
    };
    let maps = maps(doc);
    for m in &maps {
        if let Some(pair) = &m.suppress {
            written.extend(key::read(&pair.1, (m.span.line, m.last_line)));
        }
    }
    (written, malformed)
}

/// Every map of a document whose lines a suppression can cover: the
/// entries, `basics` and anything nested, and the document itself.
fn maps(doc: &Document) -> Vec<&Fields> {
    let mut out = vec![&doc.extra, &doc.basics];
    for section in &doc.sections {
        for entry in &section.entries {
            nested(&entry.fields, &mut out);
        }
    }
    for (_, v) in doc.basics.items.iter().chain(&doc.extra.items) {
        value(v, &mut out);
    }
    out
}

fn nested<'a>(fields: &'a Fields, out: &mut Vec<&'a Fields>) {
    out.push(fields);
    for (_, v) in &fields.items {
        value(v, out);
    }
}

fn value<'a>(v: &'a Value, out: &mut Vec<&'a Fields>) {
    match v {
        Value::Object(f) => nested(f, out),
        Value::Objects(fs) => fs.iter().for_each(|f| nested(f, out)),
        Value::Text(_) | Value::List(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang_tag;

    fn doc(text: &str) -> Document {
        let dir = std::env::temp_dir().join(format!("cvpair-suppress-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("en-{}.yaml", text.len()));
        std::fs::write(&path, text).unwrap();
        let lang = lang_tag::from_path(&dir.join("en.yaml")).unwrap();
        crate::source::load(&path, "en.yaml", lang).unwrap()
    }

    fn lines(text: &str) -> Vec<(String, Option<String>, (u32, u32))> {
        let (w, m) = read(&doc(text));
        assert!(m.is_empty());
        w.into_iter().map(|w| (w.name, w.reason, w.lines)).collect()
    }

    #[test]
    fn a_comment_on_an_entry_line_covers_the_entry() {
        let text = "work:\n  - name: A  # cvpair: ignore[date-mismatch] rounded\n    position: B\n    startDate: 2020-01\n  - name: C\n";
        assert_eq!(
            lines(text),
            vec![("date-mismatch".into(), Some("rounded".into()), (2, 4))]
        );
    }

    #[test]
    fn a_comment_on_a_value_line_covers_that_line_and_above_covers_below() {
        let text = "work:\n  - name: A\n    startDate: 2020-01 # cvpair: ignore[CV201, title-mismatch]\n    # cvpair: ignore[org-mismatch] the brand\n    position: B\n";
        assert_eq!(
            lines(text),
            vec![
                ("CV201".into(), None, (3, 3)),
                ("title-mismatch".into(), None, (3, 3)),
                ("org-mismatch".into(), Some("the brand".into()), (5, 5)),
            ]
        );
    }

    #[test]
    fn the_key_form_as_list_and_map() {
        let text = "work:\n  - name: A\n    x-cvpair-ignore: [date-mismatch]\n    position: B\n  - name: C\n    x-cvpair-ignore:\n      title-mismatch: official title\n";
        assert_eq!(
            lines(text),
            vec![
                ("date-mismatch".into(), None, (2, 4)),
                (
                    "title-mismatch".into(),
                    Some("official title".into()),
                    (5, 7)
                ),
            ]
        );
    }

    #[test]
    fn the_key_on_the_document_covers_the_file() {
        let text = "x-cvpair-ignore: {future-date: an accepted offer}\nwork:\n  - name: A\n    startDate: 2027-01\n";
        assert_eq!(
            lines(text),
            vec![(
                "future-date".into(),
                Some("an accepted offer".into()),
                (1, 4)
            )]
        );
    }

    #[test]
    fn text_that_only_mentions_cvpair_is_not_a_suppression() {
        let text =
            "basics:\n  summary: 'I wrote cvpair: ignore it'\n  label: \"C# dev\" # just a note\n";
        assert!(lines(text).is_empty());
    }

    #[test]
    fn json_strings_are_never_comments() {
        let dir = std::env::temp_dir().join(format!("cvpair-suppress-json-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("en.json");
        std::fs::write(
            &path,
            "{\"basics\": {\"summary\": \"C # cvpair: ignore[x]\"}}\n",
        )
        .unwrap();
        let lang = lang_tag::from_path(&path).unwrap();
        let doc = crate::source::load(&path, "en.json", lang).unwrap();
        let (w, m) = read(&doc);
        assert!(w.is_empty() && m.is_empty());
    }

    #[test]
    fn a_malformed_comment_is_reported() {
        let (_, m) = read(&doc("basics:\n  name: A # cvpair: ignroe[x]\n"));
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].at.line, 2);
    }
}
