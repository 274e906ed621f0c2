//! What a rule reports, in the one shape every output format reads.

use std::sync::Arc;

use crate::file::SourceFile;
use crate::message::Msg;
use crate::model::{SectionKind, Span};
use crate::rule::Rule;
pub use crate::rule::Severity;

/// A place a finding points at, in one language's file.
#[derive(Clone, Debug)]
pub struct Location {
    pub file: Arc<SourceFile>,
    pub span: Span,
    /// What this place says, shown under the snippet (`en: 2022-03`).
    pub label: Option<Msg>,
}

#[derive(Clone, Debug)]
pub struct Finding {
    pub rule: &'static Rule,
    pub severity: Severity,
    pub message: Msg,
    pub help: Option<Msg>,
    pub profile: String,
    pub section: Option<SectionKind>,
    /// The first is where the finding is; the others are its counterparts.
    pub locations: Vec<Location>,
}

impl Finding {
    pub fn new(rule: &'static Rule, profile: &str, message: Msg) -> Self {
        Finding {
            rule,
            severity: rule.severity,
            message,
            help: None,
            profile: profile.to_string(),
            section: None,
            locations: Vec::new(),
        }
    }

    pub fn at(mut self, file: &Arc<SourceFile>, span: Span, label: Option<Msg>) -> Self {
        self.locations.push(Location {
            file: file.clone(),
            span,
            label,
        });
        self
    }

    pub fn section(mut self, kind: SectionKind) -> Self {
        self.section = Some(kind);
        self
    }

    pub fn help(mut self, help: Msg) -> Self {
        self.help = Some(help);
        self
    }

    pub fn severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// The order of output: profile, then the first location's path and line.
    pub fn sort_key(&self) -> (String, String, u32, u32, &'static str) {
        let first = self.locations.first();
        (
            self.profile.clone(),
            first.map(|l| l.file.display.clone()).unwrap_or_default(),
            first.map_or(0, |l| l.span.line),
            first.map_or(0, |l| l.span.col),
            self.rule.code,
        )
    }
}
