//! `--format sarif`: SARIF 2.1.0, the log GitHub code scanning and other
//! static-analysis dashboards import.
//!
//! Every rule of the registry is described in `tool.driver.rules`, not only
//! those that fired: a dashboard shows a rule's documentation from there,
//! and a rule that stops firing is then seen as fixed rather than unknown.
//! Sources that could not be read are the tool's own failure, not a result
//! about the résumé, so they are execution notifications.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{end_column, fingerprint, slashed};
use crate::check::Outcome;
use crate::finding::{self, Severity};
use crate::i18n::Localizer;
use crate::message::Msg;
use crate::rules::RULES;
use crate::source::LoadError;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Where the rules are documented: the package's homepage or repository,
/// when `Cargo.toml` names one (`informationUri` must be an absolute URI,
/// so none is better than a guess).
const INFORMATION_URI: Option<&str> = {
    let homepage = env!("CARGO_PKG_HOMEPAGE");
    let repository = env!("CARGO_PKG_REPOSITORY");
    if !homepage.is_empty() {
        Some(homepage)
    } else if !repository.is_empty() {
        Some(repository)
    } else {
        None
    }
};

/// Relative paths are relative to the folder cvpair ran in, which is what
/// a consumer resolves `%SRCROOT%` to (the checkout, in CI).
const SRCROOT: &str = "%SRCROOT%";

#[derive(Serialize)]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    invocations: [Invocation; 1],
    /// Columns count characters, as in every output of cvpair.
    column_kind: &'static str,
    results: Vec<SarifResult>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    information_uri: Option<&'static str>,
    rules: Vec<Descriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Descriptor {
    id: &'static str,
    name: &'static str,
    short_description: Text,
    full_description: Text,
    help: Markdown,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Markdown {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: Text,
    locations: [SarifLocation; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<SarifLocation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<SarifLocation>,
    partial_fingerprints: BTreeMap<&'static str, String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifLocation {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: u32,
    start_column: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_column: Option<u32>,
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

pub fn render(outcome: &Outcome, l10n: &Localizer) -> String {
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "cvpair",
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: INFORMATION_URI,
                    rules: RULES.iter().map(|r| descriptor(r, l10n)).collect(),
                },
            },
            invocations: [Invocation {
                execution_successful: outcome.errors.is_empty(),
                tool_execution_notifications: outcome
                    .errors
                    .iter()
                    .map(|e| notification(e, l10n))
                    .collect(),
            }],
            column_kind: "unicodeCodePoints",
            results: outcome.findings.iter().map(|f| result(f, l10n)).collect(),
        }],
    };
    let mut out = serde_json::to_string_pretty(&log).unwrap_or_default();
    out.push('\n');
    out
}

/// A rule as code-scanning services list it: the one-line summary of
/// `cvpair rules` and the documentation of `cvpair rules NAME`.
fn descriptor(rule: &'static crate::rules::Rule, l10n: &Localizer) -> Descriptor {
    let doc = rule.doc_in(l10n.lang);
    Descriptor {
        id: rule.code,
        name: rule.name,
        short_description: Text {
            text: l10n.text(&crate::message::Msg::new(rule.summary)),
        },
        full_description: Text { text: doc.clone() },
        help: Markdown {
            text: doc.clone(),
            markdown: doc,
        },
        default_configuration: Configuration {
            level: level(rule.severity),
        },
    }
}

fn result(f: &finding::Finding, l10n: &Localizer) -> SarifResult {
    let primary = f.locations.first().map(|loc| SarifLocation {
        id: None,
        physical_location: physical(loc),
        message: loc.label.as_ref().map(|label| Text {
            text: l10n.text(label),
        }),
    });
    let related = f.locations.iter().enumerate().skip(1).map(|(i, loc)| {
        let message = match &loc.label {
            Some(label) => l10n.text(label),
            None => l10n.text(&Msg::new("report-related").arg("lang", loc.file.lang.tag.clone())),
        };
        SarifLocation {
            // Numbered from 1, as in the spec's examples, so a message
            // could point at one as `[counterpart](1)`.
            id: Some(i),
            physical_location: physical(loc),
            message: Some(Text { text: message }),
        }
    });
    SarifResult {
        rule_id: f.rule.code,
        rule_index: RULES
            .iter()
            .position(|r| r.code == f.rule.code)
            .unwrap_or_default(),
        level: level(f.severity),
        message: Text {
            text: l10n.text(&f.message),
        },
        locations: primary.into_iter().collect(),
        related_locations: related.collect(),
        partial_fingerprints: BTreeMap::from([("cvpair/v1", fingerprint(f))]),
    }
}

fn physical(loc: &finding::Location) -> PhysicalLocation {
    PhysicalLocation {
        artifact_location: artifact(&loc.file.display),
        region: Some(Region {
            start_line: loc.span.line,
            start_column: loc.span.col,
            end_column: end_column(loc),
        }),
    }
}

fn notification(e: &LoadError, l10n: &Localizer) -> Notification {
    Notification {
        level: "error",
        message: Text {
            text: l10n.text(&e.msg),
        },
        locations: [SarifLocation {
            id: None,
            physical_location: PhysicalLocation {
                artifact_location: artifact(&e.path),
                region: e.span.map(|s| Region {
                    start_line: s.line,
                    start_column: s.col,
                    end_column: None,
                }),
            },
            message: None,
        }],
    }
}

/// A path as a URI reference: relative paths stay relative (to
/// `%SRCROOT%`), absolute ones become `file:` URIs, and every byte a URI
/// path cannot hold as it is (a space, `#`, `%`, Chinese characters) is
/// percent-encoded.
fn artifact(path: &str) -> ArtifactLocation {
    let path = slashed(path);
    let bytes = path.as_bytes();
    let drive =
        cfg!(windows) && bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':';
    if path.starts_with('/') || drive {
        let root = if drive { "/" } else { "" };
        ArtifactLocation {
            uri: format!("file://{root}{}", encode(&path, true)),
            uri_base_id: None,
        }
    } else {
        ArtifactLocation {
            uri: encode(&path, false),
            uri_base_id: Some(SRCROOT),
        }
    }
}

/// Percent-encodes all but RFC 3986's `pchar`s and `/`. A colon is left
/// as it is only in an absolute URI: in a relative one, `a:b/c` would read
/// as the scheme `a`.
fn encode(path: &str, keep_colon: bool) -> String {
    let mut out = String::with_capacity(path.len());
    for &b in path.as_bytes() {
        let plain = b.is_ascii_alphanumeric()
            || b"-._~/!$&'()*+,;=@".contains(&b)
            || (keep_colon && b == b':');
        if plain {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_stay_relative_and_are_percent_encoded() {
        let a = artifact("profiles/王 浩/en#1%.yaml");
        assert_eq!(a.uri, "profiles/%E7%8E%8B%20%E6%B5%A9/en%231%25.yaml");
        assert_eq!(a.uri_base_id, Some(SRCROOT));
        // Not the scheme `c`.
        if !cfg!(windows) {
            assert_eq!(artifact("c:v/en.yaml").uri, "c%3Av/en.yaml");
        }
    }

    #[test]
    fn absolute_paths_become_file_uris() {
        let a = artifact("/home/a b/en.yaml");
        assert_eq!(a.uri, "file:///home/a%20b/en.yaml");
        assert_eq!(a.uri_base_id, None);
    }

    #[test]
    fn levels_are_sarif_words() {
        assert_eq!(level(Severity::Info), "note");
        assert_eq!(level(Severity::Warning), "warning");
        assert_eq!(level(Severity::Error), "error");
    }

    #[test]
    fn messages_are_json_escaped() {
        let text = Text {
            text: "\"a\"\n\\b\u{1}".into(),
        };
        let json = serde_json::to_string(&text).unwrap_or_default();
        assert_eq!(json, r#"{"text":"\"a\"\n\\b\u0001"}"#);
    }
}
