use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::message::Msg;
use crate::model::Document;
use crate::rules::{Context, describe};

declare_rule! {
    /// ## What it does
    /// Reports an entry of one language that has no counterpart in the
    /// other: an internship listed in English only, a project only in
    /// Chinese, a whole section (publications, volunteer work) in one file.
    ///
    /// ## Why is this bad?
    /// A reader who sees both versions sees two different careers. Entries
    /// added in one file and forgotten in the other are the commonest drift
    /// between language versions.
    ///
    /// ## Example
    /// ```yaml
    /// # en.yaml
    /// work:
    ///   - name: Lanjing Data Co., Ltd.
    ///     position: Data Intern
    ///     startDate: 07/2020
    /// # zh.yaml: no 蓝鲸数据 entry at all
    /// ```
    ///
    /// ## How to settle it
    /// Add the entry to the other file. If it is there but cvpair did not
    /// recognise it (a translated company name, say), give both entries the
    /// same `id:` and they pair whatever they say. When cvpair saw a possible
    /// counterpart it names it, and the finding is a warning, not an error.
    /// If the omission is deliberate, suppress the finding on that entry.
    pub const RULE = {
        code: "CV101",
        name: "missing-entry",
        severity: Error,
        check: check,
    };
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for cmp in ctx.comparisons {
        for section in &cmp.sections {
            for u in &section.only_a {
                out.push(finding(ctx, cmp.a, cmp.b, section.kind, u.index, u.nearest));
            }
            for u in &section.only_b {
                out.push(finding(ctx, cmp.b, cmp.a, section.kind, u.index, u.nearest));
            }
        }
    }
}

fn finding(
    ctx: &Context<'_>,
    has: &Document,
    lacks: &Document,
    kind: crate::model::SectionKind,
    index: usize,
    nearest: Option<usize>,
) -> Finding {
    let entries = &has.section(kind).expect("aligned section exists").entries;
    let entry = &entries[index];
    let f = Finding::new(
        &RULE,
        ctx.profile,
        Msg::new("missing-entry")
            .arg("entry", describe(kind, entry))
            .arg("section", Msg::new(section_msg(kind)))
            .arg("has", has.file.lang.tag.clone())
            .arg("lacks", lacks.file.lang.tag.clone()),
    )
    .section(kind)
    .at(&has.file, entry.span(), None);
    match nearest.and_then(|j| lacks.section(kind).map(|s| &s.entries[j])) {
        Some(other) => f
            .severity(Severity::Warning)
            .help(
                Msg::new("help-missing-entry-nearest")
                    .arg("candidate", describe(kind, other))
                    .arg("path", lacks.file.display.clone())
                    .arg("line", other.span().line),
            )
            .at(
                &lacks.file,
                other.span(),
                Some(Msg::new("label-possible-counterpart")),
            ),
        None => f.help(Msg::new("help-missing-entry").arg("path", lacks.file.display.clone())),
    }
}

/// The Fluent id of a section's name.
pub fn section_msg(kind: crate::model::SectionKind) -> &'static str {
    use crate::model::SectionKind::*;
    match kind {
        Work => "section-work",
        Volunteer => "section-volunteer",
        Education => "section-education",
        Projects => "section-projects",
        Publications => "section-publications",
        Awards => "section-awards",
        Certificates => "section-certificates",
    }
}
