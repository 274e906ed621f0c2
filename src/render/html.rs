//! One self-contained HTML page: every user text escaped, links only to web
//! and mail addresses, the page's `lang` set so browsers pick the right
//! CJK glyphs, and a print stylesheet so "Print to PDF" gives a clean
//! résumé.

use std::fmt::Write as _;

use super::page::{Inline, Page};
use crate::escape::html as esc;
use crate::i18n::Localizer;
use crate::message::Msg;

/// Latin faces first, then CJK faces per script: a browser takes each
/// character from the first face that has it.
const STYLE: &str = r#"
:root { --ink: #1f2328; --muted: #57606a; --rule: #d0d7de; --accent: #0b57d0; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; line-height: 1.5;
  font: 15px/1.55 "Inter", "Helvetica Neue", Arial, "Noto Sans CJK SC", "Noto Sans SC",
    "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif; }
:lang(zh-TW), :lang(zh-HK), :lang(zh-Hant) { font-family: "Helvetica Neue", Arial,
  "Noto Sans CJK TC", "Noto Sans TC", "PingFang TC", "Microsoft JhengHei", sans-serif; }
main { max-width: 52rem; margin: 0 auto; padding: 2.5rem 2rem; }
header h1 { margin: 0; font-size: 2rem; letter-spacing: .01em; }
.label { margin: .25rem 0 .5rem; color: var(--muted); font-size: 1.05rem; }
.contacts { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem;
  color: var(--muted); font-size: .92rem; }
.forced { border-left: 4px solid #cf222e; background: #fff5f5; padding: .5rem .75rem; }
section { margin-top: 1.6rem; }
h2 { font-size: 1.1rem; text-transform: uppercase; letter-spacing: .06em; border-bottom: 1px solid var(--rule);
  padding-bottom: .2rem; margin: 0 0 .6rem; }
:lang(zh) h2 { text-transform: none; letter-spacing: .12em; }
article { margin: 0 0 .9rem; }
h3 { font-size: 1rem; margin: 0; }
.meta { margin: .1rem 0 .3rem; color: var(--muted); font-size: .9rem; }
.meta span + span::before { content: " · "; }
p { margin: .3rem 0; }
ul { margin: .2rem 0 .2rem 1.2rem; padding: 0; }
a { color: var(--accent); text-decoration: none; }
@page { size: A4; margin: 12mm 14mm; }
@media print {
  body { font-size: 9.5pt; line-height: 1.38; }
  main { max-width: none; padding: 0; }
  header h1 { font-size: 18pt; }
  section { margin-top: 9pt; break-inside: auto; }
  h2 { margin-bottom: 4pt; break-after: avoid; }
  article { margin-bottom: 5pt; break-inside: avoid; }
  a { color: inherit; }
}
"#;

pub fn render(page: &Page, l10n: &Localizer) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        esc(&page.lang),
        esc(&page.name)
    );
    if let Some(note) = &page.forced {
        let _ = writeln!(out, "<p class=\"forced\" role=\"note\">{}</p>", esc(note));
    }
    let _ = writeln!(out, "<header>\n<h1>{}</h1>", esc(&page.name));
    if let Some(label) = &page.label {
        let _ = writeln!(out, "<p class=\"label\">{}</p>", esc(label));
    }
    let contacts: Vec<String> = page.contacts.iter().map(|c| one(c, l10n)).collect();
    list(&mut out, " class=\"contacts\"", &contacts);
    out.push_str("</header>\n");
    for section in &page.sections {
        let _ = writeln!(out, "<section>\n<h2>{}</h2>", esc(&section.title));
        for p in &section.paragraphs {
            let _ = writeln!(out, "<p>{}</p>", esc(p));
        }
        for item in &section.items {
            out.push_str("<article>\n");
            if !item.title.is_empty() {
                let _ = writeln!(out, "<h3>{}</h3>", inline(&item.title, l10n));
            }
            if !item.meta.is_empty() {
                out.push_str("<p class=\"meta\">");
                for m in &item.meta {
                    let _ = write!(out, "<span>{}</span>", inline(m, l10n));
                }
                out.push_str("</p>\n");
            }
            for p in &item.paragraphs {
                let _ = writeln!(out, "<p>{}</p>", esc(p));
            }
            let bullets: Vec<String> = item.bullets.iter().map(|b| inline(b, l10n)).collect();
            list(&mut out, "", &bullets);
            out.push_str("</article>\n");
        }
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// A `<ul>` of already-escaped items; nothing when there are none.
fn list(out: &mut String, attrs: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out, "<ul{attrs}>");
    for item in items {
        let _ = writeln!(out, "<li>{item}</li>");
    }
    out.push_str("</ul>\n");
}

fn inline(pieces: &[Inline], l10n: &Localizer) -> String {
    pieces.iter().map(|p| one(p, l10n)).collect()
}

fn one(piece: &Inline, l10n: &Localizer) -> String {
    match piece {
        Inline::Text(t) => esc(t),
        Inline::Link { text, url } => format!("<a href=\"{}\">{}</a>", esc(url), esc(text)),
        Inline::Labelled { label, value } => l10n.text(
            &Msg::new("render-labelled")
                .arg("label", esc(label))
                .arg("value", inline(value, l10n)),
        ),
    }
}
