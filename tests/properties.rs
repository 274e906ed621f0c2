//! Properties every check must have, tried on each bundled example and on
//! a slice of the generated benchmark corpus: a source against an exact
//! copy of itself yields no cross-language finding; swapping the languages
//! yields the same findings; reversing the entries of every section
//! changes no finding.

#[path = "../benches/support/corpus.rs"]
#[allow(dead_code)]
mod corpus;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use cvpair::check::{self, Loaded, Options};
use cvpair::config::Config;
use cvpair::date::PartialDate;
use cvpair::finding::Finding;
use cvpair::model::Document;
use cvpair::source::{self, discover::discover, lang_tag::parse_tag};
use cvpair::terms::glossary::Glossary;

fn options() -> Options {
    Options::new(
        PartialDate {
            year: 2026,
            month: Some(11),
            day: Some(25),
        },
        "en",
    )
}

/// Every profile to try: the examples and twenty generated ones (two of
/// which carry planted slips, so the properties are tried on findings too).
fn profiles() -> &'static [PathBuf] {
    // Written once: the tests of this file run in parallel.
    static DIRS: std::sync::OnceLock<Vec<PathBuf>> = std::sync::OnceLock::new();
    DIRS.get_or_init(write_profiles)
}

fn write_profiles() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("profiles");
    let mut dirs: Vec<PathBuf> = discover(&[root], &Config::default(), false)
        .profiles
        .into_iter()
        .map(|p| p.dir)
        .collect();
    // Cargo's scratch folder for integration tests: no clean-up needed, and
    // the generator is deterministic, so rewriting it each run is harmless.
    let generated = Path::new(env!("CARGO_TARGET_TMPDIR")).join("properties");
    for i in 0..20u64 {
        let dir = generated.join(format!("g{i:02}"));
        corpus::write_profile(&dir, i, 10 + (i as usize * 7) % 40)
            .expect("write generated profile");
        dirs.push(dir);
    }
    dirs
}

fn load(dir: &Path) -> Loaded {
    let p = discover(&[dir.to_path_buf()], &Config::default(), false)
        .profiles
        .remove(0);
    check::load(&p, &options()).unwrap_or_else(|e| panic!("{}: {:?}", dir.display(), e[0].msg))
}

/// What a finding says, independent of output order: rule, severity and
/// the places it points at.
/// Rule, severity, and the places (path, line, column) a finding points at.
type Fact = (String, String, Vec<(String, u32, u32)>);

fn facts(findings: &[Finding]) -> BTreeSet<Fact> {
    findings
        .iter()
        .map(|f| {
            let mut places: Vec<(String, u32, u32)> = f
                .locations
                .iter()
                .map(|l| (l.file.display.clone(), l.span.line, l.span.col))
                .collect();
            places.sort();
            (
                f.rule.name.to_string(),
                f.severity.as_str().to_string(),
                places,
            )
        })
        .collect()
}

fn is_cross_language(f: &Finding) -> bool {
    f.rule.code.as_bytes()[2] != b'0'
}

#[test]
fn a_source_against_its_own_copy_has_no_cross_language_finding() {
    for dir in profiles() {
        let loaded = load(dir);
        for doc in &loaded.documents {
            let other = parse_tag(if doc.file.lang.is_chinese() {
                "en"
            } else {
                "zh"
            })
            .unwrap();
            let copy = source::load(
                &doc.file.path,
                &format!("{} (copy)", doc.file.display),
                other,
            )
            .unwrap_or_else(|_| panic!("{} reloads", doc.file.display));
            let original =
                source::load(&doc.file.path, &doc.file.display, doc.file.lang.clone()).unwrap();
            let pair = Loaded {
                display: loaded.display.clone(),
                documents: vec![original, copy],
                glossary: Glossary::default(),
            };
            let cross: Vec<String> = check::check_loaded(&pair, &options())
                .iter()
                .filter(|f| is_cross_language(f))
                .map(|f| format!("{} {:?}", f.rule.name, f.message))
                .collect();
            assert!(cross.is_empty(), "{}: {cross:?}", doc.file.display);
        }
    }
}

#[test]
fn swapping_the_languages_changes_no_finding() {
    for dir in profiles() {
        let mut loaded = load(dir);
        let before = facts(&check::check_loaded(&loaded, &options()));
        loaded.documents.reverse();
        let after = facts(&check::check_loaded(&loaded, &options()));
        assert_eq!(before, after, "{}", dir.display());
    }
}

fn reverse_sections(doc: &mut Document) {
    for section in &mut doc.sections {
        section.entries.reverse();
        for (i, e) in section.entries.iter_mut().enumerate() {
            e.index = i;
        }
    }
}

#[test]
fn reordering_entries_changes_no_finding() {
    for dir in profiles() {
        let mut loaded = load(dir);
        let before = facts(&check::check_loaded(&loaded, &options()));
        loaded.documents.iter_mut().for_each(reverse_sections);
        let after = facts(&check::check_loaded(&loaded, &options()));
        assert_eq!(before, after, "{}", dir.display());
    }
}
