//! The `check` job: load each profile, align its languages, run the rules.
//!
//! A profile that cannot be loaded is reported and skipped; the others are
//! still checked, so one broken file does not hide every other finding.

use std::path::PathBuf;

use crate::align;
use crate::config::Config;
use crate::config::FailOn;
use crate::date::PartialDate;
use crate::discover::{ProfileRef, discover};
use crate::finding::{Finding, Severity};
use crate::model::Document;
use crate::parallel;
use crate::rules::{self, Comparison, Context};
use crate::source::{self, LoadError};
use crate::suppress;
use crate::terms::glossary::{self, Glossary};

#[derive(Clone, Debug)]
pub struct Options {
    /// The date "future" is measured from.
    pub today: PartialDate,
    /// The language every other is compared with (`en`).
    pub reference: String,
    /// Which rules run, at what severity, and what is excluded.
    pub config: Config,
    /// The glossaries the configuration names, beneath each profile's own.
    pub glossary: Glossary,
}

impl Options {
    /// Defaults, as with no configuration file.
    pub fn new(today: PartialDate, reference: &str) -> Options {
        Options {
            today,
            reference: reference.to_string(),
            config: Config::default(),
            glossary: Glossary::default(),
        }
    }
}

#[derive(Debug, Default)]
pub struct Outcome {
    /// Profiles loaded and checked, by display name, in the order found:
    /// a clean profile has no finding to name it, and JUnit still gives it
    /// a passing test.
    pub profiles: Vec<String>,
    pub findings: Vec<Finding>,
    /// Sources or paths that could not be read.
    pub errors: Vec<LoadError>,
}

/// A profile's documents, the reference language's first.
pub struct Loaded {
    pub display: String,
    pub documents: Vec<Document>,
    pub glossary: Glossary,
}

pub fn load(profile: &ProfileRef, options: &Options) -> Result<Loaded, Vec<LoadError>> {
    let reference = options.reference.as_str();
    let mut documents = Vec::new();
    let mut errors = Vec::new();
    let mut glossary =
        glossary::load_from_dir(&profile.dir, &profile.display).unwrap_or_else(|e| {
            errors.extend(e);
            Glossary::default()
        });
    glossary
        .entries
        .extend(options.glossary.entries.iter().cloned());
    for s in &profile.sources {
        match source::load(&s.path, &s.display, s.lang.clone()) {
            Ok(doc) => documents.push(doc),
            Err(e) => errors.extend(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // A stable sort keeps file order among the others.
    documents.sort_by_key(|d| d.file.lang.language() != reference);
    Ok(Loaded {
        display: profile.display.clone(),
        documents,
        glossary,
    })
}

/// Each language against the reference (the first document). With
/// `explain`, every pair carries its reasons in words (for `align`);
/// `check` reports findings only and skips putting them into words.
pub fn comparisons<'a>(
    documents: &'a [Document],
    glossary: &Glossary,
    explain: bool,
) -> Vec<Comparison<'a>> {
    let Some((a, rest)) = documents.split_first() else {
        return Vec::new();
    };
    rest.iter()
        .map(|b| Comparison {
            a,
            b,
            sections: align::align(a, b, glossary, explain),
        })
        .collect()
}

/// Every finding of a loaded profile that the configuration and the
/// profile's suppressions leave standing.
pub fn check_loaded(loaded: &Loaded, options: &Options) -> Vec<Finding> {
    let comparisons = comparisons(&loaded.documents, &loaded.glossary, false);
    let config = &options.config;
    let findings = rules::run(
        &Context {
            profile: &loaded.display,
            documents: &loaded.documents,
            comparisons: &comparisons,
            glossary: &loaded.glossary,
            today: options.today,
        },
        |rule| config.enabled(rule),
    )
    .into_iter()
    .map(|f| configured(config, f))
    .collect();
    suppress::apply(&loaded.documents, &loaded.display, config, findings)
}

/// A finding at the severity the configuration gives its rule.
fn configured(config: &Config, f: Finding) -> Finding {
    let severity = config.severity(f.rule, f.severity);
    f.severity(severity)
}

pub fn run(paths: &[PathBuf], options: &Options, hook: bool) -> Outcome {
    let found = discover(paths, &options.config, hook);
    let config = &options.config;
    let mut outcome = Outcome {
        errors: found.errors,
        findings: found
            .findings
            .into_iter()
            .filter(|f| config.enabled(f.rule))
            .map(|f| configured(config, f))
            .collect(),
        ..Outcome::default()
    };
    let results = parallel::map(&found.profiles, |profile| {
        load(profile, options).map(|loaded| check_loaded(&loaded, options))
    });
    for (profile, result) in found.profiles.iter().zip(results) {
        match result {
            Ok(findings) => {
                outcome.profiles.push(profile.display.clone());
                outcome.findings.extend(findings);
            }
            Err(errors) => outcome.errors.extend(errors.into_iter().map(|e| LoadError {
                profile: Some(profile.display.clone()),
                ..e
            })),
        }
    }
    outcome.findings.sort_by_cached_key(Finding::sort_key);
    outcome
}

/// 2 when cvpair could not do its job (unreadable input), 1 when a finding
/// at the failing severity remains, else 0. A date that parses but cannot
/// be understood is such a finding, not a failure (`findings.md`).
pub fn exit_code(outcome: &Outcome, fail_on: FailOn) -> u8 {
    if !outcome.errors.is_empty() {
        return 2;
    }
    let threshold = match fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
    };
    u8::from(outcome.findings.iter().any(|f| f.severity >= threshold))
}
