use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use cvpair::cli::{Cli, ColorChoice, Command};
use cvpair::cmd;
use cvpair::i18n::Localizer;
use cvpair::report::human::Style;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let l10n = match &cli.ui_lang {
        Some(tag) => Localizer::new(tag),
        None => Localizer::from_env(),
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
