use crate::align::score::normalise_url;
use crate::date::{self, Agreement};
use crate::declare_rule;
use crate::finding::Finding;
use crate::message::Msg;
use crate::model::{Document, Fields, SectionKind, Text, Value};
use crate::rules::{Comparison, Context, Rule, each_pair, value_differs};
use crate::terms::numbers;

declare_rule! {
    /// ## What it does
    /// Lists, once per file, the keys cvpair does not know: keys of your
    /// own, or of a theme or tool, that JSON Resume allows on every object
    /// (`location` on an education entry, `gpa`, `website`). The finding
    /// points at the first of them. A key that is a near miss of a known
    /// key of its object (`positon`, `startdate`) is not accepted at all:
    /// it stops the check with a "did you mean" (exit 2).
    ///
    /// ## Why is this bad?
    /// It usually is not: the file is valid JSON Resume. But cvpair reads no
    /// meaning into such a key, so a misspelling far from every known name
    /// would otherwise go unnoticed. An unknown key that both languages
    /// give at the same place (the top level, `basics`, or two paired
    /// entries) is still compared when it holds a link, a date or a plain
    /// number: a difference is a `url-mismatch`, `date-mismatch` or
    /// `number-mismatch`.
    ///
    /// ## Example
    /// ```yaml
    /// education:
    ///   - institution: Tsinghua University
    ///     location: Beijing      # not a JSON Resume key of education
    /// ```
    ///
    /// ## How to settle it
    /// Nothing to do for a key you meant. If it is a misspelling, correct
    /// it; to silence the note, start the key with `x-` (never reported) or
    /// turn the rule off with `ignore: [unknown-key]`.
    pub const RULE = {
        code: "CV004",
        name: "unknown-key",
        severity: Info,
        check: check,
    };
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for doc in ctx.documents {
        let mut keys: Vec<&Text> = Vec::new();
        for fields in maps(doc) {
            keys.extend(fields.unknown.iter().map(|u| &u.key));
        }
        keys.sort_by_key(|k| k.span.start);
        let Some(first) = keys.first() else {
            continue;
        };
        let mut names: Vec<&str> = Vec::new();
        for k in &keys {
            if !names.contains(&k.value.as_str()) {
                names.push(&k.value);
            }
        }
        let listed: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
        out.push(
            Finding::new(
                &RULE,
                ctx.profile,
                Msg::new("unknown-key")
                    .arg("count", names.len())
                    .arg("keys", listed.join(", ")),
            )
            .at(&doc.file, first.span, None)
            .help(Msg::new("help-unknown-key")),
        );
    }
}

/// Every map of a document, nested ones included.
fn maps(doc: &Document) -> Vec<&Fields> {
    let mut out = Vec::new();
    nested(&doc.extra, &mut out);
    nested(&doc.basics, &mut out);
    for section in &doc.sections {
        for entry in &section.entries {
            nested(&entry.fields, &mut out);
        }
    }
    out
}

fn nested<'a>(fields: &'a Fields, out: &mut Vec<&'a Fields>) {
    out.push(fields);
    for (_, value) in &fields.items {
        match value {
            Value::Object(f) => nested(f, out),
            Value::Objects(fs) => fs.iter().for_each(|f| nested(f, out)),
            Value::Text(_) | Value::List(_) => {}
        }
    }
}

/// What an unknown key holds on both sides, when it is one thing cvpair
/// can compare; tried in this order, so `2023` is a date, not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Url,
    Date,
    Number,
}

impl Kind {
    fn of(a: &str, b: &str) -> Option<Kind> {
        let url = |s: &str| {
            let s = s.trim().to_ascii_lowercase();
            s.starts_with("https://") || s.starts_with("http://")
        };
        if url(a) && url(b) {
            Some(Kind::Url)
        } else if date::parse_start(a).is_ok() && date::parse_start(b).is_ok() {
            Some(Kind::Date)
        } else if number(a).is_some() && number(b).is_some() {
            Some(Kind::Number)
        } else {
            None
        }
    }
}

/// A plain number (`3.8`, `120`), as YAML or JSON writes one.
fn number(s: &str) -> Option<f64> {
    s.trim().parse::<f64>().ok().filter(|n| n.is_finite())
}

/// An unknown key both languages give on the same map, with a scalar of
/// the same [`Kind`] on each side.
struct Shared<'a> {
    cmp: &'a Comparison<'a>,
    /// `None` at the top level and in `basics`.
    section: Option<SectionKind>,
    /// Whether the maps are the same entry beyond doubt (always so for the
    /// top level and `basics`).
    confident: bool,
    kind: Kind,
    key: &'a str,
    a: &'a Text,
    b: &'a Text,
}

/// Reports, as `rule`, every shared unknown key holding a `kind` of value
/// that differs between the languages: the url, date and number rules
/// each call this for their own kind, so turning one of them off turns
/// its comparison of unknown keys off too.
pub fn differing(ctx: &Context<'_>, rule: &'static Rule, kind: Kind, out: &mut Vec<Finding>) {
    each_shared(ctx, |s| {
        if s.kind != kind {
            return;
        }
        let (a, b) = (s.a.value.as_str(), s.b.value.as_str());
        let (same, id) = match kind {
            Kind::Url => (normalise_url(a) == normalise_url(b), "url-mismatch"),
            Kind::Date => (
                date::parse_start(a)
                    .ok()
                    .zip(date::parse_start(b).ok())
                    .is_some_and(|(x, y)| x.agreement(&y) == Agreement::Same),
                "date-mismatch",
            ),
            Kind::Number => (
                number(a)
                    .zip(number(b))
                    .is_some_and(|(x, y)| numbers::same_value(x, y)),
                "number-mismatch",
            ),
        };
        if same {
            return;
        }
        let msg = Msg::new(id).arg("field", format!("`{}`", s.key));
        let f = value_differs(rule, ctx, s.cmp, s.confident, msg, (s.a, s.b));
        out.push(match s.section {
            Some(section) => f.section(section),
            None => f,
        });
    });
}

/// Calls `f` on every unknown key the two sides of a comparison share: at
/// the top level, in `basics`, and in each pair of aligned entries.
fn each_shared<'a>(ctx: &'a Context<'a>, mut f: impl FnMut(Shared<'a>)) {
    for cmp in ctx.comparisons {
        for (fa, fb) in [(&cmp.a.extra, &cmp.b.extra), (&cmp.a.basics, &cmp.b.basics)] {
            shared(fa, fb, |kind, key, a, b| {
                f(Shared {
                    cmp,
                    section: None,
                    confident: true,
                    kind,
                    key,
                    a,
                    b,
                })
            });
        }
    }
    each_pair(ctx, |cmp, section, pair, ea, eb| {
        shared(&ea.fields, &eb.fields, |kind, key, a, b| {
            f(Shared {
                cmp,
                section: Some(section),
                confident: pair.confident(),
                kind,
                key,
                a,
                b,
            })
        });
    });
}

fn shared<'a>(a: &'a Fields, b: &'a Fields, mut f: impl FnMut(Kind, &'a str, &'a Text, &'a Text)) {
    for ua in &a.unknown {
        let Some(ta) = &ua.value else {
            continue;
        };
        let tb = b
            .unknown
            .iter()
            .find(|ub| ub.key.value == ua.key.value)
            .and_then(|ub| ub.value.as_ref());
        if let Some(tb) = tb {
            if let Some(kind) = Kind::of(&ta.value, &tb.value) {
                f(kind, &ua.key.value, ta, tb);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_compare_as_one_kind_or_not_at_all() {
        assert_eq!(
            Kind::of("https://a.example", "HTTP://b.example"),
            Some(Kind::Url)
        );
        assert_eq!(Kind::of("2023", "2023年"), Some(Kind::Date));
        assert_eq!(Kind::of("民國104年", "2015-06"), Some(Kind::Date));
        assert_eq!(Kind::of("3.8", "4"), Some(Kind::Number));
        // Different kinds, or free text, are not compared.
        assert_eq!(Kind::of("https://a.example", "2023"), None);
        assert_eq!(Kind::of("3,000", "3000"), None);
        assert_eq!(Kind::of("Beijing", "北京"), None);
        assert_eq!(Kind::of("present", "至今"), None);
        assert_eq!(Kind::of("inf", "1"), None);
    }
}
