//! From the paths on the command line to the profiles to check.
//!
//! A path is a folder of profiles, one profile folder, or a single source
//! file. A file always stands for its whole profile (the hook passes only
//! the changed file, but a change can only be judged against its partner),
//! and each profile is checked once however many of its files were named.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::LoadError;
use super::lang_tag::{self, Lang, NameError};
use crate::config::Config;
use crate::message::Msg;
use crate::terms::glossary;

/// Folders never searched for profiles: build output and tool state.
const SKIPPED_DIRS: &[&str] = &["target", "node_modules"];

#[derive(Clone, Debug)]
pub struct SourceRef {
    pub path: PathBuf,
    pub display: String,
    pub lang: Lang,
}

/// One person's folder: a source per language.
#[derive(Clone, Debug)]
pub struct ProfileRef {
    pub dir: PathBuf,
    pub display: String,
    pub sources: Vec<SourceRef>,
}

#[derive(Debug, Default)]
pub struct Discovery {
    pub profiles: Vec<ProfileRef>,
    pub errors: Vec<LoadError>,
}

/// Resolves the command-line paths. With none, `profiles/` under the
/// working directory when it exists, else the working directory itself.
///
/// A glossary file stands for the profile beside it, since changing it can
/// change that profile's findings. In `hook` mode the paths are the files
/// a commit changed, whatever they are: those that are not profile sources
/// are passed over without a word. Profiles the configuration excludes
/// are never read.
pub fn discover(paths: &[PathBuf], config: &Config, hook: bool) -> Discovery {
    let defaults;
    let paths = if paths.is_empty() {
        defaults = if Path::new("profiles").is_dir() {
            vec![PathBuf::from("profiles")]
        } else {
            vec![PathBuf::from(".")]
        };
        &defaults
    } else {
        paths
    };
    let mut found = Discovery::default();
    // Keyed by canonical folder, so `a/en.yaml a/zh.yaml a/` is one profile.
    let mut dirs: BTreeMap<PathBuf, (PathBuf, String)> = BTreeMap::new();
    for path in paths {
        let display = display_of(path);
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                found.errors.push(LoadError::at_path(
                    display,
                    Msg::new("error-read").arg("detail", e.to_string()),
                ));
                continue;
            }
        };
        if config.excluded(path) {
            continue;
        }
        if meta.is_dir() {
            let before = dirs.len();
            walk(path, &display, &mut dirs, config, 0);
            if dirs.len() == before && !dirs.keys().any(|d| same_dir(d, path)) {
                found.errors.push(
                    LoadError::at_path(display, Msg::new("error-no-sources"))
                        .with_help(Msg::new("help-source-names")),
                );
            }
            continue;
        }
        let is_glossary = path
            .file_name()
            .is_some_and(|n| glossary::FILE_NAMES.iter().any(|g| n == *g));
        let error = match lang_tag::from_path(path) {
            _ if is_glossary => None,
            Ok(_) => None,
            Err(_) if hook => continue,
            Err(NameError::Extension) => Some("error-not-a-source-extension"),
            Err(NameError::NoTag) => Some("error-no-language-tag"),
        };
        if let Some(id) = error {
            found.errors.push(
                LoadError::at_path(display, Msg::new(id)).with_help(Msg::new("help-source-names")),
            );
            continue;
        }
        let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
        let dir = parent.map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        let dir_display = parent.map_or_else(|| ".".to_string(), display_of);
        insert(&mut dirs, &dir, dir_display);
    }
    for (dir, display) in dirs.into_values() {
        match profile(&dir, &display) {
            Ok(p) => found.profiles.push(p),
            Err(e) => found.errors.push(e),
        }
    }
    found.profiles.sort_by(|a, b| a.display.cmp(&b.display));
    found
}

fn same_dir(a: &Path, b: &Path) -> bool {
    std::fs::canonicalize(b).is_ok_and(|b| a == b)
}

fn display_of(path: &Path) -> String {
    let s = path.to_string_lossy();
    let s = s.strip_prefix("./").unwrap_or(&s);
    let trimmed = s.trim_end_matches('/');
    if trimmed.is_empty() {
        s.to_string()
    } else {
        trimmed.to_string()
    }
}

fn join_display(dir: &str, name: &str) -> String {
    if dir == "." || dir.is_empty() {
        name.to_string()
    } else {
        format!("{dir}/{name}")
    }
}

fn insert(dirs: &mut BTreeMap<PathBuf, (PathBuf, String)>, dir: &Path, display: String) {
    let key = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    dirs.entry(key)
        .or_insert_with(|| (dir.to_path_buf(), display));
}

/// Finds every folder below `dir` that holds a source. Symbolic links to
/// folders are not followed, so a link loop cannot trap the walk.
fn walk(
    dir: &Path,
    display: &str,
    dirs: &mut BTreeMap<PathBuf, (PathBuf, String)>,
    config: &Config,
    depth: usize,
) {
    if depth > super::limits::MAX_DEPTH {
        return;
    }
    let Ok(read) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = read.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    let mut has_source = false;
    for entry in entries {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            let path = entry.path();
            if !name.starts_with('.')
                && !SKIPPED_DIRS.contains(&name.as_ref())
                && !config.excluded(&path)
            {
                walk(
                    &path,
                    &join_display(display, &name),
                    dirs,
                    config,
                    depth + 1,
                );
            }
        } else if lang_tag::from_path(&entry.path()).is_ok() {
            has_source = true;
        }
    }
    if has_source {
        insert(dirs, dir, display.to_string());
    }
}

/// Lists a profile folder's sources and checks they make a pair.
// Errors are rare and end the file's processing at once; boxing them
// would buy nothing.
#[allow(clippy::result_large_err)]
fn profile(dir: &Path, display: &str) -> Result<ProfileRef, LoadError> {
    let read = std::fs::read_dir(dir).map_err(|e| {
        LoadError::at_path(display, Msg::new("error-read").arg("detail", e.to_string()))
    })?;
    let mut sources: Vec<SourceRef> = read
        .flatten()
        .filter(|e| !e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| {
            let path = e.path();
            let lang = lang_tag::from_path(&path).ok()?;
            let name = e.file_name().to_string_lossy().into_owned();
            Some(SourceRef {
                display: join_display(display, &name),
                path,
                lang,
            })
        })
        .collect();
    sources.sort_by(|a, b| a.display.cmp(&b.display));
    for (i, a) in sources.iter().enumerate() {
        if let Some(b) = sources[i + 1..]
            .iter()
            .find(|b| b.lang.tag.eq_ignore_ascii_case(&a.lang.tag))
        {
            return Err(LoadError::at_path(
                b.display.clone(),
                Msg::new("error-two-sources-one-language")
                    .arg("lang", a.lang.tag.clone())
                    .arg("other", a.display.clone()),
            ));
        }
    }
    match sources.as_slice() {
        [] => Err(LoadError::at_path(display, Msg::new("error-no-sources"))
            .with_help(Msg::new("help-source-names"))),
        [only] => Err(LoadError::at_path(
            only.display.clone(),
            Msg::new("error-partner-missing").arg("lang", only.lang.tag.clone()),
        )
        .with_help(Msg::new("help-partner-missing"))),
        _ => Ok(ProfileRef {
            dir: dir.to_path_buf(),
            display: display.to_string(),
            sources,
        }),
    }
}
