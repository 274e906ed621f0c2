//! `cvpair align`: how the entries of a profile were paired, so a user can
//! see why two entries were (or were not) taken for the same one before
//! trusting a finding. A table for people; JSON for scripts and for the
//! pairing corpus under `tests/pairing/`.

mod json;
mod table;

use crate::align::Pair;
use crate::check::{self, Loaded};
use crate::cli::{AlignArgs, AlignFormat};
use crate::discover::discover;
use crate::i18n::Localizer;
use crate::message::Msg;
use crate::rules::Comparison;

pub fn run(args: &AlignArgs, l10n: &Localizer) -> super::Output {
    let style = crate::report::human::Style {
        color: false,
        width: 100,
    };
    let paths = std::slice::from_ref(&args.profile);
    let options = match super::options(&args.common, paths) {
        Ok(o) => o,
        Err(f) => return f.output(l10n, style),
    };
    let found = discover(paths, &options.config, false);
    let mut errors = found.errors;
    let mut loaded = Vec::new();
    for profile in &found.profiles {
        match check::load(profile, &options) {
            Ok(l) => loaded.push(l),
            Err(e) => errors.extend(e),
        }
    }
    let compared: Vec<(&Loaded, Vec<Comparison<'_>>)> = loaded
        .iter()
        .map(|l| (l, check::comparisons(&l.documents, &l.glossary, true)))
        .collect();
    let code = if errors.is_empty() { 0 } else { 2 };
    let out = match args.format {
        AlignFormat::Json => json::render(&compared, &errors, l10n),
        AlignFormat::Table => {
            let mut out = String::new();
            for (l, cmps) in &compared {
                for cmp in cmps {
                    table::render(l, cmp, l10n, &mut out);
                }
            }
            if !errors.is_empty() {
                let outcome = check::Outcome {
                    errors,
                    ..Default::default()
                };
                out.push_str(&crate::report::human::render(&outcome, l10n, style));
            }
            out
        }
    };
    super::Output::ok(out, code)
}

/// Why a pair was made, as messages: the score's signals, then how each
/// side's title was read (`?` for a title cvpair could not read).
fn reasons(p: &Pair) -> Vec<Msg> {
    let mut why = p.scored.reasons.clone();
    if let Some(t) = &p.titles {
        let show = |r: &crate::terms::titles::Reading| {
            if r.known {
                r.describe()
            } else {
                "?".to_string()
            }
        };
        why.push(
            Msg::new("reason-titles")
                .arg("a", show(&t.ra))
                .arg("b", show(&t.rb)),
        );
    }
    why
}
