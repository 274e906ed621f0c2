//! One folder's files, read into the profiles they make.
//!
//! Each file with a source's extension is a source (its name says its
//! language), a résumé whose name says no language (reported, never
//! dropped without a word), or something else (a configuration, a
//! glossary, a translation file: passed over). The sources make one
//! profile; when a language occurs twice, the folder holds several, told
//! apart by what comes before the tag (`resume-en`, `cover-en`).

use std::collections::{BTreeMap, HashSet};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{ProfileRef, SourceRef, join_display};
use crate::file::SourceFile;
use crate::finding::Finding;
use crate::lang_tag::{self, NameError};
use crate::message::Msg;
use crate::rules::untagged_source;
use crate::source::LoadError;
use crate::source::sniff::{Sniff, sniff};
use crate::terms::glossary;
use crate::tree::Span;

/// What a folder's files are.
#[derive(Default)]
pub struct Scan {
    /// Each with the prefix of its name.
    sources: Vec<(SourceRef, String)>,
    /// Résumés whose names say no language, at their first résumé key.
    unnamed: Vec<(Arc<SourceFile>, Span)>,
}

/// Which of a folder's files to read, and how.
pub struct Filter<'a> {
    /// Files a configuration pairs by name, read there, not here.
    pub claimed: &'a HashSet<PathBuf>,
    /// Files named on the command line outside hook mode: sources on the
    /// user's word, without looking inside.
    pub trusted: &'a HashSet<PathBuf>,
}

/// Whether a file could be a source or a résumé at all, by its name alone:
/// the walk looks into folders that hold one.
pub fn candidate(path: &Path) -> bool {
    match lang_tag::name_of(path) {
        Ok(_) => true,
        Err(NameError::Extension) => false,
        Err(NameError::NoTag) => !helper(path),
    }
}

/// Files whose name says what they are, and which are never résumés:
/// hidden files (`.pre-commit-config.yaml`, `.cvpair.yaml`), cvpair's own
/// configuration and glossaries.
fn helper(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return true;
    };
    name.starts_with('.')
        || crate::config::FILE_NAMES.contains(&name)
        || glossary::FILE_NAMES.contains(&name)
}

/// What a file named without a language is: a résumé (reported) or not.
pub fn unnamed_resume(path: &Path, display: &str) -> Option<(Arc<SourceFile>, Span)> {
    if helper(path) {
        return None;
    }
    match sniff(path, display) {
        Sniff::Resume { file, key } => Some((file, key)),
        _ => None,
    }
}

/// Whether a file whose name reads loosely as a language (`app-es.json`)
/// is something other than a résumé.
pub fn loose_but_not_resume(path: &Path, display: &str) -> bool {
    matches!(sniff(path, display), Sniff::NotResume)
}

// Errors are rare and end the folder's processing at once; boxing them
// would buy nothing.
#[allow(clippy::result_large_err)]
pub fn scan(dir: &Path, display: &str, filter: &Filter<'_>) -> Result<Scan, LoadError> {
    let read = std::fs::read_dir(dir).map_err(|e| {
        LoadError::at_path(display, Msg::new("error-read").arg("detail", e.to_string()))
    })?;
    let mut entries: Vec<_> = read
        .flatten()
        .filter(|e| !e.file_type().is_ok_and(|t| t.is_dir()))
        .collect();
    entries.sort_by_key(|e| e.file_name());
    let mut scan = Scan::default();
    for entry in entries {
        let path = entry.path();
        let canonical = || std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if !filter.claimed.is_empty() && filter.claimed.contains(&canonical()) {
            continue;
        }
        let file_display = join_display(display, &entry.file_name().to_string_lossy());
        match lang_tag::name_of(&path) {
            Ok(name) => {
                if name.loose
                    && !filter.trusted.contains(&canonical())
                    && loose_but_not_resume(&path, &file_display)
                {
                    continue;
                }
                scan.sources.push((
                    SourceRef {
                        path,
                        display: file_display,
                        lang: name.lang,
                    },
                    name.prefix.to_lowercase(),
                ));
            }
            Err(NameError::Extension) => {}
            Err(NameError::NoTag) => {
                scan.unnamed.extend(unnamed_resume(&path, &file_display));
            }
        }
    }
    Ok(scan)
}

/// What a folder yields.
#[derive(Default)]
pub struct Yield {
    pub profiles: Vec<ProfileRef>,
    pub errors: Vec<LoadError>,
    pub findings: Vec<Finding>,
}

impl Yield {
    pub fn is_empty(&self) -> bool {
        self.profiles.is_empty() && self.errors.is_empty() && self.findings.is_empty()
    }
}

/// The profiles of a scanned folder. With `only`, just those holding one
/// of the named files (the hook's changed files), and no word on the
/// folder's unnamed files, which the change did not touch.
pub fn profiles(dir: &Path, display: &str, scan: Scan, only: Option<&HashSet<OsString>>) -> Yield {
    let mut out = Yield::default();
    let Scan { sources, unnamed } = scan;
    let repeated = sources
        .iter()
        .enumerate()
        .any(|(i, (a, _))| sources[i + 1..].iter().any(|(b, _)| a.lang.id == b.lang.id));
    // One profile unless a language occurs twice: then one per prefix.
    let mut groups: BTreeMap<String, Vec<SourceRef>> = BTreeMap::new();
    for (source, prefix) in sources {
        let key = if repeated { prefix } else { String::new() };
        groups.entry(key).or_default().push(source);
    }
    let several = groups.len() > 1;
    for (prefix, sources) in groups {
        let named =
            |s: &SourceRef| only.is_none_or(|o| s.path.file_name().is_some_and(|n| o.contains(n)));
        if !sources.iter().any(named) {
            continue;
        }
        let display = if several && !prefix.is_empty() {
            join_display(display, &prefix)
        } else {
            display.to_string()
        };
        match profile(dir, display, sources, &unnamed) {
            Ok(p) => out.profiles.push(p),
            Err(e) => out.errors.push(e),
        }
    }
    if only.is_none() {
        out.findings.extend(
            unnamed
                .iter()
                .map(|(file, key)| untagged_source::finding(display, file, *key)),
        );
    }
    out
}

/// A profile's sources, checked to make a pair.
#[allow(clippy::result_large_err)]
fn profile(
    dir: &Path,
    display: String,
    mut sources: Vec<SourceRef>,
    unnamed: &[(Arc<SourceFile>, Span)],
) -> Result<ProfileRef, LoadError> {
    sources.sort_by(|a, b| a.display.cmp(&b.display));
    for (i, a) in sources.iter().enumerate() {
        if let Some(b) = sources[i + 1..].iter().find(|b| b.lang.id == a.lang.id) {
            return Err(LoadError::at_path(
                b.display.clone(),
                Msg::new("error-two-sources-one-language")
                    .arg("lang", a.lang.tag.clone())
                    .arg("other", a.display.clone()),
            ));
        }
    }
    if let [only] = sources.as_slice() {
        // A résumé beside it whose name says no language is most likely
        // the partner: say so, by name.
        let help = match unnamed.first() {
            Some((file, _)) => Msg::new("help-partner-unnamed").arg("path", file.display.clone()),
            None => Msg::new("help-partner-missing"),
        };
        return Err(LoadError::at_path(
            only.display.clone(),
            Msg::new("error-partner-missing").arg("lang", only.lang.tag.clone()),
        )
        .with_help(help));
    }
    Ok(ProfileRef {
        dir: dir.to_path_buf(),
        display,
        sources,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(names: &[&str]) -> Scan {
        let sources = names
            .iter()
            .map(|n| {
                let name = lang_tag::name_of(Path::new(n)).unwrap();
                let source = SourceRef {
                    path: PathBuf::from("p").join(n),
                    display: format!("p/{n}"),
                    lang: name.lang,
                };
                (source, name.prefix.to_lowercase())
            })
            .collect();
        Scan {
            sources,
            unnamed: Vec::new(),
        }
    }

    fn shown(names: &[&str], only: Option<&[&str]>) -> (Vec<String>, Vec<String>) {
        let only: Option<HashSet<OsString>> = only.map(|o| o.iter().map(OsString::from).collect());
        let out = profiles(Path::new("p"), "p", scan(names), only.as_ref());
        (
            out.profiles.iter().map(|p| p.display.clone()).collect(),
            out.errors.iter().map(|e| e.path.clone()).collect(),
        )
    }

    #[test]
    fn one_profile_unless_a_language_repeats() {
        let (profiles, errors) = shown(&["resume-en.yaml", "cv_zh.yaml"], None);
        assert_eq!((profiles, errors), (vec!["p".to_string()], vec![]));
    }

    #[test]
    fn several_profiles_by_prefix() {
        let names = [
            "ada-en.yaml",
            "ada-zh.yaml",
            "kai-en.yaml",
            "kai-cn.yaml",
            "cover-en.yaml",
        ];
        let (profiles, errors) = shown(&names, None);
        assert_eq!(profiles, vec!["p/ada", "p/kai"]);
        assert_eq!(errors, vec!["p/cover-en.yaml"]);
        // A changed file stands for its own profile only.
        let (profiles, errors) = shown(&names, Some(&["kai-cn.yaml"]));
        assert_eq!((profiles, errors), (vec!["p/kai".to_string()], vec![]));
    }

    #[test]
    fn an_alias_and_its_tag_are_one_language() {
        let (profiles, errors) = shown(&["en.yaml", "cn.yaml", "zh-CN.yaml"], None);
        assert!(profiles.is_empty());
        assert_eq!(errors, vec!["p/zh-CN.yaml"]);
    }
}
