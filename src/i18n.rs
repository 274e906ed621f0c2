//! The tool's own words, from the Fluent files in `locales/`.
//!
//! The files are compiled in, so the binary works from any directory and a
//! pre-commit install needs nothing beside it. Messages missing from a
//! locale fall back to English; a test keeps the locales' ids identical.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::message::{Arg, Msg};

/// The languages the interface speaks, and their Fluent sources.
pub const LOCALES: &[(&str, &[&str])] = &[
    (
        "en-US",
        &[
            include_str!("../locales/en-US/cli.ftl"),
            include_str!("../locales/en-US/errors.ftl"),
            include_str!("../locales/en-US/findings.ftl"),
            include_str!("../locales/en-US/align.ftl"),
            include_str!("../locales/en-US/render.ftl"),
            include_str!("../locales/en-US/rules.ftl"),
            include_str!("../locales/en-US/help.ftl"),
        ],
    ),
    (
        "zh-CN",
        &[
            include_str!("../locales/zh-CN/cli.ftl"),
            include_str!("../locales/zh-CN/errors.ftl"),
            include_str!("../locales/zh-CN/findings.ftl"),
            include_str!("../locales/zh-CN/align.ftl"),
            include_str!("../locales/zh-CN/render.ftl"),
            include_str!("../locales/zh-CN/rules.ftl"),
            include_str!("../locales/zh-CN/help.ftl"),
        ],
    ),
];

/// The shipped locale that best serves `requested`, if any does.
fn negotiate(requested: &str) -> Option<&'static str> {
    // POSIX locale names: `zh_CN.UTF-8` is `zh-CN`.
    let tag = requested
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .replace('_', "-");
    let requested: LanguageIdentifier = tag.parse().ok()?;
    let available: Vec<LanguageIdentifier> =
        LOCALES.iter().filter_map(|(t, _)| t.parse().ok()).collect();
    let chosen = fluent_langneg::negotiate_languages(
        &[requested],
        &available,
        None,
        fluent_langneg::NegotiationStrategy::Filtering,
    );
    let first = chosen.first()?.to_string();
    LOCALES.iter().map(|(t, _)| *t).find(|t| *t == first)
}

pub struct Localizer {
    bundle: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
    pub lang: &'static str,
}

fn bundle(tag: &str, sources: &[&str]) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks would leak invisible characters into terminals,
    // JSON and annotations.
    bundle.set_use_isolating(false);
    for source in sources {
        // The shipped files are checked by tests; a parse error here is a
        // build defect, and the messages that did parse are still usable.
        let resource = FluentResource::try_new((*source).to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

impl Localizer {
    /// The locale for a requested tag (`zh`, `zh-TW`, `zh_CN.UTF-8`, `en-GB`),
    /// by Fluent's language negotiation over the shipped locales, falling
    /// back to English; [`Localizer::negotiated`] says whether it matched.
    pub fn new(requested: &str) -> Self {
        let lang = negotiate(requested).unwrap_or("en-US");
        let sources = |tag: &str| {
            LOCALES
                .iter()
                .find(|(t, _)| *t == tag)
                .map_or(&[][..], |(_, s)| s)
        };
        Localizer {
            bundle: bundle(lang, sources(lang)),
            fallback: (lang != "en-US").then(|| bundle("en-US", sources("en-US"))),
            lang,
        }
    }

    /// The tags of the shipped locales.
    pub fn available() -> Vec<&'static str> {
        LOCALES.iter().map(|(t, _)| *t).collect()
    }

    /// Whether `requested` has a locale of its own (else English stands in).
    pub fn negotiated(requested: &str) -> bool {
        negotiate(requested).is_some()
    }

    /// The interface language from the environment, as gettext reads it.
    pub fn from_env() -> Self {
        let var = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| std::env::var(k).ok())
            .find(|v| !v.is_empty())
            .unwrap_or_default();
        Localizer::new(&var)
    }

    pub fn text(&self, msg: &Msg) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            let v = match value {
                Arg::Str(s) => FluentValue::from(s.to_string()),
                Arg::Num(n) => FluentValue::from(*n),
                Arg::Msg(m) => FluentValue::from(self.text(m)),
            };
            args.set(*name, v);
        }
        self.format(msg.id, Some(&args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for bundle in std::iter::once(&self.bundle).chain(self.fallback.as_ref()) {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        id.to_string()
    }

    pub fn get(&self, id: &'static str) -> String {
        self.text(&Msg::new(id))
    }

    /// A message without arguments whose id is built at run time (the
    /// help of a command-line argument).
    pub fn text_of(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// Whether the interface (or its English fallback) has message `id`.
    pub fn has(&self, id: &str) -> bool {
        std::iter::once(&self.bundle)
            .chain(self.fallback.as_ref())
            .any(|b| b.has_message(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_a_summary_in_every_locale() {
        for (tag, _) in LOCALES {
            let l10n = Localizer::new(tag);
            for rule in crate::rules::RULES {
                let summary = l10n.text(&Msg::new(rule.summary));
                assert_ne!(summary, rule.summary, "{tag} lacks {}", rule.summary);
            }
        }
    }

    fn ids(sources: &[&str]) -> std::collections::BTreeSet<String> {
        sources
            .iter()
            .flat_map(|s| {
                let r = FluentResource::try_new((*s).to_string()).expect("locale file parses");
                r.entries()
                    .filter_map(|e| match e {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                        fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn locales_have_the_same_message_ids() {
        let (en_tag, en) = LOCALES[0];
        let reference = ids(en);
        for (tag, sources) in &LOCALES[1..] {
            let other = ids(sources);
            let missing: Vec<_> = reference.difference(&other).collect();
            let obsolete: Vec<_> = other.difference(&reference).collect();
            assert!(
                missing.is_empty(),
                "{tag} lacks ids of {en_tag}: {missing:?}"
            );
            assert!(
                obsolete.is_empty(),
                "{tag} has ids {en_tag} lacks: {obsolete:?}"
            );
        }
    }

    #[test]
    fn negotiation_picks_the_nearest_locale() {
        assert_eq!(Localizer::new("zh_CN.UTF-8").lang, "zh-CN");
        assert_eq!(Localizer::new("zh-TW").lang, "zh-CN");
        assert_eq!(Localizer::new("zh").lang, "zh-CN");
        assert_eq!(Localizer::new("en-GB").lang, "en-US");
        assert_eq!(Localizer::new("C").lang, "en-US");
        assert!(!Localizer::negotiated("fr"));
        assert!(Localizer::negotiated("en"));
    }

    #[test]
    fn messages_format_without_isolation_marks() {
        let l = Localizer::new("zh_CN.UTF-8");
        assert_eq!(l.lang, "zh-CN");
        let text = l.text(
            &Msg::new("summary-findings")
                .arg("errors", 1usize)
                .arg("warnings", 0usize)
                .arg("infos", 0usize)
                .arg("profiles", 2usize),
        );
        assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'));
        assert!(text.contains('1'));
    }

    #[test]
    fn every_message_id_used_in_the_source_exists() {
        let reference = ids(LOCALES[0].1);
        let src = concat_sources();
        let mut missing = Vec::new();
        for id in message_ids_in(&src) {
            if !reference.contains(&id) {
                missing.push(id);
            }
        }
        assert!(
            missing.is_empty(),
            "ids used in src/ but not in locales: {missing:?}"
        );
    }

    fn concat_sources() -> String {
        fn walk(dir: &std::path::Path, out: &mut String) {
            for e in std::fs::read_dir(dir).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    out.push_str(&std::fs::read_to_string(&p).unwrap());
                }
            }
        }
        let mut s = String::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut s,
        );
        s
    }

    /// Ids passed to `Msg::new("…")` and `.get("…")`.
    fn message_ids_in(src: &str) -> Vec<String> {
        let mut out = Vec::new();
        for marker in ["Msg::new(\"", "l10n.get(\""] {
            for (i, _) in src.match_indices(marker) {
                let rest = &src[i + marker.len()..];
                if let Some(end) = rest.find('"') {
                    let id = &rest[..end];
                    if id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') && !id.is_empty() {
                        out.push(id.to_string());
                    }
                }
            }
        }
        out.sort();
        out.dedup();
        out
    }
}
