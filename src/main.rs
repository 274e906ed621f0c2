use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use cvpair::cli::{Cli, ColorChoice, Command};
use cvpair::i18n::Localizer;
use cvpair::message::Msg;
use cvpair::report::human::Style;
use cvpair::{cmd, help};

fn main() -> ExitCode {
    let args = help::rewrite_help_subcommand(std::env::args().collect());
    let ui_lang = help::ui_lang_arg(&args);
    let l10n = match &ui_lang {
        Some(tag) => Localizer::new(tag),
        None => Localizer::from_env(),
    };
    // Asked for by name, a language cvpair lacks is said once; from the
    // environment (a French desktop) it would be noise on every run.
    if let Some(tag) = ui_lang.filter(|t| !Localizer::negotiated(t)) {
        let msg = Msg::new("warning-ui-lang")
            .arg("lang", tag)
            .arg("known", Localizer::available().join(", "));
        let _ = writeln!(std::io::stderr(), "{}", l10n.text(&msg));
    }
    let parsed = help::localize(Cli::command(), &l10n)
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e, &l10n),
    };
    let stdout = std::io::stdout();
    let color = match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let style = Style {
        color,
        width: terminal_width(&stdout),
    };
    let out = match &cli.command {
        Command::Check(args) => cmd::check::run(args, &l10n, style),
        Command::Align(args) => cmd::align::run(args, &l10n),
        Command::Render(args) => cmd::render::run(args, &l10n, style),
        Command::Rules(args) => cmd::rules::run(args, &l10n),
        Command::Config(args) => cmd::config::run(args, &l10n, style),
    };
    // A closed pipe (`cvpair check | head`) is not an error worth a panic.
    let mut lock = stdout.lock();
    let _ = lock.write_all(out.stdout.as_bytes());
    let _ = lock.flush();
    let _ = std::io::stderr().write_all(out.stderr.as_bytes());
    ExitCode::from(out.code)
}

/// The terminal's width from COLUMNS, else 100: wide enough for two
/// snippets, and fixed when piped so output is stable.
fn terminal_width(stdout: &std::io::Stdout) -> usize {
    let columns = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok());
    match columns {
        Some(c) if stdout.is_terminal() => c,
        _ => 100,
    }
}

/// Help and version go to standard output (exit 0); a usage error, in the
/// interface language, to standard error (exit 2).
fn usage_error(e: &clap::Error, l10n: &Localizer) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = std::io::stdout().write_all(e.to_string().as_bytes());
            ExitCode::SUCCESS
        }
        _ => {
            let _ = std::io::stderr().write_all(help::error(e, l10n).as_bytes());
            ExitCode::from(2)
        }
    }
}
