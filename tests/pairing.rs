//! The pairing corpus: for each folder under `tests/pairing/`, the two
//! sources and `pairs.txt`, the pairs a person marked (`section en zh`, `-`
//! for an entry that must stay unpaired). Findings cannot show a wrong
//! pair on a field no rule compares; this can.
//!
//! Runs `cvpair align --format json` on every case and prints, per case and
//! in all, pair precision (pairs made that are right) and recall (marked
//! pairs that were made). A wrong pair fails the run: a wrong pair turns
//! into false findings. Recall may not fall below what it is today.
//!
//! Its own harness (`harness = false`), so the figures are printed on
//! every run, not only on failure.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Marked pairs found, in all: raise it when pairing improves.
const MIN_RECALL: f64 = 1.0;

/// (section, en index, zh index); `None` for an entry marked unpaired.
type Link = (String, Option<usize>, Option<usize>);

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pairing");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("tests/pairing exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    let (mut made, mut right, mut marked, mut failed) = (0, 0, 0, Vec::new());
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().to_string();
        let expected = read_marked(&case.join("pairs.txt"));
        let actual = align(case);
        let want: BTreeSet<_> = expected
            .iter()
            .filter(|l| l.1.is_some() && l.2.is_some())
            .collect();
        let got: BTreeSet<_> = actual
            .iter()
            .filter(|l| l.1.is_some() && l.2.is_some())
            .collect();
        let ok = want.intersection(&got).count();
        made += got.len();
        right += ok;
        marked += want.len();
        println!(
            "pairing {name}: {ok}/{} pairs made right, {ok}/{} marked pairs found",
            got.len(),
            want.len()
        );
        let wrong: Vec<_> = got.difference(&want).collect();
        let lost: Vec<_> = want.difference(&got).collect();
        if !wrong.is_empty() || !lost.is_empty() {
            println!("  wrong pairs: {wrong:?}\n  marked pairs not made: {lost:?}");
        }
        // An entry marked unpaired must come out unpaired, and every entry
        // the tool saw must be marked one way or the other.
        let unmarked: Vec<_> = actual
            .difference(&expected)
            .filter(|l| !got.contains(l))
            .collect();
        if !unmarked.is_empty() {
            println!("  unpaired, not as marked: {unmarked:?}");
        }
        if !wrong.is_empty() || !unmarked.is_empty() {
            failed.push(name);
        }
    }
    let precision = right as f64 / made.max(1) as f64;
    let recall = right as f64 / marked.max(1) as f64;
    println!(
        "pairing corpus: {} cases, precision {precision:.3} ({right}/{made}), recall {recall:.3} ({right}/{marked})",
        cases.len()
    );
    assert!(!cases.is_empty(), "no case under {}", root.display());
    if recall < MIN_RECALL {
        failed.push(format!("recall {recall:.3} below {MIN_RECALL}"));
    }
    // In libtest's words, so the count of tests in CI includes these.
    let passed = cases.len().saturating_sub(failed.len());
    println!(
        "test result: {}. {passed} passed; {} failed; 0 ignored; 0 measured; 0 filtered out",
        if failed.is_empty() { "ok" } else { "FAILED" },
        failed.len()
    );
    if !failed.is_empty() {
        eprintln!("pairing failed: {}", failed.join(", "));
        std::process::exit(1);
    }
}

/// `pairs.txt`: `section en zh`, `#` to the end of a line is a comment.
fn read_marked(path: &Path) -> BTreeSet<Link> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let index = |s: &str| (s != "-").then(|| s.parse().expect("an index or -"));
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            assert_eq!(
                f.len(),
                3,
                "{}: `{l}` is not `section en zh`",
                path.display()
            );
            (f[0].to_string(), index(f[1]), index(f[2]))
        })
        .collect()
}

/// What `align --format json` paired and left unpaired, en as `a`.
fn align(case: &Path) -> BTreeSet<Link> {
    let out = Command::new(env!("CARGO_BIN_EXE_cvpair"))
        .args(["align", "--format", "json"])
        .arg(case)
        .output()
        .expect("cvpair runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}: {}",
        case.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let cmp = &doc["comparisons"][0];
    assert_eq!(cmp["a"]["lang"], "en", "{}", case.display());
    let mut links = BTreeSet::new();
    for s in cmp["sections"].as_array().expect("sections") {
        let section = s["section"].as_str().expect("name").to_string();
        let at = |e: &serde_json::Value| e["index"].as_u64().map(|i| i as usize);
        for p in s["pairs"].as_array().expect("pairs") {
            links.insert((section.clone(), at(&p["a"]), at(&p["b"])));
        }
        for u in s["unpaired"].as_array().expect("unpaired") {
            let i = at(&u["entry"]);
            links.insert(match u["side"].as_str() {
                Some("a") => (section.clone(), i, None),
                _ => (section.clone(), None, i),
            });
        }
    }
    links
}
