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
//! Set `CVPAIR_BENCH_PAIRS` to change the corpus size, and
//! `CVPAIR_BENCH_WRITE_CORPUS=DIR` to only write the corpus to DIR and stop
//! (`benches/compare_revisions.py` measures two builds on it).

#[path = "support/corpus.rs"]
mod corpus;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use cvpair::check::{self, Options};
use cvpair::config::Config;
use cvpair::date::PartialDate;
use cvpair::source::discover::discover;

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

fn main() {
    let pairs: usize = std::env::var("CVPAIR_BENCH_PAIRS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let keep = std::env::var_os("CVPAIR_BENCH_WRITE_CORPUS").map(PathBuf::from);
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
        println!("wrote {pairs} pairs ({bytes} bytes) to {}", root.display());
        return;
    }
    let one = root.join("p00001");
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_cvpair"));
    let truth = PathBuf::from("true");
    let options = Options::new(
        PartialDate {
            year: 2026,
            month: Some(11),
            day: Some(25),
        },
        "en",
    );

    let t_true = time(100, || spawn(&truth, &[]));
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
    let t_one = time(100, || spawn(&bin, &[Path::new("check"), &one]));

    let found = discover(std::slice::from_ref(&root), &Config::default(), false);
    // The same work split as `check` does it, so the ratio compares like with like.
    let t_parse = time(5, || {
        std::hint::black_box(cvpair::parallel::map(&found.profiles, |p| {
            check::load(p, &options).is_ok()
        }));
    });
    let mut findings = 0;
    let t_check = time(5, || {
        let outcome = check::run(std::slice::from_ref(&root), &options, false);
        findings = outcome.findings.len();
        std::hint::black_box(outcome);
    });
    let t_process = time(3, || spawn(&bin, &[Path::new("check"), &root]));

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
        "cvpair check benchmark ({pairs} pairs, {entries} entries, {:.1} MB, {findings} findings)",
        bytes as f64 / 1e6
    );
    println!(
        "machine: {} cores",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!();
    println!(
        "one pair, process      {}   = {:5.2} × `true` ({})",
        ms(t_one),
        t_one.as_secs_f64() / t_true.as_secs_f64(),
        ms(t_true).trim()
    );
    println!("{pairs} pairs, load only  {}   (baseline)", ms(t_parse));
    println!(
        "{pairs} pairs, check      {}   = {:5.2} × load only; {:.0} profiles/s, {:.1} MB/s",
        ms(t_check),
        t_check.as_secs_f64() / t_parse.as_secs_f64(),
        pairs as f64 / t_check.as_secs_f64(),
        bytes as f64 / 1e6 / t_check.as_secs_f64()
    );
    println!(
        "{pairs} pairs, process    {}   = {:5.2} × load only",
        ms(t_process),
        t_process.as_secs_f64() / t_parse.as_secs_f64()
    );
    println!(
        "300-entry section     {}   (align + every rule, one profile, {long_findings} findings)",
        ms(t_long)
    );
    println!(
        "render, 2 languages   {}   = {:5.2} × `check` of the same profile ({})",
        ms(t_render),
        t_render.as_secs_f64() / t_check_one.as_secs_f64(),
        ms(t_check_one).trim()
    );
    // The pre-commit case: only the changed file's profile may be read.
    let repo = std::env::temp_dir().join(format!("cvpair-bench-repo-{}", std::process::id()));
    let repo_profiles = repo.join("profiles");
    for i in 0..500 {
        let n = 10 + (i * 7919) % 51;
        corpus::write_profile(&repo_profiles.join(format!("p{i:05}")), i as u64, n)
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
    let repo_found = discover(
        std::slice::from_ref(&repo_profiles),
        &Config::default(),
        false,
    );
    let t_repo_load = time(5, || {
        std::hint::black_box(cvpair::parallel::map(&repo_found.profiles, |p| {
            check::load(p, &options).is_ok()
        }));
    });
    let t_repo_check = time(5, || {
        std::hint::black_box(check::run(
            std::slice::from_ref(&repo_profiles),
            &options,
            false,
        ));
    });
    let t_repo_process = time(3, || spawn_in(&repo, &bin, &[Path::new("check")]));
    println!(
        "hook, 1 of 500 files   {}   = {:5.2} × `true`   (target < 20 ms)",
        ms(t_hook),
        t_hook.as_secs_f64() / t_true.as_secs_f64()
    );
    println!("500 profiles, load     {}   (baseline)", ms(t_repo_load));
    println!(
        "500 profiles, check    {}   = {:5.2} × load only",
        ms(t_repo_check),
        t_repo_check.as_secs_f64() / t_repo_load.as_secs_f64()
    );
    println!(
        "500 profiles, process  {}   = {:5.2} × load only   (target < 1 s)",
        ms(t_repo_process),
        t_repo_process.as_secs_f64() / t_repo_load.as_secs_f64()
    );
    let _ = std::fs::remove_dir_all(&repo);
    let _ = std::fs::remove_dir_all(&root);
}
