//! The profiles `cvpair.yaml` names file by file (`profiles:`), for
//! sources whose names say no language.
//!
//! Their files are the configuration's: the folder walk passes them over
//! (no second profile, no warning that their names say no language), and
//! a run checks such a profile when one of its files lies under a path it
//! was given, or is one (the hook's changed file), or when it was given
//! no path at all.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::{ProfileRef, SourceRef, display_of};
use crate::config::{self, Config};

pub struct Pairs<'c> {
    config: &'c Config,
    /// Every named file, canonical.
    claimed: HashSet<PathBuf>,
}

fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

impl<'c> Pairs<'c> {
    pub fn new(config: &'c Config) -> Self {
        let claimed = config
            .profiles
            .iter()
            .flat_map(|p| p.sources.iter().map(|(_, _, path)| canonical(path)))
            .collect();
        Pairs { config, claimed }
    }

    pub fn claimed(&self) -> &HashSet<PathBuf> {
        &self.claimed
    }

    pub fn claims(&self, path: &Path) -> bool {
        !self.claimed.is_empty() && self.claimed.contains(&canonical(path))
    }

    /// The named profiles a run over `paths` checks, each with the index
    /// of the path that led to it (`None` when no path was given).
    pub fn wanted(&self, paths: &[PathBuf], given: bool) -> Vec<(Option<usize>, ProfileRef)> {
        let roots: Vec<PathBuf> = paths.iter().map(|p| canonical(p)).collect();
        let mut out = Vec::new();
        for named in &self.config.profiles {
            let files: Vec<PathBuf> = named.sources.iter().map(|(_, _, p)| canonical(p)).collect();
            if files.iter().any(|f| self.config.excluded(f)) {
                continue;
            }
            let arg = roots
                .iter()
                .position(|r| files.iter().any(|f| f.starts_with(r)));
            if given && arg.is_none() {
                continue;
            }
            out.push((arg, profile(&named.sources)));
        }
        out
    }
}

/// The profile, shown as the folder of its first file.
fn profile(sources: &[(crate::lang_tag::Lang, String, PathBuf)]) -> ProfileRef {
    let sources: Vec<SourceRef> = sources
        .iter()
        .map(|(lang, _, path)| SourceRef {
            path: path.clone(),
            display: display_of(Path::new(&config::display(path))),
            lang: lang.clone(),
        })
        .collect();
    let first = &sources[0];
    let dir = first
        .path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let display = Path::new(&first.display)
        .parent()
        .map(|p| p.to_string_lossy().into_owned())
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| ".".to_string());
    ProfileRef {
        dir,
        display,
        sources,
    }
}
