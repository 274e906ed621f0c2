//! Output formats. Each takes the same [`Outcome`](crate::check::Outcome)
//! and prints it in its own convention; what more than one convention
//! needs (positions, summaries, rule descriptions, fingerprints) is here,
//! so two formats never disagree about the same finding.

pub mod concise;
mod crop;
pub mod diff;
pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;
mod snippet;
mod wrap;

use std::borrow::Cow;

use crate::check::Outcome;
use crate::finding::{Finding, Location, Severity};
use crate::i18n::Localizer;
use crate::message::{Arg, Msg};
use crate::source::LoadError;

/// Counts by severity, as every format's summary gives them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub error: usize,
    pub warning: usize,
    pub info: usize,
}

impl Summary {
    pub fn of(findings: &[crate::finding::Finding]) -> Self {
        let mut s = Summary::default();
        for f in findings {
            match f.severity {
                Severity::Error => s.error += 1,
                Severity::Warning => s.warning += 1,
                Severity::Info => s.info += 1,
            }
        }
        s
    }
}

/// The closing lines of the formats people read: the counts, then a
/// warning that sources went unread, which is why the exit code is 2.
pub fn summary(outcome: &Outcome, l10n: &Localizer) -> String {
    let mut out = String::new();
    let profiles = outcome.profiles.len();
    let s = Summary::of(&outcome.findings);
    let line = if s == Summary::default() && outcome.errors.is_empty() {
        Msg::new("summary-clean").arg("profiles", profiles)
    } else {
        Msg::new("summary-findings")
            .arg("errors", s.error)
            .arg("warnings", s.warning)
            .arg("infos", s.info)
            .arg("profiles", profiles)
    };
    // With nothing checked, "0 errors in 0 profiles" would read as a pass.
    if profiles > 0 || outcome.errors.is_empty() {
        out.push_str(&l10n.text(&line));
        out.push('\n');
    }
    if !outcome.errors.is_empty() {
        out.push_str(
            &l10n.text(&Msg::new("summary-load-errors").arg("count", outcome.errors.len())),
        );
        out.push('\n');
    }
    out
}

/// `path:line:col`, the way compilers and editors name a place.
pub fn position(loc: &Location) -> String {
    format!("{}:{}:{}", loc.file.display, loc.span.line, loc.span.col)
}

/// `path:line:col`, or just `path` for a source that could not be opened.
pub fn error_position(e: &LoadError) -> String {
    match e.span {
        Some(s) => format!("{}:{}:{}", e.path, s.line, s.col),
        None => e.path.clone(),
    }
}

/// The column just past the value, on its first line (a whole entry would
/// otherwise mark many lines, where the eye wants the first, as the
/// terminal snippet does); `None` for an empty span. Exclusive, as SARIF's
/// `endColumn` is, and in characters like every column cvpair prints.
pub fn end_column(loc: &Location) -> Option<u32> {
    let text = &loc.file.text[loc.file.byte_range(loc.span)];
    let first_line = text.split(['\n', '\r']).next().unwrap_or_default();
    let chars = u32::try_from(first_line.chars().count()).ok()?;
    (chars > 0).then(|| loc.span.col.saturating_add(chars))
}

/// A path as CI services expect it in a report: with `/` between folders
/// even where the platform writes `\`.
pub fn slashed(path: &str) -> Cow<'_, str> {
    if std::path::MAIN_SEPARATOR == '\\' {
        Cow::Owned(path.replace('\\', "/"))
    } else {
        Cow::Borrowed(path)
    }
}

/// A finding's identity for services that track findings from one run to
/// the next (GitLab's `fingerprint`, SARIF's `partialFingerprints`): its
/// rule, first place and message, as 16 hex digits. The message goes in
/// untranslated, so the same finding keeps its fingerprint whatever the
/// interface language of the run.
pub fn fingerprint(f: &Finding) -> String {
    match f.locations.first() {
        Some(loc) => fingerprint_of(
            &[
                f.rule.code,
                &slashed(&loc.file.display),
                &loc.span.line.to_string(),
            ],
            &f.message,
        ),
        None => fingerprint_of(&[f.rule.code, &f.profile], &f.message),
    }
}

/// [`fingerprint`] of some fields and an untranslated message, for what
/// is not a finding (a source that could not be read).
pub fn fingerprint_of(fields: &[&str], message: &Msg) -> String {
    let mut h = Fnv1a::new();
    for field in fields {
        h.field(field.as_bytes());
    }
    feed_message(&mut h, message);
    format!("{:016x}", h.0)
}

fn feed_message(h: &mut Fnv1a, msg: &Msg) {
    h.field(msg.id.as_bytes());
    for (name, value) in &msg.args {
        h.field(name.as_bytes());
        match value {
            Arg::Str(s) => h.field(s.as_bytes()),
            Arg::Num(n) => h.field(n.to_string().as_bytes()),
            Arg::Msg(m) => feed_message(h, m),
        }
    }
}

/// 64-bit FNV-1a: a fingerprint needs to be stable across versions and
/// platforms (std's hashers promise neither), not to resist attack, and
/// this is a dozen lines where a crate would be a dependency.
struct Fnv1a(u64);

impl Fnv1a {
    fn new() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }

    fn byte(&mut self, b: u8) {
        self.0 ^= u64::from(b);
        self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
    }

    /// One field, then a byte UTF-8 never contains, so `("ab", "c")` and
    /// `("a", "bc")` hash apart.
    fn field(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.byte(b);
        }
        self.byte(0xff);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_published_test_vectors() {
        let hash = |s: &str| {
            let mut h = Fnv1a::new();
            s.bytes().for_each(|b| h.byte(b));
            h.0
        };
        assert_eq!(hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(hash("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(hash("foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn fields_do_not_run_into_each_other() {
        let fields = |parts: &[&str]| {
            let mut h = Fnv1a::new();
            parts.iter().for_each(|p| h.field(p.as_bytes()));
            h.0
        };
        assert_ne!(fields(&["ab", "c"]), fields(&["a", "bc"]));
    }
}
