//! The command line in the user's language: clap's help and usage errors
//! with every word from `locales/*/help.ftl`.
//!
//! The clap definitions (`cli.rs`) stay the one description of the
//! arguments; this module walks the built command and replaces each text
//! by its Fluent message: `about-<command>` for a command, `arg-<command>-
//! <argument>` (else `arg-<argument>`, for those several commands share)
//! for an argument. A test walks every command and argument, so an
//! argument added without its words in both languages fails the build.
//! Possible and default values are written into the messages, since
//! clap's own "[default: …]" would stay English.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

use crate::i18n::Localizer;
use crate::message::Msg;

/// `cmd` with every help text, heading and usage label localised.
pub fn localize(cmd: Command, l10n: &Localizer) -> Command {
    let cmd = command(cmd, "cvpair", l10n)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(l10n.get("arg-version"))
                .help_heading(l10n.get("help-heading-options")),
        )
        .disable_help_subcommand(true)
        .subcommand(Command::new("help").about(l10n.get("about-help")));
    cmd.mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        if name == "help" {
            sub
        } else {
            command(sub, &name, l10n)
        }
    })
}

fn command(cmd: Command, name: &str, l10n: &Localizer) -> Command {
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    let usage = label(l10n, "help-usage");
    // The sections are spelt out rather than clap's `{all-args}`, which
    // puts an ASCII colon after each heading: Chinese takes `：`, as in
    // `用法：`.
    let sections = [
        (
            cmd.has_subcommands(),
            "help-heading-commands",
            "{subcommands}",
        ),
        (true, "help-heading-options", "{options}"),
        (
            cmd.get_positionals().next().is_some(),
            "help-heading-arguments",
            "{positionals}",
        ),
    ];
    let sections: Vec<String> = sections
        .iter()
        .filter(|(shown, _, _)| *shown)
        .map(|(_, id, tag)| format!("{}\n{tag}", heading(l10n, id)))
        .collect();
    let mut cmd = cmd
        .about(text(l10n, &format!("about-{name}")))
        .long_about(None)
        .help_template(format!(
            "{{about-with-newline}}\n{usage}{{usage}}\n\n{}{{after-help}}",
            sections.join("\n\n")
        ))
        .subcommand_help_heading(l10n.get("help-heading-commands"))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(l10n.get("arg-help"))
                .help_heading(l10n.get("help-heading-options")),
        );
    for id in ids {
        let help = text(l10n, &arg_id(name, &id));
        cmd = cmd.mut_arg(&id, |a| {
            let heading = if a.is_positional() {
                "help-heading-arguments"
            } else {
                "help-heading-options"
            };
            let takes_values = a.get_action().takes_values();
            a.help(help)
                .long_help(None)
                .help_heading(l10n.get(heading))
                .hide_possible_values(takes_values)
                .hide_default_value(takes_values)
        });
    }
    cmd
}

/// A label before text: `Usage: ` takes a space, `用法：` carries its own.
fn label(l10n: &Localizer, id: &'static str) -> String {
    punctuated(l10n, id, " ")
}

/// A heading on a line of its own: `Options:`, `选项：`.
fn heading(l10n: &Localizer, id: &'static str) -> String {
    punctuated(l10n, id, ":")
}

/// The message, with `tail` unless it ends in a full-width colon, whose
/// width already holds the space after it.
fn punctuated(l10n: &Localizer, id: &'static str, tail: &str) -> String {
    let text = l10n.get(id);
    if text.ends_with('：') {
        text
    } else {
        text + tail
    }
}

/// The message of an argument: its command's own, else the shared one.
pub fn arg_id(command: &str, arg: &str) -> String {
    format!("arg-{command}-{}", arg.replace('_', "-"))
}

fn text(l10n: &Localizer, id: &str) -> String {
    if l10n.has(id) {
        return l10n.text_of(id);
    }
    // `arg-check-today` → `arg-today`: an argument several commands share.
    let shared = id
        .strip_prefix("arg-")
        .and_then(|rest| rest.split_once('-'))
        .map(|(_, arg)| format!("arg-{arg}"));
    match shared {
        Some(s) if l10n.has(&s) => l10n.text_of(&s),
        _ => id.to_string(),
    }
}

/// `cvpair help check` means `cvpair check --help`, as `git help` does.
pub fn rewrite_help_subcommand(mut args: Vec<String>) -> Vec<String> {
    let mut i = 1;
    while i < args.len() {
        let a = &args[i];
        if a == "--ui-lang" || a == "--color" {
            i += 2;
            continue;
        }
        if a.starts_with('-') {
            i += 1;
            continue;
        }
        if a == "help" {
            args.remove(i);
            args.push("--help".to_string());
        }
        break;
    }
    args
}

/// The interface language named on the command line, read before clap
/// parses it, since clap's help must already be in that language.
pub fn ui_lang_arg(args: &[String]) -> Option<String> {
    args.iter().enumerate().find_map(|(i, a)| {
        if a == "--ui-lang" {
            args.get(i + 1).cloned()
        } else {
            a.strip_prefix("--ui-lang=").map(str::to_string)
        }
    })
}

/// A usage error in words from `locales/`, with clap's facts (the
/// argument, the value, the suggestion) filled in.
pub fn error(e: &clap::Error, l10n: &Localizer) -> String {
    let get = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let msg = match e.kind() {
        ErrorKind::InvalidValue => Msg::new("clap-invalid-value")
            .arg("value", get(ContextKind::InvalidValue))
            .arg("arg", get(ContextKind::InvalidArg))
            .arg("values", get(ContextKind::ValidValue)),
        ErrorKind::UnknownArgument => {
            Msg::new("clap-unknown-argument").arg("arg", get(ContextKind::InvalidArg))
        }
        ErrorKind::InvalidSubcommand => {
            Msg::new("clap-unknown-command").arg("command", get(ContextKind::InvalidSubcommand))
        }
        ErrorKind::MissingRequiredArgument => {
            Msg::new("clap-missing-argument").arg("arg", get(ContextKind::InvalidArg))
        }
        ErrorKind::ArgumentConflict => Msg::new("clap-conflict")
            .arg("arg", get(ContextKind::InvalidArg))
            .arg("other", get(ContextKind::PriorArg)),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            Msg::new("clap-missing-command")
        }
        ErrorKind::TooManyValues | ErrorKind::NoEquals => {
            Msg::new("clap-unexpected-value").arg("value", get(ContextKind::InvalidValue))
        }
        _ => Msg::new("clap-other").arg(
            "detail",
            e.to_string()
                .lines()
                .next()
                .unwrap_or_default()
                .trim_start_matches("error: ")
                .to_string(),
        ),
    };
    let mut out = format!("{}{}\n", label(l10n, "help-error"), l10n.text(&msg));
    let suggestion = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .map(get)
    .find(|s| !s.is_empty());
    if let Some(s) = suggestion {
        out.push_str(&format!(
            "\n  {}\n",
            l10n.text(&Msg::new("clap-did-you-mean").arg("suggestion", s))
        ));
    }
    out.push('\n');
    out.push_str(&l10n.get("clap-try-help"));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;
    use crate::cli::Cli;
    use crate::i18n::LOCALES;

    /// Every command and argument has its words in every locale.
    #[test]
    fn every_command_and_argument_has_its_words() {
        for (tag, _) in LOCALES {
            let l10n = Localizer::new(tag);
            let root = Cli::command();
            let mut missing = Vec::new();
            let mut check = |id: String| {
                if text(&l10n, &id) == id {
                    missing.push(id);
                }
            };
            check("about-cvpair".to_string());
            for a in root.get_arguments() {
                check(arg_id("cvpair", a.get_id().as_str()));
            }
            for sub in root.get_subcommands() {
                check(format!("about-{}", sub.get_name()));
                for a in sub.get_arguments() {
                    check(arg_id(sub.get_name(), a.get_id().as_str()));
                }
            }
            assert!(missing.is_empty(), "{tag} lacks {missing:?}");
        }
    }

    #[test]
    fn chinese_help_has_no_clap_english() {
        let l10n = Localizer::new("zh-CN");
        let mut cmd = localize(Cli::command(), &l10n);
        let top = cmd.render_help().to_string();
        let check = cmd
            .find_subcommand_mut("check")
            .map(|c| c.render_help().to_string())
            .unwrap_or_default();
        for text in [&top, &check] {
            for english in [
                "Usage",
                "Options",
                "Arguments",
                "Commands",
                "Print help",
                "default:",
                "possible values",
            ] {
                assert!(!text.contains(english), "`{english}` in:\n{text}");
            }
        }
        assert!(top.contains("用法") && check.contains("--add-ignores"));
        // One colon throughout: the full-width one, as after 用法.
        for text in [&top, &check] {
            assert!(text.contains("选项：\n"), "{text}");
            assert!(!text.lines().any(|l| l.ends_with(':')), "{text}");
        }
    }

    #[test]
    fn help_subcommand_and_ui_lang_are_read_first() {
        let args = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            rewrite_help_subcommand(args(&["cvpair", "--ui-lang", "zh", "help", "check"])),
            args(&["cvpair", "--ui-lang", "zh", "check", "--help"])
        );
        assert_eq!(
            rewrite_help_subcommand(args(&["cvpair", "check", "help"])),
            args(&["cvpair", "check", "help"])
        );
        assert_eq!(
            ui_lang_arg(&args(&["cvpair", "check", "--ui-lang=zh-CN"])),
            Some("zh-CN".into())
        );
    }
}
