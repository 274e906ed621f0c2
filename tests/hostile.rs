//! Hostile and accidental inputs, each through the binary as a hook would
//! run it, under hard resource limits: one CPU-second and 200 MB of data
//! (the kernel stops the process beyond them, so a test fails by being
//! killed, never by a clock), and the peak resident memory of every run is
//! checked against the same 200 MB. Each ends in a located message and
//! exit 2, or in a correct result.

#![cfg(unix)]

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Command;

const CPU_SECONDS: libc::rlim_t = 1;
const DATA_BYTES: libc::rlim_t = 200 * 1024 * 1024;

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn cvpair(dir: &Path, args: &[&str]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cvpair"));
    cmd.args(args)
        .current_dir(dir)
        .env("LC_ALL", "C")
        .env("NO_COLOR", "1");
    // SAFETY: setrlimit is async-signal-safe, and nothing else runs
    // between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            let cpu = libc::rlimit {
                rlim_cur: CPU_SECONDS,
                rlim_max: CPU_SECONDS + 1,
            };
            let data = libc::rlimit {
                rlim_cur: DATA_BYTES,
                rlim_max: DATA_BYTES,
            };
            if libc::setrlimit(libc::RLIMIT_CPU, &cpu) != 0
                || libc::setrlimit(libc::RLIMIT_DATA, &data) != 0
            {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let out = cmd.output().expect("cvpair runs");
    let run = Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        run.code.is_some(),
        "killed by a signal (over a limit?): {:?}\n{}",
        out.status,
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    // The largest resident set of any child so far, in KiB on Linux.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: a valid pointer to a zeroed rusage.
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    assert!(
        (usage.ru_maxrss as u64) < 200 * 1024,
        "peak RSS {} KiB",
        usage.ru_maxrss
    );
    run
}

/// A scratch folder for one case.
fn case(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("hostile")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("p")).unwrap();
    dir
}

const ZH: &str = "basics:\n  name: 陈美\nwork:\n  - name: 小橘出行\n    startDate: 2021-03\n";
const EN: &str =
    "basics:\n  name: Mei Chen\nwork:\n  - name: Xiaoju Mobility\n    startDate: 2022-03\n";

/// A profile whose English source is `en` (bytes) beside a plain Chinese one.
fn with_en(name: &str, en: &[u8]) -> PathBuf {
    let dir = case(name);
    std::fs::write(dir.join("p/en.yaml"), en).unwrap();
    std::fs::write(dir.join("p/zh.yaml"), ZH).unwrap();
    dir
}

/// Exit 2, and the message names the file, line and column.
fn refused(run: &Run, place: &str, words: &str) {
    assert_eq!(run.code, Some(2), "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains(place),
        "no `{place}` in:\n{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(words),
        "no `{words}` in:\n{}",
        run.stdout
    );
}

#[test]
fn billion_laughs() {
    let mut text = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for (i, name) in "bcdefghi".chars().enumerate() {
        let prev = (b'a' + i as u8) as char;
        text.push_str(&format!(
            "{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"
        ));
    }
    let dir = with_en("alias-bomb", text.as_bytes());
    refused(
        &cvpair(&dir, &["check", "p"]),
        "p/en.yaml:",
        "expand to more than 10000",
    );
}

#[test]
fn ten_thousand_deep_nesting() {
    for (name, open) in [("deep-flow", "["), ("deep-map", "{a: ")] {
        let text = open.repeat(10_000);
        let dir = with_en(name, text.as_bytes());
        refused(
            &cvpair(&dir, &["check", "p"]),
            "p/en.yaml:1:",
            "levels deep",
        );
    }
    // Block style: `- - - …`, a list in a list ten thousand times.
    let text = format!("{}x\n", "- ".repeat(10_000));
    let dir = with_en("deep-block", text.as_bytes());
    refused(&cvpair(&dir, &["check", "p"]), "p/en.yaml:", "levels deep");
}

#[test]
fn fifty_megabytes() {
    let dir = case("big");
    let mut text = b"basics:\n  summary: \"".to_vec();
    text.resize(50_000_000, b'a');
    text.extend_from_slice(b"\"\n");
    std::fs::write(dir.join("p/en.yaml"), &text).unwrap();
    std::fs::write(dir.join("p/zh.yaml"), ZH).unwrap();
    let run = cvpair(&dir, &["check", "p"]);
    refused(&run, "p/en.yaml", "over cvpair's limit of 8388608 bytes");
}

#[test]
fn a_hundred_thousand_entries() {
    let mut text = String::from("work:\n");
    for i in 0..100_000 {
        text.push_str(&format!("  - name: Company {i}\n    startDate: 2020-01\n"));
    }
    let dir = with_en("many", text.as_bytes());
    // Refused at the first entry over the limit, named by its line.
    refused(
        &cvpair(&dir, &["check", "p"]),
        "p/en.yaml:20002:5",
        "more than 10000 items",
    );
}

#[test]
fn bytes_that_are_not_utf8() {
    let dir = with_en("gbk", b"basics:\n  name: \xb3\xc2\xc3\xc0\n");
    refused(&cvpair(&dir, &["check", "p"]), "p/en.yaml:2:9", "not UTF-8");
}

#[test]
fn byte_order_marks_and_crlf_read_like_plain_utf8() {
    let plain = cvpair(
        &with_en("plain", EN.as_bytes()),
        &["check", "--format", "concise", "p"],
    );
    assert_eq!(plain.code, Some(1));
    assert!(
        plain.stdout.contains("p/en.yaml:5:16: CV201"),
        "{}",
        plain.stdout
    );

    let utf8_bom = [b"\xEF\xBB\xBF".as_slice(), EN.as_bytes()].concat();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(EN.encode_utf16().flat_map(u16::to_le_bytes));
    let crlf = EN.replace('\n', "\r\n");
    for (name, bytes) in [
        ("utf8-bom", utf8_bom),
        ("utf16-bom", utf16),
        ("crlf", crlf.into_bytes()),
    ] {
        let run = cvpair(
            &with_en(name, &bytes),
            &["check", "--format", "concise", "p"],
        );
        assert_eq!(run.stdout, plain.stdout, "{name}");
        assert_eq!(run.code, Some(1), "{name}");
    }
}

#[test]
fn duplicate_keys_and_ids() {
    let dir = with_en("dup-key", b"basics:\n  name: A\n  name: B\n");
    refused(
        &cvpair(&dir, &["check", "p"]),
        "p/en.yaml:3:3",
        "appears twice",
    );
    let dir = with_en(
        "dup-id",
        b"work:\n  - id: x\n    name: A\n  - id: x\n    name: B\n",
    );
    refused(
        &cvpair(&dir, &["check", "p"]),
        "p/en.yaml:4:9",
        "used twice",
    );
}

#[test]
fn an_id_that_is_a_number_or_a_list() {
    // A number is text like any other: it pairs with the same number.
    let dir = case("id-number");
    std::fs::write(
        dir.join("p/en.yaml"),
        "work:\n  - id: 1\n    name: Orange Mobility\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("p/zh.yaml"),
        "work:\n  - id: 1\n    name: 蓝鲸数据\n",
    )
    .unwrap();
    let run = cvpair(&dir, &["check", "--format", "concise", "p"]);
    assert!(!run.stdout.contains("missing-entry"), "{}", run.stdout);
    let dir = with_en("id-list", b"work:\n  - id: [1, 2]\n    name: A\n");
    refused(
        &cvpair(&dir, &["check", "p"]),
        "p/en.yaml:2:9",
        "should be text",
    );
}

#[test]
fn empty_and_comment_only_files() {
    refused(
        &cvpair(&with_en("empty", b""), &["check", "p"]),
        "p/en.yaml:1:1",
        "holds no résumé",
    );
    let dir = with_en("comments", b"# nothing yet\n# still nothing\n");
    refused(
        &cvpair(&dir, &["check", "p"]),
        "p/en.yaml:1:1",
        "holds no résumé",
    );
}

#[test]
fn a_symlink_loop_in_a_profile_folder() {
    let dir = with_en("symlink-loop", EN.as_bytes());
    std::os::unix::fs::symlink("..", dir.join("p/loop")).unwrap();
    std::os::unix::fs::symlink("loop", dir.join("p/self")).unwrap();
    let run = cvpair(&dir, &["check", "--format", "concise", "."]);
    assert_eq!(run.code, Some(1), "{}", run.stdout);
    assert!(run.stdout.contains("in 1 profile"), "{}", run.stdout);
}

#[test]
fn a_profile_in_ten_languages() {
    let dir = case("ten-languages");
    let tags = [
        "en", "zh-CN", "de", "fr", "ja", "ko", "es", "it", "pt", "ru",
    ];
    for tag in tags {
        std::fs::write(
            dir.join(format!("p/{tag}.yaml")),
            "work:\n  - id: acme\n    name: Acme\n    startDate: 2022-03\n",
        )
        .unwrap();
    }
    // One language slips; it alone is reported, against the reference.
    std::fs::write(
        dir.join("p/ja.yaml"),
        "work:\n  - id: acme\n    name: Acme\n    startDate: 2021-03\n",
    )
    .unwrap();
    let run = cvpair(&dir, &["check", "--format", "concise", "p"]);
    assert_eq!(run.code, Some(1), "{}", run.stdout);
    let findings: Vec<&str> = run.stdout.lines().filter(|l| l.contains(": CV")).collect();
    assert_eq!(
        findings,
        [
            "p/en.yaml:4:16: CV201 [date-mismatch] start date differs: 2022-03 in en vs 2021-03 in ja"
        ]
    );
}

#[test]
fn a_source_that_is_a_folder_or_a_fifo() {
    let dir = case("folder-source");
    std::fs::write(dir.join("p/en.yaml"), EN).unwrap();
    std::fs::create_dir(dir.join("p/zh.yaml")).unwrap();
    let run = cvpair(&dir, &["check", "p/zh.yaml"]);
    assert_eq!(run.code, Some(2), "{}", run.stdout);

    let dir = case("fifo-source");
    std::fs::write(dir.join("p/en.yaml"), EN).unwrap();
    let fifo = std::ffi::CString::new(dir.join("p/zh.yaml").to_string_lossy().as_bytes()).unwrap();
    // SAFETY: a valid C string.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
    // Reading a FIFO would wait forever for a writer; cvpair must not try.
    for args in [
        &["check", "p"][..],
        &["check", "p/zh.yaml"][..],
        &["check", "--hook", "p/zh.yaml"][..],
    ] {
        let run = cvpair(&dir, args);
        refused(&run, "p/zh.yaml", "not a regular file");
    }
}

#[test]
fn a_name_of_a_hundred_thousand_words() {
    // Each word of a name was compared with every word before it: minutes
    // for this 700 KB employer. Only its first part is read now.
    let words: Vec<String> = (0..100_000).map(|i| format!("W{i:05}x")).collect();
    let text = format!(
        "basics:\n  name: Mei Chen\nwork:\n  - name: {}\n    startDate: 2021-03\n",
        words.join(" ")
    );
    let dir = with_en("long-name", text.as_bytes());
    let run = cvpair(&dir, &["check", "--format", "concise", "p"]);
    // One entry a side with the same dates: paired, whatever the name says.
    assert_eq!(run.code, Some(0), "{}", run.stdout);
}

#[test]
fn a_long_word_that_reads_as_pinyin_in_a_name() {
    // "xian" or "xi"+"an" at every step: trying each cut took minutes.
    for letters in [61, 201, 100_001] {
        let word = format!("{}q", "xian".repeat(letters / 4));
        let text = format!(
            "basics:\n  name: Chen {word}\nwork:\n  - name: Xiaoju Mobility\n    startDate: 2021-03\n"
        );
        let dir = with_en(&format!("pinyin-word-{letters}"), text.as_bytes());
        let run = cvpair(&dir, &["check", "--format", "concise", "p"]);
        assert_eq!(run.code, Some(0), "{}", run.stdout);
    }
}

#[test]
fn a_one_line_resume_with_a_data_image_in_every_format() {
    // A minified JSON résumé: the finding is at column 100,000 of line 1,
    // past what the snippet renderer can indent.
    let image = format!("data:image/png;base64,{}", "A".repeat(100_000));
    let en = format!(
        "{{\"basics\":{{\"name\":\"Mei Chen\",\"image\":\"{image}\"}},\"work\":[{{\"name\":\"Xiaoju Mobility\",\"startDate\":\"2022-03\"}}]}}"
    );
    let dir = with_en("data-image", en.as_bytes());
    std::fs::rename(dir.join("p/en.yaml"), dir.join("p/en.json")).unwrap();
    for format in [
        "human", "concise", "github", "sarif", "junit", "gitlab", "json",
    ] {
        let run = cvpair(&dir, &["check", "--format", format, "p"]);
        assert_eq!(run.code, Some(1), "{format}: {}", run.stdout);
        assert!(run.stdout.contains("CV201"), "{format}: {}", run.stdout);
        assert!(
            !run.stdout.contains(&"A".repeat(200)),
            "{format}: the image is printed"
        );
    }
}
