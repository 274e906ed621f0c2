//! `--format gitlab`: a GitLab Code Quality report (Code Climate's issue
//! format, as a JSON array), which merge requests show as new and fixed
//! issues by comparing each issue's `fingerprint` with the target branch's.
//!
//! Code Quality has no notion of a tool that could not run, but a
//! source that went unread would otherwise vanish from the report while
//! the job fails with exit code 2 and says nothing; so each is an issue
//! too, `load-error`, at the highest severity.

use serde::Serialize;

use super::{fingerprint, fingerprint_of, slashed};
use crate::check::Outcome;
use crate::finding::Severity;
use crate::i18n::Localizer;

/// The `check_name` of a source that could not be read; no rule is
/// called that (rule names are kebab-case words about a résumé).
const LOAD_ERROR: &str = "load-error";

#[derive(Serialize)]
struct Issue {
    description: String,
    check_name: &'static str,
    fingerprint: String,
    severity: &'static str,
    location: Location,
}

#[derive(Serialize)]
struct Location {
    path: String,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: u32,
}

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "major",
        Severity::Warning => "minor",
        Severity::Info => "info",
    }
}

pub fn render(outcome: &Outcome, l10n: &Localizer) -> String {
    let errors = outcome.errors.iter().map(|e| {
        let description = l10n.text(&e.msg);
        let line = e.span.map_or(1, |s| s.line);
        Issue {
            fingerprint: fingerprint_of(
                &[LOAD_ERROR, &slashed(&e.path), &line.to_string()],
                &e.msg,
            ),
            description,
            check_name: LOAD_ERROR,
            severity: "blocker",
            location: Location {
                path: slashed(&e.path).into_owned(),
                lines: Lines { begin: line },
            },
        }
    });
    let findings = outcome.findings.iter().map(|f| {
        let first = f.locations.first();
        Issue {
            description: l10n.text(&f.message),
            check_name: f.rule.code,
            fingerprint: fingerprint(f),
            severity: severity(f.severity),
            location: Location {
                path: first.map_or_else(
                    || f.profile.clone(),
                    |l| slashed(&l.file.display).into_owned(),
                ),
                lines: Lines {
                    begin: first.map_or(1, |l| l.span.line),
                },
            },
        }
    });
    let issues: Vec<Issue> = errors.chain(findings).collect();
    let mut out = serde_json::to_string_pretty(&issues).unwrap_or_default();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severities_are_code_quality_words() {
        assert_eq!(severity(Severity::Error), "major");
        assert_eq!(severity(Severity::Warning), "minor");
        assert_eq!(severity(Severity::Info), "info");
    }

    #[test]
    fn descriptions_are_json_escaped() {
        let issue = Issue {
            description: "\"<a>\"\n%".into(),
            check_name: "CV201",
            fingerprint: "0".into(),
            severity: "major",
            location: Location {
                path: "p/en.yaml".into(),
                lines: Lines { begin: 1 },
            },
        };
        let json = serde_json::to_string(&issue).unwrap_or_default();
        assert!(
            json.starts_with(r#"{"description":"\"<a>\"\n%","#),
            "{json}"
        );
    }
}
