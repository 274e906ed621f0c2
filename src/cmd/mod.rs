//! One module per subcommand: each turns its arguments into output text
//! and an exit code, and prints nothing itself.

pub mod align;
pub mod check;
pub mod render;

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

use crate::check::Options;
use crate::cli::Common;
use crate::date::{self, PartialDate};
use crate::message::Msg;

/// Options shared by the commands that check, or the message for a bad
/// `--today`.
pub fn options(common: &Common) -> Result<Options, Msg> {
    let today = match &common.today {
        None => date::today(),
        Some(text) => parse_today(text)
            .ok_or_else(|| Msg::new("error-bad-today").arg("value", text.clone()))?,
    };
    Ok(Options {
        today,
        reference: common
            .reference
            .split(['-', '_'])
            .next()
            .unwrap_or("en")
            .to_ascii_lowercase(),
    })
}

fn parse_today(text: &str) -> Option<PartialDate> {
    let d = date::parse_start(text).ok()?;
    d.month.is_some().then_some(d)
}
