//! From the paths on the command line to the profiles to check.
//!
//! A path is a folder of profiles, one profile folder, or a single source
//! file. A file always stands for its whole profile (the hook passes only
//! the changed file, but a change can only be judged against its partner),
//! and each profile is checked once however many of its files were named.
//! What one folder holds is [`folder`]'s to say; the profiles
//! `cvpair.yaml` pairs by name are [`pairs`]'.

mod folder;
mod pairs;

use std::collections::{BTreeMap, HashSet};
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::finding::Finding;
use crate::lang_tag::{self, Lang, NameError};
use crate::message::Msg;
use crate::rules::untagged_source;
use crate::source::LoadError;
use crate::terms::glossary;
use folder::Filter;

/// Folders never searched for profiles: build output and tool state.
const SKIPPED_DIRS: &[&str] = &["target", "node_modules"];

#[derive(Clone, Debug)]
pub struct SourceRef {
    pub path: PathBuf,
    pub display: String,
    pub lang: Lang,
}

/// One person's résumé: a source per language, in one folder or, when
/// the configuration pairs them by name, anywhere.
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
    /// What discovery itself reports: résumés whose names say no language.
    pub findings: Vec<Finding>,
}

/// A folder to read, and why.
struct Visit {
    dir: PathBuf,
    display: String,
    /// The files named in it, when only their profiles are wanted; `None`
    /// when the folder itself was named or walked.
    only: Option<HashSet<OsString>>,
    /// The command-line paths that led here.
    args: Vec<usize>,
}

/// Resolves the command-line paths. With none, `profiles/` under the
/// working directory when it exists, else the working directory itself,
/// and every profile the configuration pairs by name.
///
/// A glossary file stands for the profiles beside it, since changing it
/// can change their findings. In `hook` mode the paths are the files a
/// commit changed, whatever they are: those that are not profile sources
/// are passed over without a word, unless they hold a résumé. Profiles
/// the configuration excludes are never read.
pub fn discover(paths: &[PathBuf], config: &Config, hook: bool) -> Discovery {
    let given = !paths.is_empty();
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
    let pairs = pairs::Pairs::new(config);
    let mut trusted: HashSet<PathBuf> = HashSet::new();
    // Keyed by canonical folder, so `a/en.yaml a/zh.yaml a/` is one visit.
    let mut visits: BTreeMap<PathBuf, Visit> = BTreeMap::new();
    let mut reached = vec![false; paths.len()];
    for (arg, path) in paths.iter().enumerate() {
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
            walk(path, &display, &mut visits, config, 0, arg);
            continue;
        }
        if pairs.claims(path) {
            reached[arg] = true;
            continue;
        }
        let is_glossary = path
            .file_name()
            .is_some_and(|n| glossary::FILE_NAMES.iter().any(|g| n == *g));
        let name = match lang_tag::name_of(path) {
            _ if is_glossary => None,
            Ok(name) => Some(name),
            Err(NameError::NoTag) if hook => {
                if let Some((file, key)) = folder::unnamed_resume(path, &display) {
                    let dir = parent_display(path);
                    found
                        .findings
                        .push(untagged_source::finding(&dir, &file, key));
                }
                continue;
            }
            Err(_) if hook => continue,
            Err(e) => {
                let id = match e {
                    NameError::Extension => "error-not-a-source-extension",
                    NameError::NoTag => "error-no-language-tag",
                };
                found.errors.push(
                    LoadError::at_path(display, Msg::new(id))
                        .with_help(Msg::new("help-source-names")),
                );
                continue;
            }
        };
        if let Some(name) = &name {
            if name.loose && hook && folder::loose_but_not_resume(path, &display) {
                continue;
            }
        }
        let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
        let dir = parent.map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        let visit = insert(&mut visits, &dir, parent_display(path), arg);
        match (name, path.file_name()) {
            (Some(_), Some(file_name)) => {
                if !hook {
                    trusted.insert(std::fs::canonicalize(path).unwrap_or_else(|_| path.clone()));
                }
                if let Some(only) = &mut visit.only {
                    only.insert(file_name.to_os_string());
                }
            }
            // A glossary stands for every profile beside it.
            _ => visit.only = None,
        }
    }
    let filter = Filter {
        claimed: pairs.claimed(),
        trusted: &trusted,
    };
    for visit in visits.into_values() {
        let out = match folder::scan(&visit.dir, &visit.display, &filter) {
            Ok(scan) => folder::profiles(&visit.dir, &visit.display, scan, visit.only.as_ref()),
            Err(e) => folder::Yield {
                errors: vec![e],
                ..Default::default()
            },
        };
        if !out.is_empty() {
            for &arg in &visit.args {
                reached[arg] = true;
            }
        }
        found.profiles.extend(out.profiles);
        found.errors.extend(out.errors);
        found.findings.extend(out.findings);
    }
    for (arg, mut p) in pairs.wanted(paths, given) {
        if let Some(arg) = arg {
            reached[arg] = true;
        }
        // A folder can hold both a named pair and sources named by language.
        if found.profiles.iter().any(|q| q.display == p.display) {
            let stem = p.sources[0].path.file_stem().unwrap_or_default();
            p.display = join_display(&p.display, &stem.to_string_lossy());
        }
        found.profiles.push(p);
    }
    for (arg, path) in paths.iter().enumerate() {
        if !reached[arg] && path.is_dir() && !config.excluded(path) {
            found.errors.push(
                LoadError::at_path(display_of(path), Msg::new("error-no-sources"))
                    .with_help(Msg::new("help-source-names")),
            );
        }
    }
    found.profiles.sort_by(|a, b| a.display.cmp(&b.display));
    found
}

/// How a file's folder is shown: `.` for a bare file name.
fn parent_display(path: &Path) -> String {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| ".".to_string(), display_of)
}

pub fn display_of(path: &Path) -> String {
    let s = path.to_string_lossy();
    let s = s.strip_prefix("./").unwrap_or(&s);
    let trimmed = s.trim_end_matches('/');
    if trimmed.is_empty() {
        s.to_string()
    } else {
        trimmed.to_string()
    }
}

pub fn join_display(dir: &str, name: &str) -> String {
    if dir == "." || dir.is_empty() {
        name.to_string()
    } else {
        format!("{dir}/{name}")
    }
}

fn insert<'v>(
    visits: &'v mut BTreeMap<PathBuf, Visit>,
    dir: &Path,
    display: String,
    arg: usize,
) -> &'v mut Visit {
    let key = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let visit = visits.entry(key).or_insert_with(|| Visit {
        dir: dir.to_path_buf(),
        display,
        only: Some(HashSet::new()),
        args: Vec::new(),
    });
    visit.args.push(arg);
    visit
}

/// Finds every folder below `dir` that holds a source or a file that may
/// be a résumé. Symbolic links to folders are not followed, so a link
/// loop cannot trap the walk.
fn walk(
    dir: &Path,
    display: &str,
    visits: &mut BTreeMap<PathBuf, Visit>,
    config: &Config,
    depth: usize,
    arg: usize,
) {
    if depth > crate::source::limits::MAX_DEPTH {
        return;
    }
    let Ok(read) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = read.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    let mut has_candidate = false;
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
                    visits,
                    config,
                    depth + 1,
                    arg,
                );
            }
        } else if folder::candidate(&entry.path()) {
            has_candidate = true;
        }
    }
    if has_candidate {
        insert(visits, dir, display.to_string(), arg).only = None;
    }
}
