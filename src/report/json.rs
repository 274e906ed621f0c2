//! `--format json`: the document `docs/findings.md` fixes.
//!
//! The fields of that spec are a contract with other programs; anything
//! added (the `errors` list of unreadable sources, `help`) is an
//! extension they may ignore.

use serde::Serialize;

use super::Summary;
use crate::check::Outcome;
use crate::i18n::Localizer;
use crate::source::LoadError;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    profiles: usize,
    findings: Vec<Finding<'a>>,
    summary: Summary,
    /// Sources that could not be read (exit code 2).
    errors: Vec<Error>,
}

#[derive(Serialize)]
struct Finding<'a> {
    code: &'a str,
    rule: &'a str,
    severity: &'a str,
    message: String,
    profile: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    section: Option<&'a str>,
    locations: Vec<Location<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<String>,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    lang: &'a str,
    line: u32,
    column: u32,
}

/// A source that could not be read, as every JSON document of cvpair
/// gives it (`check`, `align`).
#[derive(Serialize)]
pub(crate) struct Error {
    path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<u32>,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<String>,
}

impl Error {
    pub(crate) fn new(e: &LoadError, l10n: &Localizer) -> Error {
        Error {
            path: e.path.clone(),
            line: e.span.map(|s| s.line),
            column: e.span.map(|s| s.col),
            message: l10n.text(&e.msg),
            help: e.help.as_ref().map(|h| l10n.text(h)),
        }
    }
}

pub fn render(outcome: &Outcome, l10n: &Localizer) -> String {
    let doc = Document {
        version: 1,
        profiles: outcome.profiles.len(),
        findings: outcome
            .findings
            .iter()
            .map(|f| Finding {
                code: f.rule.code,
                rule: f.rule.name,
                severity: f.severity.as_str(),
                message: l10n.text(&f.message),
                profile: &f.profile,
                section: f.section.map(|s| s.key()),
                locations: f
                    .locations
                    .iter()
                    .map(|l| Location {
                        path: &l.file.display,
                        lang: &l.file.lang.tag,
                        line: l.span.line,
                        column: l.span.col,
                    })
                    .collect(),
                help: f.help.as_ref().map(|h| l10n.text(h)),
            })
            .collect(),
        summary: Summary::of(&outcome.findings),
        errors: outcome.errors.iter().map(|e| Error::new(e, l10n)).collect(),
    };
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}
