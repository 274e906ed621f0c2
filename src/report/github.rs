//! `--format github`: GitHub Actions workflow commands, which the runner
//! turns into annotations on the pull request's changed lines.
//!
//! An annotation marks one place, so a finding that concerns both
//! languages gives one annotation per file: a reviewer who opens only the
//! Chinese file still sees that its value disagrees with the English one,
//! and where.

use std::fmt::Write as _;

use super::{end_column, slashed};
use crate::check::Outcome;
use crate::escape::{github_data, github_property};
use crate::finding::{Location, Severity};
use crate::i18n::Localizer;
use crate::message::Msg;

pub fn render(outcome: &Outcome, l10n: &Localizer) -> String {
    let mut out = String::new();
    for e in &outcome.errors {
        let mut props = vec![("file", slashed(&e.path).into_owned())];
        if let Some(span) = e.span {
            props.push(("line", span.line.to_string()));
            props.push(("col", span.col.to_string()));
        }
        let message = with_help(l10n.text(&e.msg), e.help.as_ref(), l10n);
        command(&mut out, "error", &props, &message);
    }
    for f in &outcome.findings {
        let kind = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let title = format!("{} {}", f.rule.code, f.rule.name);
        let message = l10n.text(&f.message);
        let Some((first, counterparts)) = f.locations.split_first() else {
            command(&mut out, kind, &[("title", title)], &message);
            continue;
        };
        command(
            &mut out,
            kind,
            &properties(first, &title),
            &with_help(message.clone(), f.help.as_ref(), l10n),
        );
        for loc in counterparts {
            let note = Msg::new("report-counterpart")
                .arg("message", message.clone())
                .arg("path", first.file.display.clone())
                .arg("line", first.span.line);
            command(&mut out, kind, &properties(loc, &title), &l10n.text(&note));
        }
    }
    out
}

fn properties(loc: &Location, title: &str) -> Vec<(&'static str, String)> {
    let line = loc.span.line.to_string();
    let mut props = vec![("file", slashed(&loc.file.display).into_owned())];
    match end_column(loc) {
        // The runner keeps columns only for a range on one line, which its
        // own tests spell with `endLine`.
        Some(end) => props.extend([
            ("line", line.clone()),
            ("endLine", line),
            ("col", loc.span.col.to_string()),
            ("endColumn", end.to_string()),
        ]),
        None => props.extend([("line", line), ("col", loc.span.col.to_string())]),
    }
    props.push(("title", title.to_string()));
    props
}

/// The annotation's text: the message, and on a line of its own what to
/// do about it, since an annotation is all a reviewer may read.
fn with_help(message: String, help: Option<&Msg>, l10n: &Localizer) -> String {
    match help {
        Some(h) => {
            let help = l10n.text(&Msg::new("report-help").arg("text", l10n.text(h)));
            format!("{message}\n{help}")
        }
        None => message,
    }
}

/// `::kind key=value,…::message`, escaped as `@actions/core` escapes it,
/// so that a value holding `::`, `,` or a line break cannot end the
/// command early or start another.
fn command(out: &mut String, kind: &str, props: &[(&str, String)], message: &str) {
    let _ = write!(out, "::{kind}");
    for (i, (key, value)) in props.iter().enumerate() {
        let sep = if i == 0 { ' ' } else { ',' };
        let _ = write!(out, "{sep}{key}={}", github_property(value));
    }
    let _ = writeln!(out, "::{}", github_data(message));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_command_is_one_line_whatever_it_carries() {
        let mut out = String::new();
        command(
            &mut out,
            "error",
            &[("file", "a,b:c.yaml".into()), ("title", "T".into())],
            "x\n::warning::y",
        );
        assert_eq!(
            out,
            "::error file=a%2Cb%3Ac.yaml,title=T::x%0A::warning::y\n"
        );
        assert_eq!(out.lines().count(), 1);
    }
}
