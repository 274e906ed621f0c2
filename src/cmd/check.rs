use crate::check::{self, exit_code};
use crate::cli::{CheckArgs, Format};
use crate::i18n::Localizer;
use crate::report::{self, human::Style};

pub fn run(args: &CheckArgs, l10n: &Localizer, style: Style) -> (String, i32) {
    let options = match super::options(&args.common) {
        Ok(o) => o,
        Err(msg) => return (format!("error: {}\n", l10n.text(&msg)), 2),
    };
    let outcome = check::run(&args.paths, &options);
    let text = match args.format {
        Format::Human => report::human::render(&outcome, l10n, style),
        Format::Json => report::json::render(&outcome, l10n),
    };
    (text, exit_code(&outcome, args.fail_on))
}
