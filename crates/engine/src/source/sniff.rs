//! Whether a YAML or JSON file is a résumé, judged by its content.
//!
//! A file name can only say so much: `resume.yaml` says no language, and
//! `app-es.json` names a language but may hold a web page's strings. The
//! rule: a file whose top level is a map with a `basics`, `work` or
//! `education` key is a résumé (JSON Resume's sections nearly every résumé
//! has, and no configuration file does), holding what JSON Resume puts
//! there (`basics` a map, `work` and `education` lists: a translation
//! file may well have a `work` key, holding a word); a map without them,
//! a list or a bare value is something else. A file that cannot be
//! read or parsed, or holds nothing, cannot be judged.

use std::path::Path;
use std::sync::Arc;

use crate::file::SourceFile;
use crate::tree::{Kind, Span};

/// Top-level keys that make a file a résumé, and whether each holds a
/// list (else a map).
const RESUME_KEYS: &[(&str, bool)] = &[("basics", false), ("work", true), ("education", true)];

pub enum Sniff {
    /// The file and the first résumé key, to point a message at.
    Resume {
        file: Arc<SourceFile>,
        key: Span,
    },
    NotResume,
    /// Unreadable, not YAML, or empty: loading it will say what is wrong.
    Unknown,
}

pub fn sniff(path: &Path, display: &str) -> Sniff {
    match super::read_text(path, display) {
        Ok(text) => judge(path, display, text),
        Err(_) => Sniff::Unknown,
    }
}

fn judge(path: &Path, display: &str, text: String) -> Sniff {
    let root = match super::read::parse(super::read::Format::of(path), &text) {
        Ok(Some(root)) => root,
        _ => return Sniff::Unknown,
    };
    let Kind::Map(pairs) = &root.kind else {
        return Sniff::NotResume;
    };
    let key = pairs
        .iter()
        .find(|(k, v)| {
            RESUME_KEYS.iter().any(|(name, list)| {
                k.as_str() == Some(name)
                    && matches!(
                        (&v.kind, list),
                        (Kind::Seq(_), true) | (Kind::Map(_), false)
                    )
            })
        })
        .map(|(k, _)| k);
    match key {
        Some(k) => Sniff::Resume {
            key: k.span,
            file: SourceFile::helper(path, display, text),
        },
        None => Sniff::NotResume,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> &'static str {
        match judge(Path::new("x.yaml"), "x.yaml", text.to_string()) {
            Sniff::Resume { .. } => "resume",
            Sniff::NotResume => "not",
            Sniff::Unknown => "unknown",
        }
    }

    #[test]
    fn resumes_by_their_sections() {
        assert_eq!(kind("basics:\n  name: A\n"), "resume");
        assert_eq!(kind("{\"work\": []}"), "resume");
        assert_eq!(kind("education: []\n"), "resume");
        assert_eq!(kind("repos:\n  - repo: local\n"), "not");
        // A translation file of a résumé site.
        assert_eq!(
            kind("{\"work\": \"Trabajo\", \"basics\": \"Datos\"}"),
            "not"
        );
        assert_eq!(kind("{\"name\": \"app\", \"version\": \"1.0.0\"}"), "not");
        assert_eq!(kind("- a\n- b\n"), "not");
        assert_eq!(kind(""), "unknown");
        assert_eq!(kind("a: [1,\n"), "unknown");
    }
}
