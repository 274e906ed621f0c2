//! Output formats. Each takes the same [`Outcome`](crate::check::Outcome)
//! and prints it in its own convention.

pub mod diff;
pub mod human;
pub mod json;
mod snippet;

use crate::finding::Severity;

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
