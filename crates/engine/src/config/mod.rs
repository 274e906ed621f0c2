//! `cvpair.yaml`: the settings a repository keeps for every run.
//!
//! ```yaml
//! reference: en            # the language the others are compared with
//! select: [all]            # rules by code, name, or code prefix (CV2)
//! ignore: [unknown-term]
//! severity:
//!   future-date: error
//! today: 2026-11-01        # fixes "the future" for reproducible CI runs
//! glossary: [terms/company-glossary.yaml]
//! exclude: [archive, "profiles/draft-*"]
//! fail-on: warning
//! profiles:                # sources whose names say no language, paired
//!   - {en: ada/resume.yaml, zh: ada/简历.yaml}
//! ```
//!
//! One file serves a run: `--config`, else the first `cvpair.yaml` or
//! `.cvpair.yaml` found walking up from the folder the checked paths share,
//! which is where a pre-commit hook, a CI job and a person at the terminal
//! all find the same one. Every setting remembers where it came from, for
//! `cvpair config --show`. Flags win over the file.

pub mod glob;
mod read;

use std::path::{Path, PathBuf};

use crate::date::PartialDate;
use crate::finding::Severity;
use crate::lang_tag::Lang;
use crate::rules::{RULES, Rule};
use crate::source::LoadError;
use crate::terms::glossary::Glossary;

pub use glob::Glob;

/// When warnings fail the run too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailOn {
    Error,
    Warning,
}

impl FailOn {
    /// Every value with the word that names it, in the file and on the
    /// command line alike.
    pub const ALL: &[(&str, FailOn)] = &[("error", FailOn::Error), ("warning", FailOn::Warning)];

    pub fn as_str(self) -> &'static str {
        match self {
            FailOn::Error => "error",
            FailOn::Warning => "warning",
        }
    }

    pub fn from_name(name: &str) -> Option<FailOn> {
        Self::ALL.iter().find(|(n, _)| *n == name).map(|&(_, v)| v)
    }
}

/// File names looked for, in this order, in each folder.
pub const FILE_NAMES: &[&str] = &["cvpair.yaml", ".cvpair.yaml"];

/// Where a setting's value came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    Default,
    /// A line of the configuration file.
    File {
        path: String,
        line: u32,
    },
    /// A command-line flag.
    Flag(&'static str),
}

#[derive(Clone, Debug)]
pub struct Setting<T> {
    pub value: T,
    pub origin: Origin,
}

impl<T> Setting<T> {
    fn default(value: T) -> Self {
        Setting {
            value,
            origin: Origin::Default,
        }
    }

    /// Replaces the value when a flag gives one.
    pub fn flag(&mut self, value: Option<T>, flag: &'static str) {
        if let Some(value) = value {
            *self = Setting {
                value,
                origin: Origin::Flag(flag),
            };
        }
    }
}

/// A rule's severity as configured.
#[derive(Clone, Debug)]
pub struct SeverityOverride {
    pub rule: &'static Rule,
    pub severity: Severity,
    pub origin: Origin,
}

#[derive(Clone, Debug)]
pub struct Config {
    /// The file read, as shown to the user, and the folder its relative
    /// paths (glossaries, exclude patterns) start from.
    pub file: Option<(String, PathBuf)>,
    pub reference: Setting<String>,
    pub select: Setting<Vec<String>>,
    pub ignore: Setting<Vec<String>>,
    pub severity: Vec<SeverityOverride>,
    pub today: Setting<PartialDate>,
    /// Glossary files as written, and as found from the config's folder.
    pub glossary: Setting<Vec<(String, PathBuf)>>,
    pub exclude: Setting<Vec<Glob>>,
    pub fail_on: Setting<FailOn>,
    /// Profiles named file by file, for sources whose names say no
    /// language (or say it in a way cvpair does not read).
    pub profiles: Vec<NamedProfile>,
}

/// A profile `profiles:` names: a file per language, found from the
/// configuration's folder.
#[derive(Clone, Debug)]
pub struct NamedProfile {
    /// Each language, the path as written, and the file.
    pub sources: Vec<(Lang, String, PathBuf)>,
    pub origin: Origin,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            file: None,
            reference: Setting::default("en".to_string()),
            select: Setting::default(vec!["all".to_string()]),
            ignore: Setting::default(Vec::new()),
            severity: Vec::new(),
            today: Setting::default(crate::date::today()),
            glossary: Setting::default(Vec::new()),
            exclude: Setting::default(Vec::new()),
            fail_on: Setting::default(FailOn::Error),
            profiles: Vec::new(),
        }
    }
}

impl Config {
    /// Reads the file `--config` names, or the one found above `paths`;
    /// defaults when there is none.
    pub fn load(explicit: Option<&Path>, paths: &[PathBuf]) -> Result<Config, Vec<LoadError>> {
        let found = match explicit {
            Some(p) => Some(p.to_path_buf()),
            None => find(&start_dir(paths)),
        };
        match found {
            None => Ok(Config::default()),
            Some(path) => read::file(&path, &display(&path)),
        }
    }

    /// Whether `rule` is checked: selected (by code, name or code prefix)
    /// and not ignored.
    pub fn enabled(&self, rule: &Rule) -> bool {
        let hits = |keys: &[String]| keys.iter().any(|k| selects(k, rule));
        hits(&self.select.value) && !hits(&self.ignore.value)
    }

    /// The severity of a finding once the configuration has spoken. A
    /// finding its rule already marked below the rule's default (a pairing
    /// it was unsure of) stays that many steps below the configured one.
    pub fn severity(&self, rule: &Rule, found: Severity) -> Severity {
        let Some(o) = self
            .severity
            .iter()
            .rev()
            .find(|o| o.rule.code == rule.code)
        else {
            return found;
        };
        let below = rule.severity as i32 - found as i32;
        match o.severity as i32 - below.max(0) {
            i if i >= Severity::Error as i32 => Severity::Error,
            i if i == Severity::Warning as i32 => Severity::Warning,
            _ => Severity::Info,
        }
    }

    /// Whether a path (a profile folder or a source) is excluded.
    pub fn excluded(&self, path: &Path) -> bool {
        let Some((_, base)) = &self.file else {
            return false;
        };
        if self.exclude.value.is_empty() {
            return false;
        }
        let Some(relative) = relative_to(path, base) else {
            return false;
        };
        self.exclude.value.iter().any(|g| g.matches(&relative))
    }

    /// The glossary files named in the configuration, merged.
    pub fn glossary(&self) -> Result<Glossary, Vec<LoadError>> {
        let mut merged = Glossary::default();
        let mut errors = Vec::new();
        for (written, path) in &self.glossary.value {
            let display = match &self.file {
                Some((_, base)) if base != Path::new(".") => display(path),
                _ => written.clone(),
            };
            match crate::terms::glossary::load(path, &display) {
                Ok(g) => merged.entries.extend(g.entries),
                Err(e) => errors.extend(e),
            }
        }
        if errors.is_empty() {
            Ok(merged)
        } else {
            Err(errors)
        }
    }
}

/// `CV2` selects every CV2xx rule; `all` every rule.
fn selects(key: &str, rule: &Rule) -> bool {
    key.eq_ignore_ascii_case("all")
        || key.eq_ignore_ascii_case(rule.name)
        || (key.len() >= 2
            && key.len() <= rule.code.len()
            && rule.code[..key.len()].eq_ignore_ascii_case(key))
}

/// Whether a `select`/`ignore` key names anything.
pub fn known_selector(key: &str) -> bool {
    RULES.iter().any(|r| selects(key, r))
}

/// The folder the checked paths have in common (the working directory
/// when none is given, as `check` then looks there).
fn start_dir(paths: &[PathBuf]) -> PathBuf {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let mut common: Option<PathBuf> = None;
    for p in paths {
        let abs = std::fs::canonicalize(p).unwrap_or_else(|_| cwd.join(p));
        let dir = if abs.is_dir() {
            abs
        } else {
            abs.parent().map_or_else(|| abs.clone(), Path::to_path_buf)
        };
        common = Some(match common {
            None => dir,
            Some(c) => c
                .components()
                .zip(dir.components())
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a)
                .collect(),
        });
    }
    common.unwrap_or(cwd)
}

/// The first configuration file in `dir` or a folder above it.
fn find(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .find_map(|d| FILE_NAMES.iter().map(|n| d.join(n)).find(|p| p.is_file()))
}

/// A path relative to the working directory when it is below it.
pub fn display(path: &Path) -> String {
    let cwd = std::env::current_dir()
        .ok()
        .and_then(|c| std::fs::canonicalize(c).ok());
    let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    match cwd.as_deref().and_then(|c| abs.strip_prefix(c).ok()) {
        Some(rel) if !rel.as_os_str().is_empty() => rel.to_string_lossy().replace('\\', "/"),
        _ => path.to_string_lossy().into_owned(),
    }
}

/// `path` relative to `base`, `/`-separated, when it lies below it.
fn relative_to(path: &Path, base: &Path) -> Option<String> {
    let abs = std::fs::canonicalize(path).ok()?;
    let base = std::fs::canonicalize(base).ok()?;
    let rel = abs.strip_prefix(base).ok()?;
    Some(rel.to_string_lossy().replace('\\', "/"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::lookup;

    fn rule(name: &str) -> &'static Rule {
        lookup(name).unwrap()
    }

    #[test]
    fn select_by_code_name_prefix_and_ignore() {
        let mut c = Config::default();
        assert!(c.enabled(rule("date-mismatch")));
        c.select.value = vec!["CV2".into(), "missing-entry".into()];
        assert!(c.enabled(rule("date-mismatch")));
        assert!(c.enabled(rule("missing-entry")));
        assert!(!c.enabled(rule("title-mismatch")));
        c.ignore.value = vec!["cv201".into()];
        assert!(!c.enabled(rule("date-mismatch")));
        assert!(known_selector("CV3") && known_selector("all") && !known_selector("CV7"));
    }

    #[test]
    fn configured_severity_keeps_unsure_findings_a_step_below() {
        let mut c = Config::default();
        let r = rule("title-mismatch");
        c.severity.push(SeverityOverride {
            rule: r,
            severity: Severity::Warning,
            origin: Origin::Default,
        });
        assert_eq!(c.severity(r, Severity::Error), Severity::Warning);
        assert_eq!(c.severity(r, Severity::Warning), Severity::Info);
        let other = rule("date-mismatch");
        assert_eq!(c.severity(other, Severity::Error), Severity::Error);
    }
}
