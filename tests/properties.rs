//! Properties every check must have, tried on each bundled example and,
//! with proptest, on profiles the benchmark generator writes from random
//! seeds and sizes (one seed in ten plants slips, so findings are tried
//! too): a source against an exact copy of itself yields no cross-language
//! finding; swapping the languages yields the same findings; shuffling the
//! entries of every section changes no finding; every finding points
//! inside its files, at the value it names; rendering to JSON Resume and
//! reading that back yields the same facts.

#[path = "../benches/support/corpus.rs"]
#[allow(dead_code)]
mod corpus;

use std::collections::BTreeSet;

use proptest::prelude::*;
use std::path::{Path, PathBuf};

use cvpair::check::{self, Loaded, Options};
use cvpair::config::Config;
use cvpair::date::PartialDate;
use cvpair::discover::discover;
use cvpair::finding::Finding;
use cvpair::lang_tag::parse_tag;
use cvpair::model::Document;
use cvpair::source;
use cvpair::terms::glossary::Glossary;

fn options() -> Options {
    Options::new(PartialDate::day(2026, 11, 25), "en")
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

/// A source against its own copy (under the other language): only
/// findings about one file's own values may appear.
fn no_finding_against_own_copy(loaded: &Loaded) {
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

fn swapping_changes_nothing(mut loaded: Loaded) {
    let before = facts(&check::check_loaded(&loaded, &options()));
    loaded.documents.reverse();
    let after = facts(&check::check_loaded(&loaded, &options()));
    assert_eq!(before, after, "{}", loaded.display);
}

/// Puts the entries of every section in another order (a permutation
/// drawn from `seed`), keeping each entry's own text and places.
fn shuffle_sections(doc: &mut Document, seed: u64) {
    let mut rng = corpus::Rng::new(seed);
    for section in &mut doc.sections {
        for i in (1..section.entries.len()).rev() {
            let j = rng.below(i + 1);
            section.entries.swap(i, j);
        }
        for (i, e) in section.entries.iter_mut().enumerate() {
            e.index = i;
        }
    }
}

fn reordering_changes_nothing(mut loaded: Loaded, seed: u64) {
    let before = facts(&check::check_loaded(&loaded, &options()));
    for (i, doc) in loaded.documents.iter_mut().enumerate() {
        shuffle_sections(doc, seed.wrapping_add(i as u64));
    }
    let after = facts(&check::check_loaded(&loaded, &options()));
    assert_eq!(before, after, "{}", loaded.display);
}

/// Every location lies inside its file, on text (not a blank or a key's
/// colon), and a finding about two differing values points at each value:
/// the text there starts the value its message quotes.
fn locations_point_at_values(loaded: &Loaded) {
    for f in check::check_loaded(loaded, &options()) {
        for l in &f.locations {
            let text = &l.file.text;
            let range = l.file.byte_range(l.span);
            assert!(range.start < text.len() && range.end <= text.len(), "{f:?}");
            let at = &text[range.start..];
            assert!(
                !at.starts_with(char::is_whitespace) && !at.starts_with(':'),
                "{} points at {:?}",
                f.rule.name,
                &at[..at.len().min(20)]
            );
        }
        for (arg, l) in ["a", "b"].iter().zip(&f.locations) {
            let Some((_, cvpair::message::Arg::Str(value))) =
                f.message.args.iter().find(|(n, _)| n == arg)
            else {
                continue;
            };
            let at = &l.file.text[l.file.byte_range(l.span)];
            let first = value.split_whitespace().next().unwrap_or("");
            assert!(
                at.trim_start_matches(['"', '\'']).starts_with(first),
                "{}: `{at}` is not the value `{value}`",
                f.rule.name
            );
        }
    }
}

/// Each entry as the checks see it: section, name, dates (the writer puts
/// sections in JSON Resume's order, entries stay in theirs).
fn entry_facts(doc: &Document) -> Vec<(String, Option<String>, Option<PartialDate>, String)> {
    let mut facts: Vec<_> = doc
        .sections
        .iter()
        .flat_map(|s| {
            s.entries.iter().map(move |e| {
                (
                    s.kind.key().to_string(),
                    e.fields
                        .text(s.kind.name_field())
                        .map(|t| t.value.trim().to_string()),
                    e.start_date(),
                    format!("{:?}", e.end_value()),
                )
            })
        })
        .collect();
    facts.sort_by(|a, b| a.0.cmp(&b.0));
    facts
}

/// Rendering to JSON Resume and reading that back as a source: the same
/// entries, names and dates (ids are left out of the rendering).
fn rendered_json_reads_back(loaded: &Loaded) {
    for doc in &loaded.documents {
        let json = cvpair::render::render(doc, cvpair::render::Format::Json, &Default::default());
        let path = Path::new("resume.json");
        let back = source::from_bytes(json.as_bytes(), path, "resume.json", doc.file.lang.clone())
            .unwrap_or_else(|e| {
                panic!(
                    "{}: rendered JSON does not load: {:?}",
                    doc.file.display, e[0].msg
                )
            });
        assert_eq!(entry_facts(&back), entry_facts(doc), "{}", doc.file.display);
        assert_eq!(
            back.basics.text("name").map(|t| t.value.trim()),
            doc.basics.text("name").map(|t| t.value.trim())
        );
    }
}

#[test]
fn examples_have_every_property() {
    for dir in profiles() {
        no_finding_against_own_copy(&load(dir));
        swapping_changes_nothing(load(dir));
        reordering_changes_nothing(load(dir), 7);
        locations_point_at_values(&load(dir));
        rendered_json_reads_back(&load(dir));
    }
}

/// A generated profile from a seed and a size, written once per case.
fn generated(seed: u64, entries: usize) -> Loaded {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("proptest")
        .join(format!("s{seed}-n{entries}"));
    if !dir.join("en.yaml").exists() {
        corpus::write_profile(&dir, seed, entries).expect("write generated profile");
    }
    load(&dir)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn generated_against_own_copy(seed in any::<u64>(), n in 1usize..40) {
        no_finding_against_own_copy(&generated(seed, n));
    }

    #[test]
    fn generated_swap(seed in any::<u64>(), n in 1usize..40) {
        swapping_changes_nothing(generated(seed, n));
    }

    #[test]
    fn generated_reorder(seed in any::<u64>(), n in 1usize..40, order in any::<u64>()) {
        reordering_changes_nothing(generated(seed, n), order);
    }

    #[test]
    fn generated_locations(seed in any::<u64>(), n in 1usize..40) {
        locations_point_at_values(&generated(seed, n));
    }

    #[test]
    fn generated_render_round_trip(seed in any::<u64>(), n in 1usize..40) {
        rendered_json_reads_back(&generated(seed, n));
    }
}
