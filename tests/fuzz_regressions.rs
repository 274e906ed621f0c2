//! Replays every input saved under `fuzz/regressions/<target>/` through the
//! fuzz targets' own harness, on stable: each was a crash (or is a seed
//! worth keeping), and must stay harmless. Building the harness here also
//! keeps it compiling between fuzzing runs, which need nightly.

#[path = "../fuzz/src/harness.rs"]
mod harness;

use std::path::Path;

fn replay(target: &str, run: fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    inputs.sort();
    for path in &inputs {
        let data = std::fs::read(path).unwrap();
        // A panic names the input that caused it.
        let result = std::panic::catch_unwind(|| run(&data));
        assert!(result.is_ok(), "{} panics again", path.display());
    }
    inputs.len()
}

#[test]
fn source_inputs() {
    assert!(replay("source", harness::source) > 0);
}

#[test]
fn date_inputs() {
    assert!(replay("date", harness::date) > 0);
}

#[test]
fn glossary_inputs() {
    assert!(replay("glossary", harness::glossary) > 0);
}

#[test]
fn pair_inputs() {
    assert!(replay("pair", harness::pair) > 0);
}
