//! Writing files the user keeps: all or nothing.
//!
//! The new contents go to a temporary file beside the target, which then
//! replaces it in one rename: an interrupted run leaves the old file whole,
//! and a failed write leaves no half file behind. An existing file keeps
//! its permissions.

use std::io::Write;
use std::path::Path;

pub fn atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.cvpair-{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(contents)?;
        file.sync_all()?;
        if let Ok(meta) = std::fs::metadata(path) {
            std::fs::set_permissions(&tmp, meta.permissions())?;
        }
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_and_leaves_nothing_on_failure() {
        let dir = std::env::temp_dir().join(format!("cvpair-write-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let target = dir.join("out.md");
        atomic(&target, b"one").unwrap();
        atomic(&target, b"two").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"two");
        assert!(atomic(&dir.join("missing/out.md"), b"x").is_err());
        let leftovers: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(leftovers.len(), 1, "{leftovers:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_failed_replace_leaves_the_original_whole() {
        // The rename is the only step that touches the target; when it
        // fails (here: the target is a folder), the original is as it was
        // and the temporary file is gone. A crash before the rename leaves
        // the same original and, at worst, one `.NAME.cvpair-PID.tmp`.
        let dir = std::env::temp_dir().join(format!("cvpair-write-fail-{}", std::process::id()));
        let target = dir.join("en.yaml");
        std::fs::create_dir_all(target.join("inside")).unwrap();
        std::fs::write(target.join("inside/keep"), b"original").unwrap();
        assert!(atomic(&target, b"new").is_err());
        assert_eq!(
            std::fs::read(target.join("inside/keep")).unwrap(),
            b"original"
        );
        let names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, ["en.yaml"]);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
