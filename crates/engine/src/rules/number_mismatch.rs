use std::sync::Arc;

use crate::declare_rule;
use crate::file::SourceFile;
use crate::finding::{Finding, Severity};
use crate::message::Msg;
use crate::model::{Fields, SectionKind, Span, Text};
use crate::rules::unknown_key::{self, Kind};
use crate::rules::{Context, each_pair};
use crate::terms::numbers::pairing::{self, Outcome, Side};
use crate::terms::numbers::{self, Quantity};

declare_rule! {
    /// ## What it does
    /// Compares the numbers stated in paired entries (`highlights`,
    /// `summary`, `description`, and the name of a certificate, an award, a
    /// project or a publication) and in `basics.summary`. The ways each
    /// language writes a number are made equal: `10万` = `100,000` =
    /// `100k`, `50 亿元` = `RMB 5 billion`, `12 萬` = `120,000`, `3倍` =
    /// `3x`, `91％` = `91%`, `eleven years` = `十一年` = `11年`, `两个` = `2`;
    /// qualifiers (`约`, `逾`, `over`, `nearly`, `100+`, `300 多`) do not
    /// change a figure.
    /// A key cvpair does not know is compared when both languages give it a
    /// plain number at the same place (see `unknown-key`).
    ///
    /// A figure is compared with the figure that answers to it, known by
    /// what it counts: percentages, multiples, money (`RMB`, `亿元`),
    /// people (`人`, `team of`), years and months, things (`个`, `台`),
    /// ranks (`Top 10`, `前十名`) and test scores (`IELTS 7.5`, `620分`).
    /// Numbers that name a thing are not amounts and are not compared:
    /// years and dates (the date rules compare them), versions and products
    /// (`Python 3`, `Windows 11`, `Unreal Engine 5`, `iPhone 15`), standards
    /// and levels (`ISO 9001`, `CET-6`, `六级`, `Level 2`, `5G`), `0→1`.
    ///
    /// A figure whose only possible counterpart differs is an error; where
    /// several figures of the same kind could answer to it, the nearest is
    /// named as a warning. A figure stated in one language only is `info`
    /// (a translation may drop a detail); a rank or a number written in
    /// words is not reported alone.
    ///
    /// ## Why is this bad?
    /// "Cut latency by 91%" in English and 降低81% in Chinese: the reader who
    /// compares cannot tell which is true, and assumes the larger is not.
    ///
    /// ## Example
    /// ```yaml
    /// # en.yaml                                   # zh.yaml
    /// highlights:                                  highlights:
    ///   - Served 1 million daily users               - 服务日活10万用户
    /// ```
    ///
    /// ## How to settle it
    /// Correct the wrong number. A number deliberately rounded differently
    /// in one language can be suppressed on its entry.
    pub const RULE = {
        code: "CV403",
        name: "number-mismatch",
        severity: Error,
        check: check,
    };
}

/// Free-text fields whose numbers are compared.
const FREE_TEXT: &[&str] = &["summary", "description", "highlights"];

/// A quantity and where it was written.
struct Found<'a> {
    q: Quantity,
    text: &'a Text,
}

/// The quantities of an entry's free text and, for the sections whose name
/// states facts (`IELTS Academic 7.5`, `RMB 2 billion bond issue`), of its
/// name.
fn quantities(fields: &Fields, section: Option<SectionKind>) -> Vec<Found<'_>> {
    let name = section
        .filter(|k| NAMES_STATE_FACTS.contains(k))
        .map(|k| k.name_field());
    let mut out = Vec::new();
    for key in name.iter().chain(FREE_TEXT) {
        let texts: Vec<&Text> = match fields.text(key) {
            Some(t) => vec![t],
            None => fields.list(key).iter().collect(),
        };
        for text in texts {
            out.extend(
                numbers::extract(&text.value)
                    .into_iter()
                    .map(|q| Found { q, text }),
            );
        }
    }
    out
}

/// Sections whose entry names carry figures: a certificate's score, an
/// award's rank, a project's or a paper's amounts. A job's or a school's
/// name is an organisation (`3M`, `360`), compared by the title rules.
const NAMES_STATE_FACTS: &[SectionKind] = &[
    SectionKind::Certificates,
    SectionKind::Awards,
    SectionKind::Projects,
    SectionKind::Publications,
];

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for cmp in ctx.comparisons {
        let (a, b) = (
            quantities(&cmp.a.basics, None),
            quantities(&cmp.b.basics, None),
        );
        compare(ctx, (&cmp.a.file, a), (&cmp.b.file, b), None, true, out);
    }
    each_pair(ctx, |cmp, kind, pair, ea, eb| {
        let (a, b) = (
            quantities(&ea.fields, Some(kind)),
            quantities(&eb.fields, Some(kind)),
        );
        compare(
            ctx,
            (&cmp.a.file, a),
            (&cmp.b.file, b),
            Some(kind),
            pair.confident(),
            out,
        );
    });
    unknown_key::differing(ctx, &RULE, Kind::Number, out);
}

fn compare(
    ctx: &Context<'_>,
    (fa, a): (&Arc<SourceFile>, Vec<Found<'_>>),
    (fb, b): (&Arc<SourceFile>, Vec<Found<'_>>),
    section: Option<SectionKind>,
    confident: bool,
    out: &mut Vec<Finding>,
) {
    let qa: Vec<Quantity> = a.iter().map(|f| f.q.clone()).collect();
    let qb: Vec<Quantity> = b.iter().map(|f| f.q.clone()).collect();
    for outcome in pairing::compare(&qa, &qb) {
        let mut f = match outcome {
            Outcome::Differ { a: i, b: j, sure } => {
                let (x, y) = (&a[i], &b[j]);
                let f = Finding::new(
                    &RULE,
                    ctx.profile,
                    Msg::new("number-mismatch")
                        .arg("a", x.q.written.clone())
                        .arg("alang", fa.lang.tag.clone())
                        .arg("b", y.q.written.clone())
                        .arg("blang", fb.lang.tag.clone()),
                )
                .at(fa, place(fa, x.text, &x.q), None)
                .at(fb, place(fb, y.text, &y.q), None);
                if sure && confident {
                    f
                } else {
                    f.severity(Severity::Warning)
                }
            }
            Outcome::OneSide {
                side: Side::A,
                index,
            } => one_side(ctx, fa, fb, &a[index]),
            Outcome::OneSide {
                side: Side::B,
                index,
            } => one_side(ctx, fb, fa, &b[index]),
        };
        if let Some(kind) = section {
            f = f.section(kind);
        }
        out.push(f);
    }
}

fn one_side(
    ctx: &Context<'_>,
    has: &Arc<SourceFile>,
    lacks: &Arc<SourceFile>,
    x: &Found<'_>,
) -> Finding {
    Finding::new(
        &RULE,
        ctx.profile,
        Msg::new("number-one-side")
            .arg("n", x.q.written.clone())
            .arg("has", has.lang.tag.clone())
            .arg("lacks", lacks.lang.tag.clone()),
    )
    .severity(Severity::Info)
    .at(has, place(has, x.text, &x.q), None)
}

/// The span of the number itself inside its text, when the text is written
/// on one line (a quoted scalar starts one character later); else the text.
fn place(file: &SourceFile, text: &Text, q: &Quantity) -> Span {
    if text.value.contains('\n') {
        return text.span;
    }
    let range = file.byte_range(text.span);
    let quoted = file.text[range.start..].starts_with(['"', '\'']);
    let skip = u32::from(quoted) + q.start as u32;
    let line = &file.text[range.start..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    // A folded or escaped scalar does not map one to one onto the file.
    if !line.contains(text.value.as_str()) {
        return text.span;
    }
    Span {
        start: text.span.start + skip,
        end: text.span.start + skip + q.len as u32,
        line: text.span.line,
        col: text.span.col + skip,
    }
}
