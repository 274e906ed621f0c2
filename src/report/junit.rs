//! `--format junit`: JUnit XML, the test report that CI services (GitLab,
//! Jenkins, Azure) show beside a pipeline without any plugin for cvpair.
//!
//! A profile is a test suite and each finding a failing test case, so a
//! report lists each résumé and what is wrong with it; a clean profile
//! gets one passing case, so it shows as checked rather than absent.
//! Written by hand: the format is a handful of elements, and an XML crate
//! would be a dependency of every install for them.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::{error_position, position};
use crate::check::Outcome;
use crate::escape::{xml_attr as attr, xml_text as text};
use crate::finding::Finding;
use crate::i18n::Localizer;
use crate::message::Msg;
use crate::source::LoadError;

struct Case {
    name: String,
    verdict: Verdict,
}

enum Verdict {
    Pass,
    /// A finding: the résumé failed the check.
    Failure {
        kind: &'static str,
        message: String,
        body: String,
    },
    /// A source that could not be read: the check itself could not run.
    Error {
        message: String,
        body: String,
    },
}

pub fn render(outcome: &Outcome, l10n: &Localizer) -> String {
    // Sorted by name, as the findings are by profile.
    let mut suites: BTreeMap<&str, Vec<Case>> = BTreeMap::new();
    for profile in &outcome.profiles {
        suites.entry(profile).or_default();
    }
    for f in &outcome.findings {
        suites
            .entry(&f.profile)
            .or_default()
            .push(finding_case(f, l10n));
    }
    for e in &outcome.errors {
        // An error found before there were profiles (a path that does not
        // exist) is a suite of its own, under the name the user gave.
        suites
            .entry(e.profile.as_deref().unwrap_or(&e.path))
            .or_default()
            .push(error_case(e, l10n));
    }
    for cases in suites.values_mut() {
        if cases.is_empty() {
            cases.push(Case {
                name: l10n.get("report-clean-profile"),
                verdict: Verdict::Pass,
            });
        }
    }

    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let (tests, failures, errors) = tally(suites.values().flatten());
    let _ = writeln!(
        out,
        "<testsuites name=\"cvpair\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\">"
    );
    for (name, cases) in &suites {
        let name = attr(name);
        let (tests, failures, errors) = tally(cases);
        let _ = writeln!(
            out,
            "  <testsuite name=\"{name}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\">"
        );
        for case in cases {
            let _ = write!(
                out,
                "    <testcase classname=\"{name}\" name=\"{}\"",
                attr(&case.name)
            );
            let (tag, kind, message, body) = match &case.verdict {
                Verdict::Pass => {
                    out.push_str("/>\n");
                    continue;
                }
                Verdict::Failure {
                    kind,
                    message,
                    body,
                } => ("failure", Some(kind), message, body),
                Verdict::Error { message, body } => ("error", None, message, body),
            };
            let _ = write!(out, ">\n      <{tag}");
            if let Some(kind) = kind {
                let _ = write!(out, " type=\"{kind}\"");
            }
            let _ = write!(out, " message=\"{}\"", attr(message));
            if body.is_empty() {
                out.push_str("/>");
            } else {
                let _ = write!(out, ">{}</{tag}>", text(body));
            }
            out.push_str("\n    </testcase>\n");
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

/// Test cases, failures and errors among `cases`, as JUnit counts them.
fn tally<'a>(cases: impl IntoIterator<Item = &'a Case>) -> (usize, usize, usize) {
    cases
        .into_iter()
        .fold((0, 0, 0), |(t, f, e), c| match c.verdict {
            Verdict::Pass => (t + 1, f, e),
            Verdict::Failure { .. } => (t + 1, f + 1, e),
            Verdict::Error { .. } => (t + 1, f, e + 1),
        })
}

fn finding_case(f: &Finding, l10n: &Localizer) -> Case {
    let place = f
        .locations
        .first()
        .map_or_else(|| f.profile.clone(), position);
    // Every place, with what it says, so the report alone tells what
    // disagrees with what.
    let mut lines: Vec<String> = f
        .locations
        .iter()
        .map(|loc| match &loc.label {
            Some(label) => format!("{}: {}", position(loc), l10n.text(label)),
            None => position(loc),
        })
        .collect();
    lines.extend(help(f.help.as_ref(), l10n));
    Case {
        name: format!("{} {} {place}", f.rule.code, f.rule.name),
        verdict: Verdict::Failure {
            kind: f.severity.as_str(),
            message: l10n.text(&f.message),
            body: lines.join("\n"),
        },
    }
}

fn error_case(e: &LoadError, l10n: &Localizer) -> Case {
    Case {
        name: error_position(e),
        verdict: Verdict::Error {
            message: l10n.text(&e.msg),
            body: help(e.help.as_ref(), l10n).unwrap_or_default(),
        },
    }
}

fn help(help: Option<&Msg>, l10n: &Localizer) -> Option<String> {
    help.map(|h| l10n.text(&Msg::new("report-help").arg("text", l10n.text(h))))
}
