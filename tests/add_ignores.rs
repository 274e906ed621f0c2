//! `check --add-ignores` on copies of the bundled examples, through the
//! binary: the suppressions it writes settle every finding, and they are
//! the only change to the files (comments, layout, line ends and
//! permissions stay).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn cvpair(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cvpair"))
        .args(args)
        .current_dir(dir)
        .env("LC_ALL", "C")
        .env("NO_COLOR", "1")
        .output()
        .expect("cvpair runs")
}

/// A fresh copy of the two example profiles with findings.
fn sandbox(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("cvpair-add-ignores-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("profiles");
    for profile in ["kai-zhou", "mei-chen"] {
        std::fs::create_dir_all(dir.join(profile)).unwrap();
        for e in std::fs::read_dir(examples.join(profile)).unwrap().flatten() {
            std::fs::copy(e.path(), dir.join(profile).join(e.file_name())).unwrap();
        }
    }
    dir
}

fn sources(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for profile in ["kai-zhou", "mei-chen"] {
        for e in std::fs::read_dir(dir.join(profile)).unwrap().flatten() {
            out.push((e.path(), std::fs::read(e.path()).unwrap()));
        }
    }
    out.sort();
    out
}

/// The text with every line cvpair added or extended put back as it was.
fn without_suppressions(text: &str) -> String {
    text.split_inclusive('\n')
        .filter(|l| !l.trim_start().starts_with("\"x-cvpair-ignore\""))
        .map(|l| match l.find("  # cvpair: ignore[") {
            Some(i) => format!(
                "{}{}",
                &l[..i],
                &l[l.trim_end_matches(['\n', '\r']).len()..]
            ),
            None => l.to_string(),
        })
        .collect()
}

/// `cvpair check` on the sandbox, with the date fixed.
fn check(dir: &Path, args: &[&str]) -> Output {
    let all: Vec<&str> = ["check", "--today", "2026-11-25"]
        .iter()
        .chain(args)
        .copied()
        .collect();
    cvpair(dir, &all)
}

/// The rule of each finding in a JSON output, in order.
fn rules_found(out: &Output) -> Vec<String> {
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON output");
    doc["findings"]
        .as_array()
        .expect("a findings list")
        .iter()
        .map(|f| f["rule"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn summary(out: &Output) -> serde_json::Value {
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON output");
    doc["summary"].clone()
}

#[test]
fn diff_writes_nothing_and_exits_one() {
    let dir = sandbox("diff");
    let before = sources(&dir);
    let out = check(&dir, &["--add-ignores", "--diff"]);
    assert_eq!(out.status.code(), Some(1));
    let diff = String::from_utf8_lossy(&out.stdout);
    assert!(diff.contains("+++ kai-zhou/en.yaml"), "{diff}");
    assert!(diff.contains("+    \"x-cvpair-ignore\": ["), "{diff}");
    assert_eq!(sources(&dir), before, "--diff changed a file");
}

#[test]
fn suppressions_settle_every_finding_and_change_nothing_else() {
    let dir = sandbox("round-trip");
    let before = sources(&dir);
    let checked = check(&dir, &["--format", "json"]);
    assert_eq!(checked.status.code(), Some(1));
    assert!(summary(&checked)["error"].as_u64().unwrap() > 10);

    let out = check(&dir, &["--add-ignores", "--reason", "accepted in review"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let after = sources(&dir);
    let mut changed = Vec::new();
    for ((path, old), (_, new)) in before.iter().zip(&after) {
        let old = String::from_utf8(old.clone()).unwrap();
        let new = String::from_utf8(new.clone()).unwrap();
        if old != new {
            changed.push(path.file_name().unwrap().to_string_lossy().into_owned());
        }
        assert_eq!(
            without_suppressions(&new),
            old,
            "{} changed beyond suppressions",
            path.display()
        );
    }
    // Each finding is suppressed where its first location is: the
    // reference (English) file, or the file an unpaired entry is in.
    assert_eq!(changed, ["en.yaml", "zh.yaml", "resume.en.json"]);
    // The comments of the example survive.
    let en = String::from_utf8(
        after
            .iter()
            .find(|(p, _)| p.ends_with("kai-zhou/en.yaml"))
            .unwrap()
            .1
            .clone(),
    )
    .unwrap();
    assert!(en.contains("# cvpair: ignore[date-mismatch] accepted in review"));

    let clean = check(&dir, &["--format", "json"]);
    assert_eq!(clean.status.code(), Some(0));
    assert_eq!(
        summary(&clean),
        serde_json::json!({"error": 0, "warning": 0, "info": 0})
    );

    // A second run has nothing to add and writes nothing.
    let again = check(&dir, &["--add-ignores", "--reason", "accepted in review"]);
    assert_eq!(again.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&again.stderr).contains("added 0 suppressions"));
    assert_eq!(sources(&dir), after);
}

#[test]
fn without_a_reason_nothing_is_written() {
    // Each suppression would at once be an `unexplained-suppression`.
    let dir = sandbox("no-reason");
    let before = sources(&dir);
    let out = check(&dir, &["--add-ignores"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--add-ignores needs --reason"), "{stderr}");
    assert_eq!(sources(&dir), before, "a file was written");
    // A preview needs no reason.
    let out = check(&dir, &["--add-ignores", "--diff"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(sources(&dir), before, "--diff changed a file");
}

#[test]
fn crlf_line_ends_and_permissions_are_kept() {
    let dir = sandbox("crlf");
    let en = dir.join("kai-zhou/en.yaml");
    let text = std::fs::read_to_string(&en).unwrap().replace('\n', "\r\n");
    std::fs::write(&en, &text).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&en, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let out = check(&dir, &["--add-ignores", "--reason", "r", "kai-zhou"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let new = std::fs::read_to_string(&en).unwrap();
    assert!(
        new.contains("# cvpair: ignore[date-mismatch] r\r\n"),
        "{new}"
    );
    assert_eq!(new.matches('\n').count(), new.matches("\r\n").count());
    assert_eq!(without_suppressions(&new), text);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&en).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.join("kai-zhou"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn json_keys_already_there_are_extended_in_their_own_form() {
    let dir = std::env::temp_dir().join(format!("cvpair-add-ignores-json-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("p")).unwrap();
    std::fs::write(
        dir.join("p/en.json"),
        r#"{
  "basics": {"name": "Mei Chen"},
  "work": [
    {"x-cvpair-ignore": ["url-mismatch"], "name": "Orange Mobility", "startDate": "2022-03"},
    {"x-cvpair-ignore": {"url-mismatch": "old link"}, "name": "Lanjing Data", "startDate": "2020-07", "endDate": "2021-09"}
  ]
}
"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("p/zh.json"),
        r#"{"basics": {"name": "陈美"}, "work": [
  {"name": "Orange Mobility", "startDate": "2022-02"},
  {"name": "Lanjing Data", "startDate": "2020-07", "endDate": "2021-10"}
]}
"#,
    )
    .unwrap();
    let out = check(&dir, &["--add-ignores", "--reason", "r", "p"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let en = std::fs::read_to_string(dir.join("p/en.json")).unwrap();
    assert!(
        en.contains(r#""x-cvpair-ignore": [{"date-mismatch": "r"}, "url-mismatch"]"#),
        "{en}"
    );
    assert!(
        en.contains(r#""x-cvpair-ignore": {"date-mismatch": "r", "url-mismatch": "old link"}"#),
        "{en}"
    );
    let checked = check(&dir, &["--format", "json", "p"]);
    let rules = rules_found(&checked);
    // The url suppressions were unused before and still are; the date
    // mismatches are settled.
    assert_eq!(
        rules,
        [
            "unused-suppression",
            "unexplained-suppression",
            "unused-suppression"
        ]
    );
}
