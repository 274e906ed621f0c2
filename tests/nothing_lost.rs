//! Without `--write`-like flags no command changes a user's file: the
//! tree is compared byte for byte before and after every command a user or
//! a hook runs, on copies of the examples (with a configuration file and a
//! glossary beside them, which are user files too). Writing commands are
//! covered where they write: `tests/add_ignores.rs`, `render` cases.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn snapshot(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = e.path();
            if e.file_type().unwrap().is_dir() {
                stack.push(path);
            } else {
                out.insert(path.clone(), std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

#[test]
fn no_command_without_a_write_flag_changes_a_file() {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("nothing-lost");
    let _ = std::fs::remove_dir_all(&root);
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("profiles"),
        &root.join("profiles"),
    );
    std::fs::write(
        root.join("cvpair.yaml"),
        "# team settings\nignore: [unknown-term]\n",
    )
    .unwrap();
    std::fs::write(
        root.join("profiles/kai-zhou/glossary.yaml"),
        "terms:\n  - en: Lanjing Cloud\n    zh: 蓝鲸云\n",
    )
    .unwrap();
    let before = snapshot(&root);
    let runs: &[&[&str]] = &[
        &["check"],
        &["check", "profiles/kai-zhou/en.yaml"],
        &[
            "check",
            "--hook",
            "profiles/kai-zhou/zh.yaml",
            "cvpair.yaml",
        ],
        &["check", "--format", "json"],
        &["check", "--format", "concise"],
        &["check", "--format", "github"],
        &["check", "--format", "sarif"],
        &["check", "--format", "junit"],
        &["check", "--format", "gitlab"],
        &["check", "--add-ignores", "--diff"],
        &["check", "--fail-on", "warning", "--ui-lang", "zh-CN"],
        &["align", "profiles/kai-zhou"],
        &["render", "profiles/ada-lin", "--lang", "zh-CN"],
        &[
            "render",
            "profiles/ada-lin",
            "--format",
            "html",
            "--lang",
            "en",
        ],
        &[
            "render",
            "profiles/kai-zhou",
            "--force",
            "--format",
            "json",
            "--lang",
            "zh",
        ],
        &[
            "render",
            "profiles/ada-lin",
            "--check",
            "--out-dir",
            "profiles/ada-lin",
        ],
        &["rules"],
        &["rules", "date-mismatch"],
        &["config", "--show"],
    ];
    for args in runs {
        let out = Command::new(env!("CARGO_BIN_EXE_cvpair"))
            .args(*args)
            .current_dir(&root)
            .env("NO_COLOR", "1")
            .output()
            .expect("cvpair runs");
        assert!(out.status.code().is_some_and(|c| c <= 2), "{args:?}");
        let after = snapshot(&root);
        let changed: Vec<_> = before
            .keys()
            .chain(after.keys())
            .filter(|p| before.get(*p) != after.get(*p))
            .collect();
        assert!(
            changed.is_empty(),
            "`cvpair {}` changed {changed:?}",
            args.join(" ")
        );
    }
    // The comparison does see a write: the one flag that asks for one.
    let out = Command::new(env!("CARGO_BIN_EXE_cvpair"))
        .args(["check", "--add-ignores", "--reason", "r"])
        .current_dir(&root)
        .output()
        .expect("cvpair runs");
    assert_eq!(out.status.code(), Some(0));
    assert_ne!(snapshot(&root), before);
}
