//! `cvpair check`: the findings of every profile under the paths, in the
//! chosen format; with `--add-ignores`, a suppression for each instead.

use super::{Failure, Output};
use crate::check::{self, Outcome, exit_code};
use crate::cli::{CheckArgs, Format};
use crate::i18n::Localizer;
use crate::message::Msg;
use crate::report::{self, human::Style};
use crate::rules::RULES;
use crate::suggest::closest;
use crate::suppress::add;

pub fn run(args: &CheckArgs, l10n: &Localizer, style: Style) -> Output {
    let render = |outcome: &Outcome| match args.format {
        Format::Human => report::human::render(outcome, l10n, style),
        Format::Json => report::json::render(outcome, l10n),
        Format::Concise => report::concise::render(outcome, l10n),
        Format::Github => report::github::render(outcome, l10n),
        Format::Sarif => report::sarif::render(outcome, l10n),
        Format::Junit => report::junit::render(outcome, l10n),
        Format::Gitlab => report::gitlab::render(outcome, l10n),
    };
    // A suppression without a reason is itself a finding (CV903), so
    // writing them would trade each finding for another: ask for the
    // reason first. A preview (`--diff`) writes nothing and needs none.
    if args.add_ignores && !args.diff && args.reason.is_none() {
        return Output::usage(l10n, &Msg::new("error-add-ignores-reason"));
    }
    let mut options = match super::options(&args.common, &args.paths) {
        Ok(o) => o,
        Err(Failure::Usage(msg)) => return Output::usage(l10n, &msg),
        Err(Failure::Load(errors)) => {
            let outcome = Outcome {
                errors,
                ..Outcome::default()
            };
            return Output::ok(render(&outcome), 2);
        }
    };
    for (flag, keys) in [("--select", &args.select), ("--ignore", &args.ignore)] {
        if let Some(bad) = keys
            .iter()
            .flatten()
            .find(|k| !crate::config::known_selector(k))
        {
            return Output::usage(l10n, &unknown_rule(flag, bad));
        }
    }
    let config = &mut options.config;
    config.select.flag(args.select.clone(), "--select");
    config.ignore.flag(args.ignore.clone(), "--ignore");
    config.fail_on.flag(args.fail_on, "--fail-on");
    let outcome = check::run(&args.paths, &options, args.hook);
    if args.add_ignores {
        return add_ignores(args, &outcome, l10n, render(&outcome));
    }
    Output::ok(
        render(&outcome),
        exit_code(&outcome, options.config.fail_on.value),
    )
}

fn unknown_rule(flag: &'static str, key: &str) -> Msg {
    let msg = Msg::new("error-unknown-rule-flag")
        .arg("flag", flag)
        .arg("rule", key.to_string());
    match closest(key, RULES.iter().map(|r| r.name)) {
        Some(s) => msg.arg("suggestion", s),
        None => msg.arg("suggestion", "-"),
    }
}

/// Writes (or with `--diff` shows) a suppression for every finding.
/// Nothing is written when a source could not be read: a suppression
/// planned against a partial picture would be wrong.
fn add_ignores(args: &CheckArgs, outcome: &Outcome, l10n: &Localizer, report: String) -> Output {
    if !outcome.errors.is_empty() {
        return Output::ok(report, 2);
    }
    let (edits, errors) = add::plan(&outcome.findings, args.reason.as_deref());
    let mut out = Output::ok(String::new(), 0);
    for e in &errors {
        out.stderr
            .push_str(&format!("{}: {}\n", e.path, l10n.text(&e.msg)));
    }
    let mut written = 0;
    for edit in &edits {
        if args.diff {
            out.stdout.push_str(&report::diff::unified(
                &edit.before,
                &edit.after,
                &edit.display,
            ));
            continue;
        }
        match crate::write::atomic(&edit.path, &edit.bytes) {
            Ok(()) => {
                written += 1;
                out.stderr.push_str(
                    &l10n.text(
                        &Msg::new("add-ignores-written")
                            .arg("path", edit.display.clone())
                            .arg("count", edit.added),
                    ),
                );
                out.stderr.push('\n');
            }
            Err(e) => {
                out.stderr.push_str(
                    &l10n.text(
                        &Msg::new("error-write")
                            .arg("path", edit.display.clone())
                            .arg("detail", e.to_string()),
                    ),
                );
                out.stderr.push('\n');
                out.code = 2;
            }
        }
    }
    let added: usize = edits.iter().map(|e| e.added).sum();
    let summary = if args.diff {
        Msg::new("add-ignores-would-add")
    } else {
        Msg::new("add-ignores-added")
    };
    out.stderr.push_str(
        &l10n.text(
            &summary
                .arg("count", added)
                .arg("files", if args.diff { edits.len() } else { written }),
        ),
    );
    out.stderr.push('\n');
    if !errors.is_empty() {
        out.code = 2;
    } else if args.diff && !edits.is_empty() {
        // As `ruff --diff`: 1 when applying would change something.
        out.code = out.code.max(1);
    }
    out
}
