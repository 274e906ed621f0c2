//! The output formats of `check`, read back the way their consumers read
//! them: SARIF against the official schema, JUnit with a real XML parser,
//! GitHub commands unescaped as the runner unescapes them. And one fact
//! checked across all of them: every format names the same findings at the
//! same places as `--format json`, the format the spec fixes.
//!
//! The fixtures are the folders of the `tests/cmd/format-*` snapshots: one
//! with an error across languages, a warning, an info, a clean profile and
//! an unreadable one; one whose values and folder name carry `%`, `::`,
//! `,`, quotes, markup, a line break and an escape character.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use serde_json::Value;

const FIXTURES: &[&str] = &["formats", "formats-hostile"];

/// (code, path, line, column): a place a finding names.
type Place = (String, String, u64, u64);

fn check(fixture: &str, format: &str) -> String {
    let dir = format!("{}/tests/cmd/{fixture}.in", env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(env!("CARGO_BIN_EXE_cvpair"))
        .args(["check", "--today", "2026-11-01", "--format", format, "."])
        .current_dir(dir)
        .env("LC_ALL", "C")
        .env_remove("LANG")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("cvpair runs");
    assert!(
        matches!(out.status.code(), Some(0..=2)) && out.stderr.is_empty(),
        "{fixture} {format}: {:?} {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn json(fixture: &str) -> Value {
    serde_json::from_str(&check(fixture, "json")).expect("json parses")
}

fn num(v: &Value) -> u64 {
    v.as_u64().unwrap_or_else(|| panic!("not a number: {v}"))
}

fn string(v: &Value) -> String {
    v.as_str()
        .unwrap_or_else(|| panic!("not a string: {v}"))
        .to_string()
}

/// The places of the JSON findings: each finding's first location, and
/// all of its locations.
fn json_places(doc: &Value) -> (Vec<Place>, Vec<Place>) {
    let mut first = Vec::new();
    let mut all = Vec::new();
    for f in doc["findings"].as_array().expect("findings") {
        let code = string(&f["code"]);
        for (i, loc) in f["locations"]
            .as_array()
            .expect("locations")
            .iter()
            .enumerate()
        {
            let place = (
                code.clone(),
                string(&loc["path"]),
                num(&loc["line"]),
                num(&loc["column"]),
            );
            if i == 0 {
                first.push(place.clone());
            }
            all.push(place);
        }
    }
    first.sort();
    all.sort();
    (first, all)
}

/// `path:line:col`, the path itself free to hold `:`.
fn split_position(s: &str) -> (String, u64, u64) {
    let mut parts = s.rsplitn(3, ':');
    let col = parts.next().and_then(|c| c.parse().ok());
    let line = parts.next().and_then(|l| l.parse().ok());
    let path = parts.next();
    match (path, line, col) {
        (Some(p), Some(l), Some(c)) => (p.to_string(), l, c),
        _ => panic!("not path:line:col: {s:?}"),
    }
}

fn is_code(s: &str) -> bool {
    s.len() == 5 && s.starts_with("CV") && s[2..].bytes().all(|b| b.is_ascii_digit())
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).expect("hex");
            out.push(u8::from_str_radix(hex, 16).expect("hex"));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("UTF-8 path")
}

// ---------------------------------------------------------------- SARIF

fn sarif_schema() -> &'static (boon::Schemas, boon::SchemaIndex) {
    static SCHEMA: OnceLock<(boon::Schemas, boon::SchemaIndex)> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemas/sarif-schema-2.1.0.json");
        let mut schemas = boon::Schemas::new();
        let mut compiler = boon::Compiler::new();
        // `uri` and `uri-reference` are only annotations unless asserted,
        // and an unencoded path is exactly the mistake to catch.
        compiler.enable_format_assertions();
        let index = compiler
            .compile(&path.to_string_lossy(), &mut schemas)
            .unwrap_or_else(|e| panic!("{e:#}"));
        (schemas, index)
    })
}

fn sarif_errors(log: &Value) -> Option<String> {
    let (schemas, index) = sarif_schema();
    schemas
        .validate(log, *index)
        .err()
        .map(|e| format!("{e:#}"))
}

#[test]
fn sarif_is_valid_against_the_official_schema() {
    for fixture in FIXTURES {
        let log: Value = serde_json::from_str(&check(fixture, "sarif")).expect("sarif parses");
        if let Some(e) = sarif_errors(&log) {
            panic!("{fixture}: {e}");
        }
    }
}

#[test]
fn the_schema_check_would_catch_a_broken_log() {
    let log: Value = serde_json::from_str(&check("formats", "sarif")).expect("sarif parses");
    let broken = |change: fn(&mut Value)| {
        let mut log = log.clone();
        change(&mut log);
        sarif_errors(&log)
    };
    assert!(broken(|l| l["runs"][0]["results"][0]["level"] = "fatal".into()).is_some());
    assert!(broken(|l| l["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0.into()).is_some());
    assert!(
        broken(|l| l["runs"][0]["tool"]["driver"]["rules"][0]["help"] =
            serde_json::json!({"markdown": "x"}))
        .is_some()
    );
    assert!(
        broken(
            |l| l["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
                ["uri"] = "a b/%zz".into()
        )
        .is_some()
    );
    assert!(broken(|l| l["version"] = "2.0.0".into()).is_some());
}

#[test]
fn sarif_describes_every_rule_and_points_results_at_them() {
    for fixture in FIXTURES {
        let log: Value = serde_json::from_str(&check(fixture, "sarif")).expect("sarif parses");
        let run = &log["runs"][0];
        let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
        let codes: Vec<&str> = cvpair::rules::RULES.iter().map(|r| r.code).collect();
        let ids: Vec<&str> = rules.iter().filter_map(|r| r["id"].as_str()).collect();
        assert_eq!(ids, codes);
        for rule in rules {
            let short = rule["shortDescription"]["text"]
                .as_str()
                .unwrap_or_default();
            assert!(!short.is_empty() && !short.contains('\n'), "{rule}");
            assert!(
                rule["help"]["markdown"]
                    .as_str()
                    .is_some_and(|m| m.contains("## How to settle it"))
            );
        }
        for result in run["results"].as_array().expect("results") {
            let index = usize::try_from(num(&result["ruleIndex"])).expect("index");
            assert_eq!(rules[index]["id"], result["ruleId"]);
        }
        let doc = json(fixture);
        let errors = doc["errors"].as_array().expect("errors");
        let invocation = &run["invocations"][0];
        assert_eq!(
            invocation["executionSuccessful"],
            Value::Bool(errors.is_empty())
        );
        let notifications = invocation["toolExecutionNotifications"]
            .as_array()
            .map_or(0, Vec::len);
        assert_eq!(notifications, errors.len());
    }
}

fn sarif_places(fixture: &str) -> (Vec<Place>, Vec<Place>) {
    let log: Value = serde_json::from_str(&check(fixture, "sarif")).expect("sarif parses");
    let place = |code: &str, loc: &Value| {
        let physical = &loc["physicalLocation"];
        (
            code.to_string(),
            percent_decode(physical["artifactLocation"]["uri"].as_str().expect("uri")),
            num(&physical["region"]["startLine"]),
            num(&physical["region"]["startColumn"]),
        )
    };
    let mut first = Vec::new();
    let mut all = Vec::new();
    for result in log["runs"][0]["results"].as_array().expect("results") {
        let code = result["ruleId"].as_str().expect("ruleId");
        let locations = result["locations"].as_array().expect("locations");
        assert_eq!(locations.len(), 1, "{result}");
        first.push(place(code, &locations[0]));
        all.push(place(code, &locations[0]));
        for related in result["relatedLocations"].as_array().into_iter().flatten() {
            all.push(place(code, related));
        }
    }
    first.sort();
    all.sort();
    (first, all)
}

// ---------------------------------------------------------------- JUnit

/// What XML 1.0 cannot hold, as the JUnit writer replaces it.
fn xml_storable(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => '\u{fffd}',
            c => c,
        })
        .collect()
}

fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
    node.children().find(|n| n.has_tag_name(name))
}

#[test]
fn junit_parses_and_counts_what_json_reports() {
    for fixture in FIXTURES {
        let xml = check(fixture, "junit");
        let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{fixture}: {e}"));
        let json = json(fixture);
        let findings = json["findings"].as_array().expect("findings");
        let errors = json["errors"].as_array().expect("errors");
        let profiles = usize::try_from(num(&json["profiles"])).expect("count");
        let with_findings: BTreeSet<&str> = findings
            .iter()
            .filter_map(|f| f["profile"].as_str())
            .collect();

        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "testsuites");
        let cases: Vec<_> = root
            .descendants()
            .filter(|n| n.has_tag_name("testcase"))
            .collect();
        let failures: Vec<_> = cases.iter().filter_map(|c| child(*c, "failure")).collect();
        let error_count = cases
            .iter()
            .filter(|c| child(**c, "error").is_some())
            .count();
        let passing = cases
            .iter()
            .filter(|c| child(**c, "failure").is_none() && child(**c, "error").is_none())
            .count();
        assert_eq!(failures.len(), findings.len(), "{fixture}");
        assert_eq!(error_count, errors.len(), "{fixture}");
        assert_eq!(passing, profiles - with_findings.len(), "{fixture}");

        // The counts the report states are the counts it holds.
        let attr = |n: roxmltree::Node<'_, '_>, a: &str| -> usize {
            n.attribute(a)
                .and_then(|v| v.parse().ok())
                .unwrap_or(usize::MAX)
        };
        assert_eq!(attr(root, "tests"), cases.len());
        assert_eq!(attr(root, "failures"), findings.len());
        assert_eq!(attr(root, "errors"), errors.len());
        for suite in root.children().filter(|n| n.has_tag_name("testsuite")) {
            let suite_cases: Vec<_> = suite
                .children()
                .filter(|n| n.has_tag_name("testcase"))
                .collect();
            assert_eq!(attr(suite, "tests"), suite_cases.len());
            let failed = suite_cases
                .iter()
                .filter(|c| child(**c, "failure").is_some())
                .count();
            assert_eq!(attr(suite, "failures"), failed);
            for case in &suite_cases {
                assert_eq!(case.attribute("classname"), suite.attribute("name"));
            }
        }

        // Messages come back exactly, markup and line breaks included.
        let got: Vec<(String, String)> = failures
            .iter()
            .map(|f| {
                (
                    f.attribute("type").unwrap_or_default().to_string(),
                    f.attribute("message").unwrap_or_default().to_string(),
                )
            })
            .collect();
        let want: Vec<(String, String)> = findings
            .iter()
            .map(|f| (string(&f["severity"]), xml_storable(&string(&f["message"]))))
            .collect();
        assert_eq!(got, want, "{fixture}");
    }
}

fn junit_places(fixture: &str) -> Vec<Place> {
    let xml = check(fixture, "junit");
    let doc = roxmltree::Document::parse(&xml).expect("junit parses");
    let mut places: Vec<Place> = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase") && n.children().any(|c| c.has_tag_name("failure")))
        .map(|case| {
            // `CODE rule-name path:line:col`
            let name = case.attribute("name").expect("name");
            let mut words = name.splitn(3, ' ');
            let code = words.next().expect("code").to_string();
            let (path, line, col) = split_position(words.nth(1).expect("place"));
            (code, path, line, col)
        })
        .collect();
    places.sort();
    places
}

// ---------------------------------------------------------------- GitHub

/// The runner's unescaping of a property value: `%25` last, so `%253A`
/// stays the text `%3A`.
fn unescape_property(s: &str) -> String {
    s.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
}

fn github_places(fixture: &str) -> Vec<Place> {
    let mut places = Vec::new();
    for line in check(fixture, "github").lines() {
        let rest = ["::error ", "::warning ", "::notice "]
            .iter()
            .find_map(|k| line.strip_prefix(k))
            .unwrap_or_else(|| panic!("not an annotation: {line:?}"));
        // Property values escape `:`, so the first `::` ends them.
        let (props, _message) = rest.split_once("::").expect("a message");
        let prop = |key: &str| {
            props
                .split(',')
                .find_map(|p| p.strip_prefix(key).and_then(|v| v.strip_prefix('=')))
                .map(unescape_property)
        };
        let Some(title) = prop("title") else {
            continue; // a source that could not be read
        };
        let code = title.split(' ').next().expect("code").to_string();
        let number = |key| prop(key).and_then(|v| v.parse().ok()).expect("number");
        places.push((
            code,
            prop("file").expect("file"),
            number("line"),
            number("col"),
        ));
    }
    places.sort();
    places
}

// ---------------------------------------------------------------- the rest

fn concise_places(fixture: &str) -> Vec<Place> {
    let mut places: Vec<Place> = check(fixture, "concise")
        .lines()
        .filter_map(|line| {
            let (position, rest) = line.split_once(": ")?;
            let code = rest.split(' ').next().filter(|c| is_code(c))?;
            let (path, line, col) = split_position(position);
            Some((code.to_string(), path, line, col))
        })
        .collect();
    places.sort();
    places
}

/// Code Quality gives a line, no column.
fn gitlab_lines(fixture: &str) -> Vec<(String, String, u64)> {
    let issues: Value = serde_json::from_str(&check(fixture, "gitlab")).expect("gitlab parses");
    let mut lines: Vec<_> = issues
        .as_array()
        .expect("an array")
        .iter()
        .filter(|i| i["check_name"] != "load-error")
        .map(|i| {
            (
                string(&i["check_name"]),
                string(&i["location"]["path"]),
                num(&i["location"]["lines"]["begin"]),
            )
        })
        .collect();
    lines.sort();
    lines
}

#[test]
fn every_format_names_the_same_places_as_json() {
    for fixture in FIXTURES {
        let (first, all) = json_places(&json(fixture));
        assert!(!first.is_empty(), "{fixture} has findings");
        let (sarif_first, sarif_all) = sarif_places(fixture);
        assert_eq!(sarif_first, first, "{fixture}: sarif");
        assert_eq!(sarif_all, all, "{fixture}: sarif, related locations");
        assert_eq!(concise_places(fixture), first, "{fixture}: concise");
        assert_eq!(junit_places(fixture), first, "{fixture}: junit");
        // One annotation per place, counterparts included.
        assert_eq!(github_places(fixture), all, "{fixture}: github");
        let lines: Vec<_> = first
            .iter()
            .map(|(c, p, l, _)| (c.clone(), p.clone(), *l))
            .collect();
        assert_eq!(gitlab_lines(fixture), lines, "{fixture}: gitlab");
    }
}

#[test]
fn the_fixture_has_every_kind_of_result() {
    let doc = json("formats");
    let severities: BTreeSet<String> = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| string(&f["severity"]))
        .collect();
    assert_eq!(
        severities,
        BTreeSet::from(["error", "warning", "info"].map(String::from))
    );
    assert!(doc["findings"].as_array().is_some_and(|f| {
        f.iter()
            .any(|f| f["locations"].as_array().is_some_and(|l| l.len() == 2))
    }));
    assert!(doc["errors"].as_array().is_some_and(|e| !e.is_empty()));
}

#[test]
fn concise_ends_with_the_summary_human_gives() {
    let human = check("formats", "human");
    let concise = check("formats", "concise");
    let tail = |s: &str| {
        s.lines()
            .rev()
            .take(2)
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(tail(&concise), tail(&human));
}

#[test]
fn gitlab_fingerprints_are_unique_and_do_not_depend_on_the_interface_language() {
    let issues = |lang: &str| -> Vec<String> {
        let dir = format!("{}/tests/cmd/formats.in", env!("CARGO_MANIFEST_DIR"));
        let out = Command::new(env!("CARGO_BIN_EXE_cvpair"))
            .args([
                "check",
                "--ui-lang",
                lang,
                "--today",
                "2026-11-01",
                "--format",
                "gitlab",
                ".",
            ])
            .current_dir(dir)
            .output()
            .expect("cvpair runs");
        let v: Value = serde_json::from_slice(&out.stdout).expect("gitlab parses");
        v.as_array()
            .expect("array")
            .iter()
            .map(|i| string(&i["fingerprint"]))
            .collect()
    };
    let en = issues("en");
    assert_eq!(en.iter().collect::<BTreeSet<_>>().len(), en.len());
    assert_eq!(issues("zh-CN"), en);
}
