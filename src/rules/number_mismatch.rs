use std::sync::Arc;

use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::message::Msg;
use crate::model::{Fields, Span, Text};
use crate::rules::unknown_key::{self, Kind};
use crate::rules::{Context, each_pair};
use crate::source::SourceFile;
use crate::terms::numbers::{self, Quantity};

declare_rule! {
    /// ## What it does
    /// Compares the numbers stated in the free text of paired entries
    /// (`highlights`, `summary`, `description`) and in `basics.summary`:
    /// percentages, multiples and quantities, with the ways each language
    /// writes them made equal (`10万` = `100,000` = `100k`, `3倍` = `3x`,
    /// `91％` = `91%`). Years and dates are left to the date rules. A key
    /// cvpair does not know is compared when both languages give it a plain
    /// number at the same place (see `unknown-key`).
    ///
    /// A number of one kind in one language against a different number of
    /// the same kind in the other is an error; a number stated in one
    /// language only is `info` (a translation may drop a detail).
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

fn quantities(fields: &Fields) -> Vec<Found<'_>> {
    let mut out = Vec::new();
    for key in FREE_TEXT {
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

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for cmp in ctx.comparisons {
        let (a, b) = (quantities(&cmp.a.basics), quantities(&cmp.b.basics));
        compare(ctx, (&cmp.a.file, a), (&cmp.b.file, b), None, true, out);
    }
    each_pair(ctx, |cmp, kind, pair, ea, eb| {
        let (a, b) = (quantities(&ea.fields), quantities(&eb.fields));
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
    (fa, mut a): (&Arc<SourceFile>, Vec<Found<'_>>),
    (fb, mut b): (&Arc<SourceFile>, Vec<Found<'_>>),
    section: Option<crate::model::SectionKind>,
    confident: bool,
    out: &mut Vec<Finding>,
) {
    // Drop every quantity with an equal counterpart; what is left differs.
    a.retain(|x| {
        match b
            .iter()
            .position(|y| y.q.unit == x.q.unit && numbers::same_value(x.q.value, y.q.value))
        {
            Some(i) => {
                b.remove(i);
                false
            }
            None => true,
        }
    });
    let mut b_left: Vec<Option<Found<'_>>> = b.into_iter().map(Some).collect();
    for x in a {
        let partner = b_left
            .iter_mut()
            .find(|y| y.as_ref().is_some_and(|y| y.q.unit == x.q.unit))
            .and_then(Option::take);
        let mut f = match &partner {
            Some(y) => Finding::new(
                &RULE,
                ctx.profile,
                Msg::new("number-mismatch")
                    .arg("a", x.q.written.clone())
                    .arg("alang", fa.lang.tag.clone())
                    .arg("b", y.q.written.clone())
                    .arg("blang", fb.lang.tag.clone()),
            )
            .at(fa, place(fa, x.text, &x.q), None)
            .at(fb, place(fb, y.text, &y.q), None),
            None => one_side(ctx, fa, fb, &x),
        };
        if partner.is_some() && !confident {
            f = f.severity(Severity::Warning);
        }
        if let Some(kind) = section {
            f = f.section(kind);
        }
        out.push(f);
    }
    for y in b_left.into_iter().flatten() {
        let mut f = one_side(ctx, fb, fa, &y);
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
