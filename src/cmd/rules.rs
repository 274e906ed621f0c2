//! `cvpair rules [RULE]`: the registry as a table, or one rule's
//! documentation, from the same text its module carries.

use unicode_width::UnicodeWidthStr;

use super::Output;
use crate::cli::{RulesArgs, RulesFormat};
use crate::i18n::Localizer;
use crate::message::Msg;
use crate::rules::{RULES, Rule, lookup};
use crate::suggest::closest;

pub fn run(args: &RulesArgs, l10n: &Localizer) -> Output {
    let rules: Vec<&'static Rule> = match &args.rule {
        None => RULES.to_vec(),
        Some(key) => match lookup(key) {
            Some(r) => vec![r],
            None => {
                let msg = Msg::new("error-unknown-rule-flag")
                    .arg("flag", "rules")
                    .arg("rule", key.clone())
                    .arg(
                        "suggestion",
                        closest(key, RULES.iter().map(|r| r.name)).unwrap_or("-"),
                    );
                return Output::usage(l10n, &msg);
            }
        },
    };
    let text = match (args.format, &args.rule) {
        (RulesFormat::Json, _) => json(&rules, l10n),
        (RulesFormat::Human, None) => table(&rules, l10n),
        (RulesFormat::Human, Some(_)) => doc(rules[0], l10n),
    };
    Output::ok(text, 0)
}

/// The one-line summary, in the interface language.
pub fn summary(rule: &Rule, l10n: &Localizer) -> String {
    l10n.text(&Msg::new(rule.summary))
}

fn severity(rule: &Rule, l10n: &Localizer) -> String {
    l10n.text(&Msg::new(match rule.severity {
        crate::finding::Severity::Error => "severity-error",
        crate::finding::Severity::Warning => "severity-warning",
        crate::finding::Severity::Info => "severity-info",
    }))
}

fn table(rules: &[&Rule], l10n: &Localizer) -> String {
    let name_width = rules.iter().map(|r| r.name.len()).max().unwrap_or(0);
    let severities: Vec<String> = rules.iter().map(|r| severity(r, l10n)).collect();
    let sev_width = severities.iter().map(|s| s.width()).max().unwrap_or(0);
    let mut out = String::new();
    for (rule, sev) in rules.iter().zip(&severities) {
        let line = format!(
            "{}  {:name_width$}  {}{}  {}",
            rule.code,
            rule.name,
            sev,
            " ".repeat(sev_width - sev.width()),
            summary(rule, l10n),
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&l10n.text(&Msg::new("rules-footer")));
    out.push('\n');
    out
}

fn doc(rule: &Rule, l10n: &Localizer) -> String {
    let mut out = format!("{} {} ({})\n\n", rule.code, rule.name, severity(rule, l10n));
    out.push_str(rule.doc_in(l10n.lang).trim_end());
    out.push('\n');
    out
}

fn json(rules: &[&Rule], l10n: &Localizer) -> String {
    let items: Vec<serde_json::Value> = rules
        .iter()
        .map(|r| {
            serde_json::json!({
                "code": r.code,
                "name": r.name,
                "severity": r.severity.as_str(),
                "summary": summary(r, l10n),
                "doc": r.doc_in(l10n.lang),
            })
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&items).unwrap_or_default();
    out.push('\n');
    out
}
