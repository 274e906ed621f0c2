//! `cvpair align`: the pairing table, so a user can see why two entries
//! were (or were not) taken for the same one before trusting a finding.

use unicode_width::UnicodeWidthStr;

use crate::check;
use crate::cli::AlignArgs;
use crate::i18n::Localizer;
use crate::message::Msg;
use crate::model::Document;
use crate::rules::{describe, missing_entry::section_msg};
use crate::source::discover::discover;

/// Widest an entry name may be in the table before it is cut.
const NAME_WIDTH: usize = 34;
/// Width of the score column, in terminal columns.
const SCORE_WIDTH: usize = 5;

pub fn run(args: &AlignArgs, l10n: &Localizer) -> super::Output {
    let style = crate::report::human::Style {
        color: false,
        width: 100,
    };
    let paths = std::slice::from_ref(&args.profile);
    let options = match super::options(&args.common, paths) {
        Ok(o) => o,
        Err(f) => return f.output(l10n, style),
    };
    let found = discover(paths, &options.config, false);
    let mut out = String::new();
    let mut errors: Vec<_> = found.errors;
    for profile in &found.profiles {
        match check::load(profile, &options) {
            Ok(loaded) => {
                for cmp in check::comparisons(&loaded.documents, &loaded.glossary, true) {
                    table(&loaded, &cmp, l10n, &mut out);
                }
            }
            Err(e) => errors.extend(e),
        }
    }
    if errors.is_empty() {
        return super::Output::ok(out, 0);
    }
    let outcome = check::Outcome {
        errors,
        ..Default::default()
    };
    out.push_str(&crate::report::human::render(&outcome, l10n, style));
    super::Output::ok(out, 2)
}

fn table(
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
            let mut why: Vec<String> = p.scored.reasons.iter().map(|r| l10n.text(r)).collect();
            if let Some(t) = &p.titles {
                let show = |r: &crate::terms::titles::Reading| {
                    if r.known {
                        r.describe()
                    } else {
                        "?".to_string()
                    }
                };
                why.push(
                    l10n.text(
                        &Msg::new("reason-titles")
                            .arg("a", show(&t.ra))
                            .arg("b", show(&t.rb)),
                    ),
                );
            }
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
