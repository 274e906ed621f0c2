//! What several rules share: walking the aligned pairs, naming an entry,
//! and reporting a value that differs the one way every rule reports it.
//! The registry and the rule interface are in the module above.

use super::{Comparison, Context, Rule};
use crate::finding::{Finding, Severity};
use crate::model::Document;

/// A value as written and, when that differs, as understood:
/// `03/2022 (2022-03)`, or just `2022-03`.
pub fn as_written(written: &str, understood: &str) -> String {
    let written = written.trim();
    if written == understood {
        written.to_string()
    } else {
        format!("{written} ({understood})")
    }
}

/// A value that differs between the two languages, as every rule of that
/// kind reports it: `{a} in {alang} vs {b} in {blang}` (plus whatever the
/// message adds), pointing at both values; a warning when the entries were
/// paired by dates and position only, since the pairing may be wrong.
pub fn value_differs(
    rule: &'static Rule,
    ctx: &Context<'_>,
    cmp: &Comparison<'_>,
    confident: bool,
    message: crate::message::Msg,
    (a, b): (&crate::model::Text, &crate::model::Text),
) -> Finding {
    let f = Finding::new(
        rule,
        ctx.profile,
        message
            .arg("a", a.value.trim().to_string())
            .arg("alang", cmp.a.file.lang.tag.clone())
            .arg("b", b.value.trim().to_string())
            .arg("blang", cmp.b.file.lang.tag.clone()),
    )
    .at(&cmp.a.file, a.span, None)
    .at(&cmp.b.file, b.span, None);
    if confident {
        f
    } else {
        f.severity(Severity::Warning)
    }
}

/// Calls `f` on every aligned pair whose titles were read.
pub fn each_title_pair<'a>(
    ctx: &'a Context<'a>,
    mut f: impl FnMut(
        &'a Comparison<'a>,
        crate::model::SectionKind,
        &'a crate::align::Pair,
        &'a crate::align::titles::TitlePair,
    ),
) {
    each_pair(ctx, |cmp, kind, pair, _, _| {
        if let Some(t) = &pair.titles {
            f(cmp, kind, pair, t);
        }
    });
}

/// Calls `f` on every pair of aligned entries of every comparison.
pub fn each_pair<'a>(
    ctx: &'a Context<'a>,
    mut f: impl FnMut(
        &'a Comparison<'a>,
        crate::model::SectionKind,
        &'a crate::align::Pair,
        &'a crate::model::Entry,
        &'a crate::model::Entry,
    ),
) {
    for cmp in ctx.comparisons {
        for section in &cmp.sections {
            let (Some(sa), Some(sb)) = (cmp.a.section(section.kind), cmp.b.section(section.kind))
            else {
                continue;
            };
            for pair in &section.pairs {
                f(
                    cmp,
                    section.kind,
                    pair,
                    &sa.entries[pair.a],
                    &sb.entries[pair.b],
                );
            }
        }
    }
}

/// Every entry of every section of a document, with its section.
pub fn entries(
    doc: &Document,
) -> impl Iterator<Item = (crate::model::SectionKind, &crate::model::Entry)> {
    doc.sections
        .iter()
        .flat_map(|s| s.entries.iter().map(move |e| (s.kind, e)))
}

/// How messages name an entry: its organisation or title, with the
/// position for jobs, as the user wrote them.
pub fn describe(kind: crate::model::SectionKind, entry: &crate::model::Entry) -> String {
    let name = entry.fields.text(kind.name_field()).map(|t| t.value.trim());
    let position = entry.fields.text("position").map(|t| t.value.trim());
    match (name, position) {
        (Some(n), Some(p)) => format!("{p} · {n}"),
        (Some(n), None) => n.to_string(),
        (None, Some(p)) => p.to_string(),
        (None, None) => format!("#{}", entry.index + 1),
    }
}
