//! Markdown, for a personal site (Jekyll, Hugo) or a README. The user's
//! text is carried as written but escaped, so nothing in it becomes markup
//! or template code.

use std::fmt::Write as _;

use super::page::{Inline, Page};
use crate::escape::{markdown as esc_block, markdown_inline as esc, markdown_url};
use crate::i18n::Localizer;
use crate::message::Msg;

pub fn render(page: &Page, l10n: &Localizer, front_matter: bool) -> String {
    let mut out = String::new();
    if front_matter {
        // JSON strings are valid YAML scalars, quoted and escaped.
        let _ = writeln!(
            out,
            "---\nlayout: resume\ntitle: {}\nlang: {}\n---\n",
            serde_json::Value::from(page.name.as_str()),
            serde_json::Value::from(page.lang.as_str())
        );
    }
    if let Some(note) = &page.forced {
        let _ = writeln!(out, "> **{}**\n", esc(note));
    }
    let _ = writeln!(out, "# {}\n", esc(&page.name));
    if let Some(label) = &page.label {
        let _ = writeln!(out, "{}\n", esc_block(label));
    }
    if !page.contacts.is_empty() {
        let _ = writeln!(out, "{}\n", join(&page.contacts, l10n, " · "));
    }
    for section in &page.sections {
        let _ = writeln!(out, "## {}\n", esc(&section.title));
        for p in &section.paragraphs {
            let _ = writeln!(out, "{}\n", esc_block(p));
        }
        for item in &section.items {
            if !item.title.is_empty() {
                let _ = writeln!(out, "### {}\n", inline(&item.title, l10n));
            }
            if let Some((first, rest)) = item.meta.split_first() {
                let mut line = format!("*{}*", inline(first, l10n));
                for m in rest {
                    let _ = write!(line, " · {}", inline(m, l10n));
                }
                let _ = writeln!(out, "{line}\n");
            }
            for p in &item.paragraphs {
                let _ = writeln!(out, "{}\n", esc_block(p));
            }
            for b in &item.bullets {
                let _ = writeln!(out, "- {}", inline(b, l10n));
            }
            if !item.bullets.is_empty() {
                out.push('\n');
            }
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn join(pieces: &[Inline], l10n: &Localizer, sep: &str) -> String {
    pieces
        .iter()
        .map(|p| one(p, l10n))
        .collect::<Vec<_>>()
        .join(sep)
}

fn inline(pieces: &[Inline], l10n: &Localizer) -> String {
    join(pieces, l10n, "")
}

fn one(piece: &Inline, l10n: &Localizer) -> String {
    match piece {
        Inline::Text(t) => esc(t),
        Inline::Link { text, url } => format!("[{}]({})", esc(text), markdown_url(url)),
        Inline::Labelled { label, value } => l10n.text(
            &Msg::new("render-labelled")
                .arg("label", esc(label))
                .arg("value", inline(value, l10n)),
        ),
    }
}
