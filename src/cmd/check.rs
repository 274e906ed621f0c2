use crate::check::{self, exit_code};
use crate::cli::{CheckArgs, Format};
use crate::i18n::Localizer;
use crate::report::{self, human::Style};

pub fn run(args: &CheckArgs, l10n: &Localizer, style: Style) -> super::Output {
    let options = match super::options(&args.common) {
        Ok(o) => o,
        Err(msg) => return super::Output::usage(l10n, &msg),
    };
    let outcome = check::run(&args.paths, &options);
    let text = match args.format {
        Format::Human => report::human::render(&outcome, l10n, style),
        Format::Json => report::json::render(&outcome, l10n),
        Format::Concise => report::concise::render(&outcome, l10n),
        Format::Github => report::github::render(&outcome, l10n),
        Format::Sarif => report::sarif::render(&outcome, l10n),
        Format::Junit => report::junit::render(&outcome, l10n),
        Format::Gitlab => report::gitlab::render(&outcome, l10n),
    };
    super::Output::ok(text, exit_code(&outcome, args.fail_on))
}
