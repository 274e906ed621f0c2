//! Rendering one language's résumé from its source. The words around the
//! user's text (headings, labels, dates) come from the Fluent files in
//! `locales/`, in the résumé's language, not the interface's.

pub mod dates;
pub mod html;
pub mod json_resume;
pub mod markdown;
pub mod page;

use crate::i18n::Localizer;
use crate::message::Msg;
use crate::model::{Document, SectionKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown (optionally with Jekyll front matter).
    Md,
    /// One self-contained HTML page, ready to print.
    Html,
    /// JSON Resume, for any JSON Resume theme.
    Json,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Json => "json",
        }
    }
}

/// How dates are written in the rendered résumé.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum DateStyle {
    /// As the language writes them: `Sep 2023`, `2023年9月`.
    #[default]
    Native,
    /// Dotted, common on Chinese résumés: `2023.09`.
    Dotted,
    /// ISO 8601: `2023-09`.
    Iso,
}

#[derive(Clone, Debug, Default)]
pub struct Options {
    pub date_style: DateStyle,
    /// Rendered with `--force` despite these findings (errors, at least
    /// one): the output says so where a reader sees it.
    pub forced: Option<crate::report::Summary>,
    /// Jekyll front matter at the top of Markdown.
    pub front_matter: bool,
}

/// The note a forced rendering carries, in the résumé's language: how
/// many errors and warnings `check` found.
pub fn forced_note(options: &Options, l10n: &Localizer) -> Option<String> {
    options.forced.map(|s| {
        l10n.text(
            &Msg::new("render-forced")
                .arg("errors", s.error)
                .arg("warnings", s.warning),
        )
    })
}

/// The locale a résumé is written in, negotiated from its language tag
/// (`zh-TW` takes the Chinese locale, `en-GB` the English one); the second
/// value says whether the tag had a locale at all, or English stands in.
pub fn locale_for(doc: &Document) -> (Localizer, bool) {
    let tag = &doc.file.lang.tag;
    (Localizer::new(tag), Localizer::negotiated(tag))
}

pub fn render(doc: &Document, format: Format, options: &Options) -> String {
    let (l10n, _) = locale_for(doc);
    match format {
        Format::Md => markdown::render(
            &page::layout(doc, &l10n, options),
            &l10n,
            options.front_matter,
        ),
        Format::Html => html::render(&page::layout(doc, &l10n, options), &l10n),
        Format::Json => json_resume::render(doc, &l10n, options),
    }
}

/// A section's heading in the résumé's language.
pub fn heading(l10n: &Localizer, kind: SectionKind) -> String {
    l10n.get(match kind {
        SectionKind::Work => "render-heading-work",
        SectionKind::Volunteer => "render-heading-volunteer",
        SectionKind::Education => "render-heading-education",
        SectionKind::Projects => "render-heading-projects",
        SectionKind::Publications => "render-heading-publications",
        SectionKind::Awards => "render-heading-awards",
        SectionKind::Certificates => "render-heading-certificates",
    })
}

/// The heading of a section that is rendered but not compared.
pub fn extra_heading(key: &str) -> Option<&'static str> {
    match key {
        "skills" => Some("render-heading-skills"),
        "languages" => Some("render-heading-languages"),
        "interests" => Some("render-heading-interests"),
        "references" => Some("render-heading-references"),
        _ => None,
    }
}
