//! The pairing as a table per section: both entries, the score and why.

use unicode_width::UnicodeWidthStr;

use crate::check;
use crate::i18n::Localizer;
use crate::message::Msg;
use crate::model::Document;
use crate::rules::{describe, missing_entry::section_msg};

/// Widest an entry name may be in the table before it is cut.
const NAME_WIDTH: usize = 34;
/// Width of the score column, in terminal columns.
const SCORE_WIDTH: usize = 5;

/// One comparison (a language against the reference) as a table per
/// section.
pub(super) fn render(
    loaded: &check::Loaded,
    cmp: &crate::rules::Comparison<'_>,
    l10n: &Localizer,
    out: &mut String,
) {
    let (profile, a, b, sections) = (&loaded.display, cmp.a, cmp.b, &cmp.sections);
    out.push_str(
        &l10n.text(
            &Msg::new("align-profile")
                .arg("profile", profile.to_string())
                .arg("a", a.file.display.clone())
                .arg("b", b.file.display.clone()),
        ),
    );
    out.push('\n');
    let none = l10n.get("align-unpaired");
    for section in sections {
        let (Some(sa), sb) = (a.section(section.kind), b.section(section.kind)) else {
            // Only b has the section: every entry is unpaired.
            if let Some(sb) = b.section(section.kind) {
                heading(section.kind, a, b, l10n, out);
                for e in &sb.entries {
                    row(out, &none, &describe(section.kind, e), "", "");
                }
            }
            continue;
        };
        heading(section.kind, a, b, l10n, out);
        for p in &section.pairs {
            let why: Vec<String> = super::reasons(p).iter().map(|r| l10n.text(r)).collect();
            let eb = sb
                .map(|s| describe(section.kind, &s.entries[p.b]))
                .unwrap_or_default();
            row(
                out,
                &describe(section.kind, &sa.entries[p.a]),
                &eb,
                &format!("{:.2}", p.scored.score),
                &why.join("; "),
            );
        }
        let nearest = |doc: &Document, j: Option<usize>| {
            j.and_then(|j| {
                doc.section(section.kind)
                    .map(|s| describe(section.kind, &s.entries[j]))
            })
            .map(|e| {
                l10n.text(
                    &Msg::new("align-nearest")
                        .arg("entry", e)
                        .arg("score", "<1.50"),
                )
            })
            .unwrap_or_default()
        };
        for u in &section.only_a {
            row(
                out,
                &describe(section.kind, &sa.entries[u.index]),
                &none,
                "",
                &nearest(b, u.nearest),
            );
        }
        for u in &section.only_b {
            let e = sb
                .map(|s| describe(section.kind, &s.entries[u.index]))
                .unwrap_or_default();
            row(out, &none, &e, "", &nearest(a, u.nearest));
        }
    }
    out.push('\n');
}

fn heading(
    kind: crate::model::SectionKind,
    a: &Document,
    b: &Document,
    l10n: &Localizer,
    out: &mut String,
) {
    out.push('\n');
    out.push_str(
        &l10n.text(&Msg::new("align-section").arg("section", Msg::new(section_msg(kind)))),
    );
    out.push('\n');
    row(
        out,
        &a.file.lang.tag,
        &b.file.lang.tag,
        &l10n.get("align-col-score"),
        &l10n.get("align-col-why"),
    );
}

fn row(out: &mut String, a: &str, b: &str, score: &str, why: &str) {
    out.push_str(&format!(
        "  {} │ {} │ {}{} │ {}\n",
        fit(a),
        fit(b),
        " ".repeat(SCORE_WIDTH.saturating_sub(score.width())),
        score,
        why
    ));
}

/// Pads or cuts to the table's column width, in terminal columns (a CJK
/// character takes two).
fn fit(s: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in s.chars() {
        let w = UnicodeWidthStr::width(c.encode_utf8(&mut [0; 4]) as &str);
        if width + w > NAME_WIDTH - 1 && s.width() > NAME_WIDTH {
            out.push('…');
            width += 1;
            break;
        }
        out.push(c);
        width += w;
    }
    out.push_str(&" ".repeat(NAME_WIDTH.saturating_sub(width)));
    out
}
