//! `--format concise`: one line per finding, `path:line:col: CODE [name]
//! message`, the shape editors' quickfix lists and `grep` read, then the
//! summary people read at the end of any run.

use std::borrow::Cow;
use std::fmt::Write as _;

use super::{error_position, position};
use crate::check::Outcome;
use crate::i18n::Localizer;

pub fn render(outcome: &Outcome, l10n: &Localizer) -> String {
    let mut out = String::new();
    for e in &outcome.errors {
        let _ = writeln!(
            out,
            "{}: {}: {}",
            error_position(e),
            l10n.get("severity-error"),
            printable(&l10n.text(&e.msg)),
        );
    }
    for f in &outcome.findings {
        // A finding always has a place; the profile stands in should a
        // rule ever report one without.
        let place = f
            .locations
            .first()
            .map_or_else(|| f.profile.clone(), position);
        let _ = writeln!(
            out,
            "{place}: {} [{}] {}",
            f.rule.code,
            f.rule.name,
            printable(&l10n.text(&f.message)),
        );
    }
    out.push_str(&super::summary(outcome, l10n));
    out
}

/// Messages quote the user's values, and a YAML value can hold any
/// character. One finding must stay one line for the tools that read this
/// format line by line, so each line break shows as `⏎`; other control
/// characters (an escape sequence could rewrite the terminal) show as `�`.
fn printable(text: &str) -> Cow<'_, str> {
    let is_break = |c: char| {
        matches!(
            c,
            '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
        )
    };
    if !text.contains(|c: char| c.is_control() && c != '\t' || is_break(c)) {
        return Cow::Borrowed(text);
    }
    let text = text.replace("\r\n", "\n");
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                c if is_break(c) => '⏎',
                '\t' => '\t',
                c if c.is_control() => '\u{fffd}',
                c => c,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_in_values_keep_one_finding_on_one_line() {
        assert_eq!(printable("a\r\nb\nc\rd\u{2028}e"), "a⏎b⏎c⏎d⏎e");
        assert!(matches!(
            printable("plain:\t100% <ok> 中文"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn control_characters_cannot_reach_the_terminal() {
        assert_eq!(
            printable("a\u{1b}]0;x\u{7}b\u{9b}c"),
            "a\u{fffd}]0;x\u{fffd}b\u{fffd}c"
        );
    }
}
