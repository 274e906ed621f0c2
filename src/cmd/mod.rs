//! One module per subcommand: each turns its arguments into output text
//! and an exit code, and prints nothing itself.

pub mod align;
pub mod check;

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
