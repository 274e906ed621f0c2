use crate::align::Pair;
use crate::date::{Agreement, DateValue};
use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::message::Msg;
use crate::model::{Document, End, Entry, SectionKind, Span};
use crate::rules::unknown_key::{self, Kind};
use crate::rules::{Context, as_written, describe, each_pair};

declare_rule! {
    /// ## What it does
    /// Compares the dates of entries paired across languages. They
    /// contradict when they name a different year or month at the precision
    /// both give, or when one language says the entry is ongoing (`present`,
    /// `至今`, or no end date) and the other gives an end. A year against a
    /// month of that year (`2023` and `2023.09`) is only less precise, and
    /// is not reported. A key cvpair does not know is compared the same way
    /// when both languages give it a date at the same place (see
    /// `unknown-key`).
    ///
    /// ## Why is this bad?
    /// A start month fixed in one file only, or a job ended in one language
    /// and still current in the other, tells a recruiter reading both that
    /// one of them is wrong, without saying which: both lose credit.
    ///
    /// ## Example
    /// ```yaml
    /// # en.yaml
    /// startDate: 03/2022
    /// endDate: present
    /// # zh.yaml
    /// startDate: 2021.03    # a year apart
    /// endDate: 2024.06      # ended, where English says ongoing
    /// ```
    ///
    /// ## How to settle it
    /// Correct the wrong side. If the two entries are not the same entry at
    /// all, give each an `id:` (different ones) and cvpair will not pair
    /// them. When the pairing itself rests only on dates and list position,
    /// the finding is a warning.
    pub const RULE = {
        code: "CV201",
        name: "date-mismatch",
        severity: Error,
        check: check,
    };
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    each_pair(ctx, |cmp, kind, pair, ea, eb| {
        let side_a = Side {
            doc: cmp.a,
            entry: ea,
        };
        let side_b = Side {
            doc: cmp.b,
            entry: eb,
        };
        compare(ctx, kind, pair, &side_a, &side_b, out);
    });
    unknown_key::differing(ctx, &RULE, Kind::Date, out);
}

struct Side<'a> {
    doc: &'a Document,
    entry: &'a Entry,
}

impl Side<'_> {
    fn lang(&self) -> String {
        self.doc.file.lang.tag.clone()
    }

    /// The start as shown and where it is.
    fn start(&self) -> Option<(String, Span, &'static str)> {
        let f = self.entry.start.as_ref()?;
        let d = self.entry.start_date()?;
        Some((
            as_written(&f.text.value, &d.to_string()),
            f.text.span,
            f.key,
        ))
    }

    /// The end as shown and where it is; a left-out end points at the
    /// start date, the nearest thing to its place.
    fn end(&self) -> Option<(String, Span, DateValue)> {
        match &self.entry.end {
            End::None => None,
            End::OpenEnded => {
                let f = self.entry.start.as_ref()?;
                Some(("—".to_string(), f.text.span, DateValue::Ongoing))
            }
            End::Given(f) => {
                let v = f.value.clone().ok()?;
                Some((as_written(&f.text.value, &v.to_string()), f.text.span, v))
            }
        }
    }
}

fn compare(
    ctx: &Context<'_>,
    kind: SectionKind,
    pair: &Pair,
    a: &Side<'_>,
    b: &Side<'_>,
    out: &mut Vec<Finding>,
) {
    let report = |message: Msg, (span_a, label_a): (Span, Msg), (span_b, label_b): (Span, Msg)| {
        let mut f = Finding::new(&RULE, ctx.profile, message)
            .section(kind)
            .at(&a.doc.file, span_a, Some(label_a))
            .at(&b.doc.file, span_b, Some(label_b));
        if !pair.confident() {
            f = f
                .severity(Severity::Warning)
                .help(Msg::new("help-weak-pairing").arg("entry", describe(kind, a.entry)));
        }
        f
    };
    let label = |side: &Side<'_>, shown: &str| {
        Msg::new("label-lang-value")
            .arg("lang", side.lang())
            .arg("value", shown.to_string())
    };

    let starts_differ = match (a.entry.start_date(), b.entry.start_date()) {
        (Some(da), Some(db)) => da.agreement(&db) != Agreement::Same,
        _ => false,
    };
    if let (Some((ta, span_a, key)), Some((tb, span_b, _)), true) =
        (a.start(), b.start(), starts_differ)
    {
        out.push(report(
            differ(field_msg(key), (a, &ta), (b, &tb)),
            (span_a, label(a, &ta)),
            (span_b, label(b, &tb)),
        ));
    }

    let (Some((ta, span_a, va)), Some((tb, span_b, vb))) = (a.end(), b.end()) else {
        return;
    };
    let ongoing_label = |side: &Side<'_>, shown: &str| {
        if matches!(side.entry.end, End::OpenEnded) {
            Msg::new("label-no-end").arg("lang", side.lang())
        } else {
            label(side, shown)
        }
    };
    match (va, vb) {
        (DateValue::Date(x), DateValue::Date(y)) if x.agreement(&y) != Agreement::Same => {
            out.push(report(
                differ("field-endDate", (a, &ta), (b, &tb)),
                (span_a, label(a, &ta)),
                (span_b, label(b, &tb)),
            ));
        }
        (DateValue::Ongoing, DateValue::Date(_)) | (DateValue::Date(_), DateValue::Ongoing) => {
            let (on, on_text, off, off_text) = if va == DateValue::Ongoing {
                (a, &ta, b, &tb)
            } else {
                (b, &tb, a, &ta)
            };
            let ongoing_as = if matches!(on.entry.end, End::OpenEnded) {
                Msg::new("ongoing-left-out")
            } else {
                Msg::new("ongoing-written").arg("value", on_text.clone())
            };
            out.push(report(
                Msg::new("date-mismatch-ongoing")
                    .arg("onlang", on.lang())
                    .arg("ongoing", ongoing_as)
                    .arg("offlang", off.lang())
                    .arg("end", off_text.clone()),
                (span_a, ongoing_label(a, &ta)),
                (span_b, ongoing_label(b, &tb)),
            ));
        }
        _ => {}
    }
}

/// "{field} differs: {a} in {alang} vs {b} in {blang}".
fn differ(field: &'static str, (a, ta): (&Side<'_>, &str), (b, tb): (&Side<'_>, &str)) -> Msg {
    Msg::new("date-mismatch")
        .arg("field", Msg::new(field))
        .arg("a", ta.to_string())
        .arg("alang", a.lang())
        .arg("b", tb.to_string())
        .arg("blang", b.lang())
}

/// The Fluent id naming a date field.
fn field_msg(key: &str) -> &'static str {
    match key {
        "releaseDate" => "field-releaseDate",
        "date" => "field-date",
        "endDate" => "field-endDate",
        _ => "field-startDate",
    }
}
