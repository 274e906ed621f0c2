//! One module per subcommand: each turns its arguments into output text
//! and an exit code, and prints nothing itself.

pub mod align;
pub mod check;
pub mod config;
pub mod render;
pub mod rules;

/// What a command prints, and its exit code.
pub struct Output {
    pub stdout: String,
    /// Usage errors, which go where clap's own go.
    pub stderr: String,
    pub code: u8,
}

impl Output {
    pub fn ok(stdout: String, code: u8) -> Self {
        Output {
            stdout,
            stderr: String::new(),
            code,
        }
    }

    /// A bad argument: exit code 2, as for clap's own usage errors.
    pub fn usage(l10n: &crate::i18n::Localizer, msg: &Msg) -> Self {
        Output {
            stdout: String::new(),
            stderr: format!("error: {}\n", l10n.text(msg)),
            code: 2,
        }
    }
}

use std::path::PathBuf;

use crate::check::Options;
use crate::cli::Common;
use crate::config::Config;
use crate::date;
use crate::message::Msg;
use crate::source::LoadError;

/// Why a command could not start.
pub enum Failure {
    /// A bad flag value (exit 2, on standard error).
    Usage(Msg),
    /// A configuration or glossary file that could not be read (exit 2,
    /// reported like any unreadable source).
    Load(Vec<LoadError>),
}

impl Failure {
    /// The output of a command that could not start.
    pub fn output(
        self,
        l10n: &crate::i18n::Localizer,
        style: crate::report::human::Style,
    ) -> Output {
        match self {
            Failure::Usage(msg) => Output::usage(l10n, &msg),
            Failure::Load(errors) => {
                let outcome = crate::check::Outcome {
                    errors,
                    ..Default::default()
                };
                Output::ok(crate::report::human::render(&outcome, l10n, style), 2)
            }
        }
    }
}

/// The configuration for checking `paths`, with the flags applied.
pub fn config(common: &Common, paths: &[PathBuf]) -> Result<Config, Failure> {
    let mut config = Config::load(common.config.as_deref(), paths).map_err(Failure::Load)?;
    let today = match &common.today {
        None => None,
        Some(text) => Some(date::parse_today(text).ok_or_else(|| {
            Failure::Usage(Msg::new("error-bad-today").arg("value", text.clone()))
        })?),
    };
    config.today.flag(today, "--today");
    config
        .reference
        .flag(common.reference.clone(), "--reference");
    Ok(config)
}

/// Options shared by the commands that check.
pub fn options(common: &Common, paths: &[PathBuf]) -> Result<Options, Failure> {
    let config = config(common, paths)?;
    let glossary = config.glossary().map_err(Failure::Load)?;
    Ok(Options {
        today: config.today.value,
        reference: config
            .reference
            .value
            .split(['-', '_'])
            .next()
            .unwrap_or("en")
            .to_ascii_lowercase(),
        glossary,
        config,
    })
}
