//! A résumé laid out once, in the résumé's language, for every format to
//! write out: what is a heading, a link, a date line, a bullet. Markdown
//! and HTML differ only in how they spell these, so the layout (and its
//! choices: which fields, in which order, with which labels) lives here.

use super::{Options, dates, extra_heading, heading};
use crate::i18n::Localizer;
use crate::message::Msg;
use crate::model::{Document, Entry, Fields, SectionKind, Value};

/// A piece of inline text: plain, or a link (only ever made from a web or
/// mail address; see [`super::escape::linkable`]).
#[derive(Clone, Debug, PartialEq)]
pub enum Inline {
    Text(String),
    Link {
        text: String,
        url: String,
    },
    /// A label and its value: `Email: …`, with the colon of the language.
    Labelled {
        label: String,
        value: Vec<Inline>,
    },
}

#[derive(Debug, Default)]
pub struct Item {
    pub title: Vec<Inline>,
    /// The date line: dates first, then location, roles, score …
    pub meta: Vec<Vec<Inline>>,
    pub paragraphs: Vec<String>,
    pub bullets: Vec<Vec<Inline>>,
}

#[derive(Debug)]
pub struct Section {
    pub title: String,
    /// Free text (the summary) …
    pub paragraphs: Vec<String>,
    /// … or entries.
    pub items: Vec<Item>,
}

#[derive(Debug)]
pub struct Page {
    pub lang: String,
    pub name: String,
    pub label: Option<String>,
    pub contacts: Vec<Inline>,
    /// Set when rendered with `--force` despite findings.
    pub forced: Option<String>,
    pub sections: Vec<Section>,
}

fn text(s: &str) -> Inline {
    Inline::Text(s.trim().to_string())
}

fn labelled(l10n: &Localizer, label: &'static str, value: Vec<Inline>) -> Inline {
    Inline::Labelled {
        label: l10n.get(label),
        value,
    }
}

fn link_or_text(shown: &str, url: &str) -> Inline {
    if crate::escape::linkable(url) {
        Inline::Link {
            text: shown.trim().to_string(),
            url: url.trim().to_string(),
        }
    } else {
        text(shown)
    }
}

pub fn layout(doc: &Document, l10n: &Localizer, options: &Options) -> Page {
    let b = &doc.basics;
    let mut page = Page {
        lang: doc.file.lang.tag.clone(),
        name: b
            .text("name")
            .map(|t| t.value.trim().to_string())
            .unwrap_or_default(),
        label: b.text("label").map(|t| t.value.trim().to_string()),
        contacts: contacts(b, l10n),
        forced: super::forced_note(options, l10n),
        sections: Vec::new(),
    };
    if let Some(summary) = b.text("summary") {
        page.sections.push(Section {
            title: l10n.get("render-heading-summary"),
            paragraphs: vec![summary.value.trim().to_string()],
            items: Vec::new(),
        });
    }
    for section in &doc.sections {
        page.sections.push(Section {
            title: heading(l10n, section.kind),
            paragraphs: Vec::new(),
            items: section
                .entries
                .iter()
                .map(|e| entry(section.kind, e, l10n, options.date_style))
                .collect(),
        });
    }
    for (key, value) in &doc.extra.items {
        let (Some(title), Value::Objects(items)) = (extra_heading(key), value) else {
            continue;
        };
        if !items.is_empty() {
            page.sections.push(Section {
                title: l10n.get(title),
                paragraphs: Vec::new(),
                items: vec![Item {
                    bullets: items.iter().map(|i| extra(key, i)).collect(),
                    ..Item::default()
                }],
            });
        }
    }
    page
}

fn contacts(basics: &Fields, l10n: &Localizer) -> Vec<Inline> {
    let mut out = Vec::new();
    if let Some(place) = basics.object("location").and_then(|l| location(l, l10n)) {
        out.push(text(&place));
    }
    if let Some(e) = basics.text("email") {
        let addr = e.value.trim();
        out.push(labelled(
            l10n,
            "render-label-email",
            vec![link_or_text(addr, &format!("mailto:{addr}"))],
        ));
    }
    if let Some(p) = basics.text("phone") {
        out.push(labelled(l10n, "render-label-phone", vec![text(&p.value)]));
    }
    if let Some(u) = basics.text("url") {
        out.push(labelled(
            l10n,
            "render-label-website",
            vec![link_or_text(&u.value, &u.value)],
        ));
    }
    if let Some(Value::Objects(profiles)) = basics.get("profiles") {
        for p in profiles {
            let network = p.text("network").map_or("", |t| t.value.trim());
            let shown = p.text("username").map_or(network, |t| t.value.trim());
            let value = match p.text("url") {
                Some(u) => link_or_text(shown, &u.value),
                None => text(shown),
            };
            out.push(Inline::Labelled {
                label: network.to_string(),
                value: vec![value],
            });
        }
    }
    out
}

/// Where the person is: city, region and country code as written, joined
/// the language's way. The street address and postal code stay out of a
/// page meant for the public.
fn location(location: &Fields, l10n: &Localizer) -> Option<String> {
    let parts: Vec<&str> = ["city", "region", "countryCode"]
        .iter()
        .filter_map(|k| location.text(k))
        .map(|t| t.value.trim())
        .filter(|v| !v.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join(&l10n.get("render-location-separator")))
}

fn entry(kind: SectionKind, e: &Entry, l10n: &Localizer, style: super::DateStyle) -> Item {
    let f = &e.fields;
    let t = |k: &str| f.text(k).map(|t| t.value.trim().to_string());
    let name_text = t(kind.name_field()).unwrap_or_default();
    let name = match t("url") {
        Some(url) => link_or_text(&name_text, &url),
        None => text(&name_text),
    };
    let what = match kind {
        SectionKind::Work | SectionKind::Volunteer => t("position"),
        SectionKind::Education => match (t("studyType"), t("area")) {
            (Some(d), Some(a)) => {
                Some(l10n.text(&Msg::new("render-degree-in").arg("degree", d).arg("area", a)))
            }
            (d, a) => d.or(a),
        },
        _ => None,
    };
    let title = match what {
        Some(w) => vec![Inline::Text(w), Inline::Text(" · ".into()), name],
        None => vec![name],
    };
    let mut meta: Vec<Vec<Inline>> = Vec::new();
    if let Some(d) = dates::of_entry(l10n, e, style) {
        meta.push(vec![Inline::Text(d)]);
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
            meta.push(vec![match label {
                Some(l) => labelled(l10n, l, vec![Inline::Text(v)]),
                None => Inline::Text(v),
            }]);
        }
    }
    labelled_list(l10n, f, "roles", "render-label-roles", &mut meta);
    if let Some(doi) = t("doi") {
        let bare = doi.trim_start_matches("https://doi.org/").to_string();
        meta.push(vec![
            Inline::Text("DOI ".into()),
            link_or_text(&bare, &format!("https://doi.org/{bare}")),
        ]);
    }
    labelled_list(l10n, f, "courses", "render-label-courses", &mut meta);
    Item {
        title,
        meta,
        paragraphs: ["summary", "description"]
            .iter()
            .filter_map(|k| t(k))
            .collect(),
        bullets: f
            .list("highlights")
            .iter()
            .map(|h| vec![text(&h.value)])
            .collect(),
    }
}

/// A list field (`roles`, `courses`) as one labelled meta piece, if set.
fn labelled_list(
    l10n: &Localizer,
    f: &Fields,
    key: &str,
    label: &'static str,
    meta: &mut Vec<Vec<Inline>>,
) {
    let items: Vec<&str> = f.list(key).iter().map(|t| t.value.trim()).collect();
    if !items.is_empty() {
        meta.push(vec![labelled(
            l10n,
            label,
            vec![Inline::Text(items.join(", "))],
        )]);
    }
}

/// A line for skills, languages, interests, references.
fn extra(key: &str, item: &Fields) -> Vec<Inline> {
    let t = |k: &str| item.text(k).map(|t| t.value.trim().to_string());
    let keywords: Vec<String> = item
        .list("keywords")
        .iter()
        .map(|k| k.value.trim().to_string())
        .collect();
    let pair = |label: String, value: String| {
        vec![Inline::Labelled {
            label,
            value: vec![Inline::Text(value)],
        }]
    };
    match key {
        "languages" => match (t("language"), t("fluency")) {
            (Some(l), Some(f)) => pair(l, f),
            (l, f) => vec![Inline::Text(l.or(f).unwrap_or_default())],
        },
        "references" => {
            let words: Vec<String> = [t("reference"), t("name").map(|n| format!("— {n}"))]
                .into_iter()
                .flatten()
                .collect();
            vec![Inline::Text(words.join(" "))]
        }
        _ => {
            let head: Vec<String> = [t("name"), t("level").map(|l| format!("({l})"))]
                .into_iter()
                .flatten()
                .collect();
            let head = head.join(" ");
            if keywords.is_empty() {
                vec![Inline::Text(head)]
            } else {
                pair(head, keywords.join(", "))
            }
        }
    }
}
