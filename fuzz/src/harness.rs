//! What each fuzz target does with its input. Shared by the libFuzzer
//! targets (`fuzz/fuzz_targets/`, nightly) and by the regression test that
//! replays every saved input on stable (`tests/fuzz_regressions.rs`), so a
//! crash found once stays fixed.
//!
//! Each harness runs the input as far as the tool would: load, check, and
//! every output format, since a span pointing outside its file panics only
//! when a snippet is drawn.

use std::path::Path;
use std::sync::OnceLock;

use cvpair::check::{self, Loaded, Options, Outcome};
use cvpair::date::{self, DateValue, PartialDate};
use cvpair::i18n::Localizer;
use cvpair::lang_tag;
use cvpair::report::human::Style;
use cvpair::source::{self, LoadError};
use cvpair::terms::glossary;

fn l10n() -> &'static Localizer {
    static L10N: OnceLock<Localizer> = OnceLock::new();
    L10N.get_or_init(|| Localizer::new("en"))
}

fn options() -> Options {
    Options::new(PartialDate::day(2026, 11, 25), "en")
}

/// Every output format over an outcome, as a user could ask for it.
fn report(outcome: &Outcome) {
    let style = Style {
        color: false,
        width: 100,
    };
    std::hint::black_box(cvpair::report::human::render(outcome, l10n(), style));
    use cvpair::report::{concise, github, gitlab, json, junit, sarif};
    for render in [
        concise::render,
        github::render,
        gitlab::render,
        json::render,
        junit::render,
        sarif::render,
    ] {
        std::hint::black_box(render(outcome, l10n()));
    }
}

fn errors(errors: Vec<LoadError>) {
    report(&Outcome {
        errors,
        ..Outcome::default()
    });
}

/// One source file's bytes (YAML or JSON), in English or Chinese as the
/// first byte says.
pub fn source(data: &[u8]) {
    let name = if data.first().is_some_and(|b| b & 1 == 1) {
        "zh.yaml"
    } else {
        "en.yaml"
    };
    let lang = lang_tag::from_path(Path::new(name)).expect("a valid name");
    if let Err(e) = source::from_bytes(data, Path::new(name), name, lang) {
        errors(e);
    }
}

/// A date as a user may write it: whatever reads must print as something
/// that reads back the same.
pub fn date(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(DateValue::Date(d)) = date::parse_end(&text) {
        let again = date::parse_start(&d.to_string());
        assert_eq!(
            again,
            Ok(d),
            "{text:?} read as {d}, which reads back differently"
        );
    }
    let _ = date::parse_start(&text);
}

/// A glossary file's bytes.
pub fn glossary(data: &[u8]) {
    let Ok(text) = source::decode_bytes(data, "glossary.yaml") else {
        return;
    };
    if let Err(e) = glossary::from_text(text, Path::new("glossary.yaml"), "glossary.yaml") {
        errors(e);
    }
}

/// Two sources, English and Chinese, split at the first `0xFF` byte (which
/// UTF-8 text never holds): loaded, aligned, checked, and reported.
pub fn pair(data: &[u8]) {
    let split = data
        .iter()
        .position(|b| *b == 0xFF)
        .unwrap_or(data.len() / 2);
    let (a, b) = (&data[..split], &data[(split + 1).min(data.len())..]);
    let load = |bytes: &[u8], name: &str| {
        let lang = lang_tag::from_path(Path::new(name)).expect("a valid name");
        source::from_bytes(bytes, Path::new(name), name, lang)
    };
    match (load(a, "p/en.yaml"), load(b, "p/zh.yaml")) {
        (Ok(en), Ok(zh)) => {
            let loaded = Loaded {
                display: "p".to_string(),
                documents: vec![en, zh],
                glossary: glossary::Glossary::default(),
            };
            let findings = check::check_loaded(&loaded, &options());
            report(&Outcome {
                profiles: vec!["p".to_string()],
                findings,
                errors: Vec::new(),
            });
        }
        (Err(e), _) | (_, Err(e)) => errors(e),
    }
}
