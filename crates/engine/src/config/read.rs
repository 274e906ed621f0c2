//! Reading a configuration file into [`Config`], every problem located.
//!
//! Parsed with the profile loader's tree, so a mistake in `cvpair.yaml`
//! gets the same snippet, line and column as one in a résumé, and an
//! unknown key or rule a "did you mean".

use std::path::Path;
use std::sync::Arc;

use super::FailOn;
use super::{Config, Glob, NamedProfile, Origin, Setting, SeverityOverride};
use crate::file::SourceFile;
use crate::finding::Severity;
use crate::message::Msg;
use crate::rules::{RULES, lookup};
use crate::source::LoadError;
use crate::source::read::yaml::parse;
use crate::suggest::closest;
use crate::tree::{Kind, Node, Span};

/// The keys a configuration file may hold.
pub const KEYS: &[&str] = &[
    "reference",
    "select",
    "ignore",
    "severity",
    "today",
    "glossary",
    "exclude",
    "fail-on",
    "profiles",
];

struct Reader {
    file: Arc<SourceFile>,
    errors: Vec<LoadError>,
}

impl Reader {
    fn error(&mut self, span: Span, msg: Msg, help: Option<Msg>) {
        self.errors
            .push(LoadError::located(&self.file, span, msg, help));
    }

    fn origin(&self, key: &Node) -> Origin {
        Origin::File {
            path: self.file.display.clone(),
            line: key.span.line,
        }
    }

    fn scalar<'n>(&mut self, key: &str, node: &'n Node) -> Option<&'n str> {
        match &node.kind {
            Kind::Scalar(s) => Some(s.trim()),
            _ => {
                self.wrong_type(key, node, "shape-text");
                None
            }
        }
    }

    /// A scalar or a list of scalars, as lists are often written with one item.
    fn list<'n>(&mut self, key: &str, node: &'n Node) -> Vec<(&'n str, Span)> {
        match &node.kind {
            Kind::Null => Vec::new(),
            Kind::Scalar(s) => vec![(s.trim(), node.span)],
            Kind::Seq(items) => items
                .iter()
                .filter_map(|i| self.scalar(key, i).map(|s| (s, i.span)))
                .collect(),
            Kind::Map(_) => {
                self.wrong_type(key, node, "shape-text-list");
                Vec::new()
            }
        }
    }

    fn wrong_type(&mut self, key: &str, node: &Node, expected: &'static str) {
        let found = match node.kind {
            Kind::Null => "shape-nothing",
            Kind::Scalar(_) => "shape-text",
            Kind::Seq(_) => "shape-list",
            Kind::Map(_) => "shape-map",
        };
        self.error(
            node.span,
            Msg::new("error-wrong-type")
                .arg("key", key.to_string())
                .arg("expected", Msg::new(expected))
                .arg("found", Msg::new(found)),
            None,
        );
    }

    /// Rule selectors, each checked against the registry.
    fn rules(&mut self, key: &str, node: &Node) -> Vec<String> {
        let mut out = Vec::new();
        for (name, span) in self.list(key, node) {
            if super::known_selector(name) {
                out.push(name.to_string());
            } else {
                self.unknown_rule(name, span);
            }
        }
        out
    }

    fn unknown_rule(&mut self, name: &str, span: Span) {
        let help = closest(name, RULES.iter().map(|r| r.name))
            .map(|s| Msg::new("help-did-you-mean-rule").arg("rule", s))
            .unwrap_or_else(|| Msg::new("help-list-rules"));
        self.error(
            span,
            Msg::new("error-unknown-rule").arg("rule", name.to_string()),
            Some(help),
        );
    }

    fn choice<T: Copy>(&mut self, value: &str, span: Span, choices: &[(&str, T)]) -> Option<T> {
        let found = choices
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(value))
            .map(|(_, v)| *v);
        if found.is_none() {
            let names: Vec<&str> = choices.iter().map(|(n, _)| *n).collect();
            self.error(
                span,
                Msg::new("error-config-bad-value")
                    .arg("value", value.to_string())
                    .arg("allowed", names.join(", ")),
                None,
            );
        }
        found
    }
}

const SEVERITIES: &[(&str, Severity)] = &[
    ("error", Severity::Error),
    ("warning", Severity::Warning),
    ("info", Severity::Info),
];

const FAIL_ON: &[(&str, FailOn)] = FailOn::ALL;

pub fn file(path: &Path, display: &str) -> Result<Config, Vec<LoadError>> {
    let text = crate::source::read_text(path, display).map_err(|e| vec![e])?;
    let file = SourceFile::helper(path, display, text);
    let base = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf();
    let mut config = Config {
        file: Some((display.to_string(), base.clone())),
        ..Config::default()
    };
    let mut r = Reader {
        file: file.clone(),
        errors: Vec::new(),
    };
    let root = match parse(&file.text) {
        Ok(Some(root)) => root,
        // An empty file (or only comments) is a valid "all defaults".
        Ok(None) => return Ok(config),
        Err(e) => {
            r.error(e.span, e.msg, None);
            return Err(r.errors);
        }
    };
    let Kind::Map(pairs) = &root.kind else {
        r.error(root.span, Msg::new("error-config-not-a-map"), None);
        return Err(r.errors);
    };
    for (k, v) in pairs {
        let key = k.as_str().unwrap_or_default();
        let origin = r.origin(k);
        match key {
            "reference" => {
                if let Some(s) = r.scalar(key, v) {
                    config.reference = Setting {
                        value: s.to_string(),
                        origin,
                    };
                }
            }
            "select" | "ignore" => {
                let value = r.rules(key, v);
                let setting = Setting { value, origin };
                if key == "select" {
                    config.select = setting;
                } else {
                    config.ignore = setting;
                }
            }
            "severity" => severities(&mut r, v, &mut config),
            "today" => {
                if let Some(s) = r.scalar(key, v) {
                    match crate::date::parse_today(s) {
                        Some(value) => config.today = Setting { value, origin },
                        None => r.error(
                            v.span,
                            Msg::new("error-config-bad-today").arg("value", s.to_string()),
                            None,
                        ),
                    }
                }
            }
            "glossary" => {
                let value = r
                    .list(key, v)
                    .into_iter()
                    .map(|(s, _)| (s.to_string(), base.join(s)))
                    .collect();
                config.glossary = Setting { value, origin };
            }
            "exclude" => {
                let value = r
                    .list(key, v)
                    .into_iter()
                    .map(|(s, _)| Glob::new(s))
                    .collect();
                config.exclude = Setting { value, origin };
            }
            "fail-on" => {
                if let Some(s) = r.scalar(key, v) {
                    if let Some(value) = r.choice(s, v.span, FAIL_ON) {
                        config.fail_on = Setting { value, origin };
                    }
                }
            }
            "profiles" => named_profiles(&mut r, v, &base, &mut config),
            _ => {
                let help = closest(key, KEYS.iter().copied())
                    .map(|s| Msg::new("help-did-you-mean-setting").arg("key", s))
                    .unwrap_or_else(|| Msg::new("help-config-keys").arg("keys", KEYS.join(", ")));
                r.error(
                    k.span,
                    Msg::new("error-unknown-setting").arg("key", key.to_string()),
                    Some(help),
                );
            }
        }
    }
    if r.errors.is_empty() {
        Ok(config)
    } else {
        Err(r.errors)
    }
}

/// `severity:` maps rules to `error`, `warning` or `info`.
fn severities(r: &mut Reader, node: &Node, config: &mut Config) {
    let Kind::Map(pairs) = &node.kind else {
        r.wrong_type("severity", node, "shape-map");
        return;
    };
    for (k, v) in pairs {
        let name = k.as_str().unwrap_or_default();
        let Some(rule) = lookup(name) else {
            r.unknown_rule(name, k.span);
            continue;
        };
        let Some(text) = r.scalar(name, v) else {
            continue;
        };
        if let Some(severity) = r.choice(text, v.span, SEVERITIES) {
            config.severity.push(SeverityOverride {
                rule,
                severity,
                origin: r.origin(k),
            });
        }
    }
}

/// `profiles:` is a list of maps from a language to a file:
/// `[{en: ada/resume.yaml, zh: ada/简历.yaml}]`.
fn named_profiles(r: &mut Reader, node: &Node, base: &Path, config: &mut Config) {
    let Kind::Seq(items) = &node.kind else {
        r.wrong_type("profiles", node, "shape-list");
        return;
    };
    for item in items {
        let Kind::Map(pairs) = &item.kind else {
            r.wrong_type("profiles", item, "shape-map");
            continue;
        };
        let errors_before = r.errors.len();
        let mut sources: Vec<(crate::lang_tag::Lang, String, std::path::PathBuf)> = Vec::new();
        for (k, v) in pairs {
            let key = k.as_str().unwrap_or_default();
            let Some(lang) = crate::lang_tag::parse_name(key) else {
                r.error(
                    k.span,
                    Msg::new("error-config-profile-language").arg("key", key.to_string()),
                    Some(Msg::new("help-config-profiles")),
                );
                continue;
            };
            if let Some((other, _, _)) = sources.iter().find(|(l, _, _)| l.id == lang.id) {
                r.error(
                    k.span,
                    Msg::new("error-config-profile-repeated").arg("lang", other.tag.clone()),
                    Some(Msg::new("help-config-profiles")),
                );
                continue;
            }
            if let Some(path) = r.scalar(key, v) {
                sources.push((lang, path.to_string(), base.join(path)));
            }
        }
        if r.errors.len() > errors_before {
            continue;
        }
        if sources.len() < 2 {
            r.error(
                item.span,
                Msg::new("error-config-profile-one-language"),
                Some(Msg::new("help-config-profiles")),
            );
            continue;
        }
        config.profiles.push(NamedProfile {
            sources,
            origin: Origin::File {
                path: r.file.display.clone(),
                line: item.span.line,
            },
        });
    }
}
