//! The rule registry: every rule's code, name, default severity and doc.
//!
//! Codes and names are public interface (`docs/findings.md`):
//! scripts select and suppress by them, so neither is ever reused or
//! renamed. Codes are grouped by what the rule looks at:
//! `CV0xx` one file's own values (and name), `CV1xx` alignment, `CV2xx` dates across
//! languages, `CV3xx` titles and organisations, `CV4xx` other facts
//! (contacts, links, numbers, scores, the person's name), `CV9xx` the
//! suppressions themselves. Adding a rule means a module here, a line in [`RULES`], its
//! messages in `locales/`, and a test case under `tests/cmd/`.

pub mod area_mismatch;
pub mod contact_mismatch;
pub mod date_mismatch;
pub mod date_order;
pub mod future_date;
pub mod invalid_date;
pub mod invalid_suppression;
pub mod missing_entry;
pub mod name_mismatch;
pub mod number_mismatch;
pub mod org_mismatch;
pub mod score_mismatch;
pub mod title_mismatch;
pub mod unexplained_suppression;
pub mod unknown_key;
pub mod unknown_term;
pub mod untagged_source;
pub mod unused_suppression;
pub mod url_mismatch;

mod helpers;
pub use helpers::{as_written, describe, each_pair, each_title_pair, entries, value_differs};

use crate::align::SectionAlignment;
use crate::date::PartialDate;
use crate::finding::Finding;
use crate::model::Document;
pub use crate::rule::Rule;

/// What a rule sees: one profile, its documents, and each comparison of a
/// language with the reference language.
pub struct Context<'a> {
    pub profile: &'a str,
    pub documents: &'a [Document],
    pub comparisons: &'a [Comparison<'a>],
    /// The profile's glossary (empty when it has none).
    pub glossary: &'a crate::terms::glossary::Glossary,
    pub today: PartialDate,
}

/// The reference document `a`, another language `b`, and their alignment.
pub struct Comparison<'a> {
    pub a: &'a Document,
    pub b: &'a Document,
    pub sections: Vec<SectionAlignment>,
}

pub type Check = fn(&Context<'_>, &mut Vec<Finding>);

/// Declares a rule: the doc comment becomes [`Rule::doc`].
#[macro_export]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        pub const RULE = {
            code: $code:literal,
            name: $name:literal,
            severity: $severity:ident,
            check: $check:path $(,)?
        };
    ) => {
        $(#[doc = $doc])*
        pub const RULE: $crate::rule::Rule = $crate::rule::Rule {
            code: $code,
            name: $name,
            severity: $crate::rule::Severity::$severity,
            doc: concat!($($doc, "\n"),*),
            doc_zh: include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../locales/zh-CN/rules/",
                $name,
                ".md"
            )),
            summary: concat!("rule-", $name),
        };

        /// What the rule checks, run by the registry.
        pub const CHECK: $crate::rules::Check = $check;
    };
}

/// The registry, one list: every rule's description (`RULES`, in code
/// order) and its check, in the same order.
macro_rules! registry {
    ($($rule:ident),* $(,)?) => {
        /// Every rule, in code order.
        pub static RULES: &[&Rule] = &[$(&$rule::RULE),*];
        static CHECKS: &[Check] = &[$($rule::CHECK),*];
    };
}

registry!(
    invalid_date,
    date_order,
    future_date,
    unknown_key,
    untagged_source,
    missing_entry,
    date_mismatch,
    title_mismatch,
    org_mismatch,
    unknown_term,
    area_mismatch,
    contact_mismatch,
    url_mismatch,
    number_mismatch,
    score_mismatch,
    name_mismatch,
    unused_suppression,
    invalid_suppression,
    unexplained_suppression,
);

/// A rule by code (`CV201`) or name (`date-mismatch`), case-insensitively.
pub fn lookup(key: &str) -> Option<&'static Rule> {
    RULES
        .iter()
        .copied()
        .find(|r| r.code.eq_ignore_ascii_case(key) || r.name.eq_ignore_ascii_case(key))
}

/// Runs the rules `enabled` selects.
pub fn run(ctx: &Context<'_>, enabled: impl Fn(&Rule) -> bool) -> Vec<Finding> {
    let mut out = Vec::new();
    for (rule, check) in RULES.iter().zip(CHECKS) {
        if enabled(rule) {
            check(ctx, &mut out);
        }
    }
    out
}

/// The check of the `CV9xx` rules, whose findings are about suppressions
/// and come from the suppression pass ([`crate::suppress`]) once the other
/// rules have run.
pub fn found_by_suppression_pass(_: &Context<'_>, _: &mut Vec<Finding>) {}

/// The check of rules about files rather than their content, whose
/// findings come from discovery ([`crate::discover`]), before
/// there are profiles to run rules on.
pub fn found_by_discovery(_: &Context<'_>, _: &mut Vec<Finding>) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_well_formed() {
        for (i, a) in RULES.iter().enumerate() {
            assert!(a.code.starts_with("CV") && a.code.len() == 5, "{}", a.code);
            assert!(a.name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
            for b in &RULES[i + 1..] {
                assert_ne!(a.code, b.code);
                assert_ne!(a.name, b.name);
            }
        }
        let codes: Vec<&str> = RULES.iter().map(|r| r.code).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        assert_eq!(codes, sorted, "registry is in code order");
    }

    #[test]
    fn every_rule_documents_itself_in_four_parts() {
        for rule in RULES {
            for part in [
                "## What it does",
                "## Why",
                "## Example",
                "## How to settle it",
            ] {
                assert!(rule.doc.contains(part), "{} lacks {part}", rule.name);
            }
        }
    }

    #[test]
    fn every_rule_has_chinese_docs() {
        for rule in RULES {
            let mut at = 0;
            for part in ["## 作用", "## 为什么", "## 示例", "## 如何处理"] {
                let found = rule.doc_zh[at..].find(part);
                assert!(found.is_some(), "{}.md lacks {part} (in order)", rule.name);
                at += found.unwrap_or(0);
            }
            assert!(
                rule.doc_zh.contains(rule.name) || rule.doc_zh.contains("```"),
                "{}.md has no example",
                rule.name
            );
        }
    }

    #[test]
    fn printed_docs_lose_only_the_comment_space() {
        let doc = date_mismatch::RULE.doc_in("en-US");
        assert!(doc.starts_with("## What it does\nCompares"));
        assert!(doc.contains("\n```yaml\n# en.yaml\nstartDate: 03/2022\n"));
        assert!(date_mismatch::RULE.doc_in("zh-CN").starts_with("## 作用\n"));
    }

    #[test]
    fn contract_names_exist_with_their_codes() {
        assert_eq!(lookup("date-mismatch").map(|r| r.code), Some("CV201"));
        assert_eq!(lookup("cv201").map(|r| r.name), Some("date-mismatch"));
        assert!(lookup("missing-entry").is_some());
    }
}
