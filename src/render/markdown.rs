//! Markdown, for a personal site (Jekyll, Hugo) or a README: headings and
//! labels in the résumé's language, the user's text carried as written but
//! escaped, links only where the URL is a web or mail address.

use std::fmt::Write as _;

use super::escape::{linkable, markdown as esc_block, markdown_inline as esc, markdown_url};
use super::{Options, dates, heading};
use crate::i18n::Localizer;
use crate::message::Msg;
use crate::model::{Document, Entry, Fields, SectionKind, Text, Value};

pub fn render(doc: &Document, l10n: &Localizer, options: &Options) -> String {
    let mut out = String::new();
    let name = doc
        .basics
        .text("name")
        .map(|t| t.value.trim().to_string())
        .unwrap_or_default();
    if options.front_matter {
        // JSON strings are valid YAML scalars: quoting done by serde.
        let _ = writeln!(
            out,
            "---\nlayout: resume\ntitle: {}\nlang: {}\n---\n",
            serde_json::Value::from(name.as_str()),
            serde_json::Value::from(doc.file.lang.tag.as_str())
        );
    }
    if let Some(count) = options.forced {
        let _ = writeln!(
            out,
            "> **{}**\n",
            esc_block(&l10n.text(&Msg::new("render-forced").arg("count", count)))
        );
    }
    let _ = writeln!(out, "# {}\n", esc(&name));
    if let Some(label) = doc.basics.text("label") {
        let _ = writeln!(out, "{}\n", esc_block(&label.value));
    }
    contacts(&doc.basics, l10n, &mut out);
    if let Some(summary) = doc.basics.text("summary") {
        let _ = writeln!(
            out,
            "## {}\n\n{}\n",
            l10n.get("render-heading-summary"),
            esc_block(summary.value.trim())
        );
    }
    for section in &doc.sections {
        let _ = writeln!(out, "## {}\n", heading(l10n, section.kind));
        for entry in &section.entries {
            entry_md(section.kind, entry, l10n, &mut out);
        }
    }
    for (key, value) in &doc.extra.items {
        if let Some(title) = super::extra_heading(key) {
            extra_md(l10n, l10n.get(title), key, value, &mut out);
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn link(text: &str, url: &str) -> String {
    if linkable(url) {
        format!("[{}]({})", esc(text), markdown_url(url))
    } else {
        esc(text)
    }
}

fn contacts(basics: &Fields, l10n: &Localizer, out: &mut String) {
    let mut parts = Vec::new();
    if let Some(e) = basics.text("email") {
        let addr = e.value.trim();
        parts.push(labelled(
            l10n,
            "render-label-email",
            link(addr, &format!("mailto:{addr}")),
        ));
    }
    if let Some(p) = basics.text("phone") {
        parts.push(labelled(l10n, "render-label-phone", esc(p.value.trim())));
    }
    if let Some(u) = basics.text("url") {
        parts.push(labelled(
            l10n,
            "render-label-website",
            link(u.value.trim(), u.value.trim()),
        ));
    }
    if let Some(Value::Objects(profiles)) = basics.get("profiles") {
        for p in profiles {
            let network = p.text("network").map_or("", |t| t.value.trim());
            let shown = p.text("username").map_or(network, |t| t.value.trim());
            match p.text("url") {
                Some(u) => parts.push(labelled_text(
                    l10n,
                    esc(network),
                    link(shown, u.value.trim()),
                )),
                None => parts.push(labelled_text(l10n, esc(network), esc(shown))),
            }
        }
    }
    if !parts.is_empty() {
        let _ = writeln!(out, "{}\n", parts.join(" · "));
    }
}

fn entry_md(kind: SectionKind, e: &Entry, l10n: &Localizer, out: &mut String) {
    let f = &e.fields;
    let t = |k: &str| f.text(k).map(|t| t.value.trim().to_string());
    let name = t(kind.name_field()).unwrap_or_default();
    let name = match t("url") {
        Some(url) => link(&name, &url),
        None => esc(&name),
    };
    let title = match kind {
        SectionKind::Work | SectionKind::Volunteer => {
            t("position").map(|p| format!("{} · {name}", esc(&p)))
        }
        SectionKind::Education => match (t("studyType"), t("area")) {
            (Some(d), Some(a)) => Some(format!(
                "{} · {name}",
                esc(&l10n.text(&Msg::new("render-degree-in").arg("degree", d).arg("area", a)))
            )),
            (Some(x), None) | (None, Some(x)) => Some(format!("{} · {name}", esc(&x))),
            (None, None) => None,
        },
        _ => None,
    };
    let _ = writeln!(out, "### {}\n", title.unwrap_or(name));
    let mut meta = Vec::new();
    if let Some(d) = dates::of_entry(l10n, e) {
        meta.push(format!("*{}*", esc(&d)));
    }
    for (key, label) in [
        ("location", None),
        ("entity", None),
        ("publisher", Some("render-label-publisher")),
        ("awarder", Some("render-label-awarder")),
        ("issuer", Some("render-label-issuer")),
        ("score", Some("render-label-score")),
    ] {
        if let Some(v) = t(key) {
            meta.push(match label {
                Some(l) => labelled(l10n, l, esc(&v)),
                None => esc(&v),
            });
        }
    }
    let roles: Vec<String> = f
        .list("roles")
        .iter()
        .map(|r| esc(r.value.trim()))
        .collect();
    if !roles.is_empty() {
        meta.push(labelled(l10n, "render-label-roles", roles.join(", ")));
    }
    if let Some(doi) = t("doi") {
        meta.push(format!(
            "DOI {}",
            link(
                &doi,
                &format!(
                    "https://doi.org/{}",
                    doi.trim_start_matches("https://doi.org/")
                )
            )
        ));
    }
    if !meta.is_empty() {
        let _ = writeln!(out, "{}\n", meta.join(" · "));
    }
    for key in ["summary", "description"] {
        if let Some(v) = t(key) {
            let _ = writeln!(out, "{}\n", esc_block(&v));
        }
    }
    bullets(f.list("highlights"), out);
    let courses: Vec<String> = f
        .list("courses")
        .iter()
        .map(|c| esc(c.value.trim()))
        .collect();
    if !courses.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            labelled(l10n, "render-label-courses", courses.join(", "))
        );
    }
}

/// `Label: value`, with the colon the language uses.
fn labelled(l10n: &Localizer, label: &'static str, value: String) -> String {
    labelled_text(l10n, l10n.get(label), value)
}

fn labelled_text(l10n: &Localizer, label: String, value: String) -> String {
    l10n.text(
        &Msg::new("render-labelled")
            .arg("label", label)
            .arg("value", value),
    )
}

fn bullets(items: &[Text], out: &mut String) {
    for item in items {
        let _ = writeln!(out, "- {}", esc(item.value.trim()));
    }
    if !items.is_empty() {
        out.push('\n');
    }
}

/// Skills, languages, interests, references: a list under a heading.
fn extra_md(l10n: &Localizer, title: String, key: &str, value: &Value, out: &mut String) {
    let Value::Objects(items) = value else { return };
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {title}\n");
    for item in items {
        let t = |k: &str| item.text(k).map(|t| esc(t.value.trim()));
        let keywords: Vec<String> = item
            .list("keywords")
            .iter()
            .map(|k| esc(k.value.trim()))
            .collect();
        let line = match key {
            "languages" => match (t("language"), t("fluency")) {
                (Some(l), Some(f)) => labelled_text(l10n, l, f),
                (l, f) => l.or(f).unwrap_or_default(),
            },
            "references" => [t("reference"), t("name").map(|n| format!("— {n}"))]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" "),
            _ => {
                let head = [
                    t("name").map(|n| format!("**{n}**")),
                    t("level").map(|l| format!("({l})")),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
                if keywords.is_empty() {
                    head
                } else {
                    labelled_text(l10n, head, keywords.join(", "))
                }
            }
        };
        let _ = writeln!(out, "- {line}");
    }
    out.push('\n');
}
