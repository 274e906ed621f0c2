//! `cargo bench --bench check`: wall time of `check`, as ratios against
//! baselines measured in the same run on the same machine.
//!
//! - one pair, whole process: `cvpair check PAIR` against `true` (process
//!   start) — what a pre-commit hook feels;
//! - 1,000 generated pairs in one process: `check` against loading the same
//!   files only (read, decode, parse, validate) — the cost of aligning and
//!   the rules over the floor of reading the input;
//! - 1,000 pairs, whole process, for the absolute figure;
//! - `render` of a bundled profile in both languages (HTML) against `check`
//!   of the same profile, both whole processes;
//! - the pre-commit case: a repository of 500 profiles (with a
//!   `cvpair.yaml` at its root), one changed file passed as the hook passes
//!   it, against `true`; and the whole repository, in process against
//!   loading its files only, and as a process.
//!
//! Set `CVPAIR_BENCH_PAIRS` to change the corpus size,
//! `CVPAIR_BENCH_WRITE_CORPUS=DIR` to only write the corpus to DIR and stop
//! (`benches/compare_revisions.py` measures two builds on it), and
//! `CVPAIR_BENCH_ONLY=throughput` to measure only the corpus lines
//! (`benches/report.py` does, at 10,000 pairs).

#[path = "support/corpus.rs"]
mod corpus;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use cvpair::check::{self, Options};
use cvpair::config::Config;
use cvpair::date::PartialDate;
use cvpair::discover::discover;

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn time<F: FnMut()>(runs: usize, mut f: F) -> Duration {
    f(); // warm the page cache and the allocator
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .collect(),
    )
}

fn spawn(program: &Path, args: &[&Path]) {
    spawn_in(Path::new("."), program, args);
}

fn spawn_in(dir: &Path, program: &Path, args: &[&Path]) {
    let status = Command::new(program)
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("spawn");
    assert!(status.code().is_some_and(|c| c <= 1), "{program:?} failed");
}

fn ms(d: Duration) -> String {
    format!("{:8.3} ms", d.as_secs_f64() * 1e3)
}

fn today() -> Options {
    Options::new(PartialDate::day(2026, 11, 25), "en")
}

/// `check` over a whole corpus, in process against loading its files only
/// (read, decode, parse, validate: the floor), and as a process.
fn throughput(root: &Path, pairs: usize, bytes: u64, bin: &Path) {
    let options = today();
    let found = discover(
        std::slice::from_ref(&root.to_path_buf()),
        &Config::default(),
        false,
    );
    let runs = if pairs > 2000 { 3 } else { 5 };
    // The same work split as `check` does it, so the ratio compares like with like.
    let t_parse = time(runs, || {
        std::hint::black_box(cvpair::parallel::map(&found.profiles, |p| {
            check::load(p, &options).is_ok()
        }));
    });
    let mut findings = 0;
    let t_check = time(runs, || {
        let outcome = check::run(&[root.to_path_buf()], &options, false);
        findings = outcome.findings.len();
        std::hint::black_box(outcome);
    });
    let t_process = time(3, || spawn(bin, &[Path::new("check"), root]));
    let mb = bytes as f64 / 1e6;
    println!("{pairs} pairs ({mb:.1} MB, {findings} findings)");
    println!(
        "  load only     {}   {:6.0} profiles/s {:6.1} MB/s   (the floor)",
        ms(t_parse),
        pairs as f64 / t_parse.as_secs_f64(),
        mb / t_parse.as_secs_f64()
    );
    for (name, t) in [("check        ", t_check), ("check, process", t_process)] {
        println!(
            "  {name} {}   {:6.0} profiles/s {:6.1} MB/s   = {:4.2} × load only ({:.0}% of the floor's speed)",
            ms(t),
            pairs as f64 / t.as_secs_f64(),
            mb / t.as_secs_f64(),
            t.as_secs_f64() / t_parse.as_secs_f64(),
            100.0 * t_parse.as_secs_f64() / t.as_secs_f64()
        );
    }
}

fn main() {
    let pairs: usize = std::env::var("CVPAIR_BENCH_PAIRS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let keep = std::env::var_os("CVPAIR_BENCH_WRITE_CORPUS").map(PathBuf::from);
    let only_throughput = std::env::var("CVPAIR_BENCH_ONLY").is_ok_and(|v| v == "throughput");
    let root: PathBuf = keep.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("cvpair-bench-{}", std::process::id()))
    });
    let mut bytes = 0;
    let mut entries = 0;
    for i in 0..pairs {
        let n = 10 + (i * 7919) % 51; // 10 to 60 entries
        entries += n;
        bytes += corpus::write_profile(&root.join(format!("p{i:05}")), i as u64, n)
            .expect("write corpus");
    }
    if keep.is_some() {
        println!(
            "wrote {pairs} pairs, {entries} entries ({bytes} bytes) to {}",
            root.display()
        );
        return;
    }
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_cvpair"));
    if only_throughput {
        throughput(&root, pairs, bytes, &bin);
        let _ = std::fs::remove_dir_all(&root);
        return;
    }
    let options = today();
    println!(
        "cvpair check benchmark ({pairs} pairs, {entries} entries, {:.1} MB)",
        bytes as f64 / 1e6
    );
    println!(
        "machine: {} cores",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!();

    let truth = PathBuf::from("true");
    let t_true = time(100, || spawn(&truth, &[]));
    let one = root.join("p00001");
    let t_one = time(100, || spawn(&bin, &[Path::new("check"), &one]));
    // One pair loaded in process: the parse-only floor of the same work.
    let one_profile = discover(std::slice::from_ref(&one), &Config::default(), false)
        .profiles
        .remove(0);
    let t_one_load = time(100, || {
        std::hint::black_box(check::load(&one_profile, &options).is_ok());
    });
    println!(
        "one pair, process      {}   = {:5.2} × `true` ({}); loading it in process: {}",
        ms(t_one),
        t_one.as_secs_f64() / t_true.as_secs_f64(),
        ms(t_true).trim(),
        ms(t_one_load).trim()
    );

    throughput(&root, pairs, bytes, &bin);

    // A 300-entry section: alignment is quadratic in entries per section.
    let long = std::env::temp_dir().join(format!("cvpair-bench-long-{}", std::process::id()));
    corpus::write_long_section(&long, 300).expect("write long section");
    let long_profile = discover(std::slice::from_ref(&long), &Config::default(), false)
        .profiles
        .remove(0);
    let loaded = check::load(&long_profile, &options).expect("long section loads");
    let mut long_findings = 0;
    let t_long = time(10, || {
        let findings = check::check_loaded(&loaded, &options);
        long_findings = findings.len();
        std::hint::black_box(findings);
    });
    let _ = std::fs::remove_dir_all(&long);
    println!(
        "300-entry section     {}   (align + every rule, one profile, {long_findings} findings)",
        ms(t_long)
    );

    // Render against check on a consistent bundled profile, both languages.
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("profiles/ada-lin");
    let rendered = std::env::temp_dir().join(format!("cvpair-bench-render-{}", std::process::id()));
    let t_check_one = time(100, || spawn(&bin, &[Path::new("check"), &example]));
    let t_render = time(100, || {
        spawn(
            &bin,
            &[
                Path::new("render"),
                &example,
                Path::new("--format"),
                Path::new("html"),
                Path::new("--out-dir"),
                &rendered,
            ],
        )
    });
    let _ = std::fs::remove_dir_all(&rendered);
    println!(
        "render, 2 languages   {}   = {:5.2} × `check` of the same profile ({})",
        ms(t_render),
        t_render.as_secs_f64() / t_check_one.as_secs_f64(),
        ms(t_check_one).trim()
    );

    // The pre-commit case: only the changed file's profile may be read.
    let repo = std::env::temp_dir().join(format!("cvpair-bench-repo-{}", std::process::id()));
    let repo_profiles = repo.join("profiles");
    let mut repo_bytes = 0;
    for i in 0..500 {
        let n = 10 + (i * 7919) % 51;
        repo_bytes += corpus::write_profile(&repo_profiles.join(format!("p{i:05}")), i as u64, n)
            .expect("write repository");
    }
    std::fs::write(
        repo.join("cvpair.yaml"),
        "ignore: [unknown-term]\nfail-on: error\n",
    )
    .expect("write config");
    let changed = Path::new("profiles/p00250/en.yaml");
    let t_hook = time(100, || {
        spawn_in(
            &repo,
            &bin,
            &[Path::new("check"), Path::new("--hook"), changed],
        )
    });
    println!(
        "hook, 1 of 500 files   {}   = {:5.2} × `true`   (target < 20 ms)",
        ms(t_hook),
        t_hook.as_secs_f64() / t_true.as_secs_f64()
    );
    print!("whole repository: ");
    throughput(&repo_profiles, 500, repo_bytes, &bin);
    let _ = std::fs::remove_dir_all(&repo);
    let _ = std::fs::remove_dir_all(&root);
}
