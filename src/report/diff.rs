//! Unified diffs of a file's text, for `render --check` and
//! `check --add-ignores --diff`: the form `git diff` and reviewers read.

use similar::TextDiff;

/// The diff from `before` to `after` of the file shown as `path`.
pub fn unified(before: &str, after: &str, path: &str) -> String {
    unified_labelled(before, after, path, path)
}

pub fn unified_labelled(before: &str, after: &str, old: &str, new: &str) -> String {
    TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(3)
        .header(old, new)
        .to_string()
}
