//! The user's glossary: pairs of terms the user declares equivalent across
//! languages (organisations, titles, project names). It settles what the
//! built-in term base and gazetteer cannot know, and it wins over them.
//!
//! ```yaml
//! # glossary.yaml, beside the profile's sources
//! terms:
//!   - en: Orange Mobility
//!     zh: 小橘出行
//!   - en: [Growth Hacker, Growth Engineer]   # alternatives
//!     zh: 增长黑客
//! ```

use std::path::Path;

use crate::file::SourceFile;
use crate::lang_tag;
use crate::message::Msg;
use crate::source::LoadError;
use crate::source::read::yaml::parse;
use crate::terms::titles::normalise;
use crate::tree::{Kind, Node};

/// File names looked for in a profile folder.
pub const FILE_NAMES: &[&str] = &["glossary.yaml", "glossary.yml"];

#[derive(Clone, Debug, Default)]
pub struct Glossary {
    /// Each entry: per primary language (`en`, `zh`), its normalised forms.
    pub entries: Vec<Vec<(String, Vec<String>)>>,
}

impl Glossary {
    /// The entry's forms in a language.
    fn forms<'a>(entry: &'a [(String, Vec<String>)], language: &str) -> &'a [String] {
        entry
            .iter()
            .find(|(l, _)| l == language)
            .map_or(&[], |(_, f)| f.as_slice())
    }

    /// Indices of the entries with a form in `language` that `text` contains.
    pub fn matches(&self, language: &str, text: &str) -> Vec<usize> {
        let norm = normalise(text);
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                Self::forms(e, language)
                    .iter()
                    .any(|f| norm.contains(f.as_str()))
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// The forms of the entries both texts contain, per side, so a title
    /// reader can consume them: the glossary's word is final.
    pub fn shared_forms(
        &self,
        lang_a: &str,
        a: &str,
        lang_b: &str,
        b: &str,
    ) -> (Vec<&str>, Vec<&str>) {
        let (ma, mb) = (self.matches(lang_a, a), self.matches(lang_b, b));
        let mut fa = Vec::new();
        let mut fb = Vec::new();
        for i in ma.iter().filter(|i| mb.contains(i)) {
            fa.extend(
                Self::forms(&self.entries[*i], lang_a)
                    .iter()
                    .map(|s| s.trim()),
            );
            fb.extend(
                Self::forms(&self.entries[*i], lang_b)
                    .iter()
                    .map(|s| s.trim()),
            );
        }
        (fa, fb)
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Loads `glossary.yaml` from a profile folder, if there is one.
pub fn load_from_dir(dir: &Path, dir_display: &str) -> Result<Glossary, Vec<LoadError>> {
    for name in FILE_NAMES {
        let path = dir.join(name);
        if path.is_file() {
            let display = if dir_display == "." {
                name.to_string()
            } else {
                format!("{dir_display}/{name}")
            };
            return load(&path, &display);
        }
    }
    Ok(Glossary::default())
}

pub fn load(path: &Path, display: &str) -> Result<Glossary, Vec<LoadError>> {
    let text = crate::source::read_text(path, display).map_err(|e| vec![e])?;
    from_text(text, path, display)
}

/// [`load`] for a text already read (`path` is only named).
pub fn from_text(text: String, path: &Path, display: &str) -> Result<Glossary, Vec<LoadError>> {
    let file = SourceFile::helper(path, display, text);
    let error = |span, msg: Msg| {
        LoadError::located(&file, span, msg, Some(Msg::new("help-glossary-format")))
    };
    let root = match parse(&file.text) {
        Ok(Some(root)) => root,
        Ok(None) => return Ok(Glossary::default()),
        Err(e) => return Err(vec![error(e.span, e.msg)]),
    };
    let mut errors = Vec::new();
    let mut glossary = Glossary::default();
    let Kind::Map(top) = &root.kind else {
        return Err(vec![error(root.span, Msg::new("error-glossary-shape"))]);
    };
    for (key, value) in top {
        match key.as_str() {
            Some("terms") => {}
            Some(k) if k.starts_with("x-") => continue,
            Some(k) => {
                errors.push(error(
                    key.span,
                    Msg::new("error-unknown-key").arg("key", k.to_string()),
                ));
                continue;
            }
            None => continue,
        }
        let Kind::Seq(items) = &value.kind else {
            errors.push(error(value.span, Msg::new("error-glossary-shape")));
            continue;
        };
        for item in items {
            match entry(item) {
                Ok(e) => glossary.entries.push(e),
                Err((span, msg)) => errors.push(error(span, msg)),
            }
        }
    }
    if errors.is_empty() {
        Ok(glossary)
    } else {
        Err(errors)
    }
}

type Entry = Vec<(String, Vec<String>)>;

fn entry(item: &Node) -> Result<Entry, (crate::model::Span, Msg)> {
    let Kind::Map(pairs) = &item.kind else {
        return Err((item.span, Msg::new("error-glossary-shape")));
    };
    let mut out = Vec::new();
    for (k, v) in pairs {
        let key = k.as_str().unwrap_or_default();
        let Some(lang) = lang_tag::parse_tag(key) else {
            return Err((
                k.span,
                Msg::new("error-glossary-language").arg("key", key.to_string()),
            ));
        };
        let forms: Vec<String> = match &v.kind {
            Kind::Scalar(s) => vec![normalise(s)],
            Kind::Seq(items) => items
                .iter()
                .map(|i| {
                    i.as_str()
                        .map(normalise)
                        .ok_or((i.span, Msg::new("error-glossary-shape")))
                })
                .collect::<Result<_, _>>()?,
            _ => return Err((v.span, Msg::new("error-glossary-shape"))),
        };
        // Matching is on normalised text, with Han forms unpadded so they
        // match inside longer words, as the term base does.
        let forms = forms
            .into_iter()
            .map(|f| {
                if f.chars().any(crate::terms::pinyin::is_han) {
                    f.trim().to_string()
                } else {
                    f
                }
            })
            .filter(|f| !f.trim().is_empty())
            .collect();
        out.push((lang.language().to_string(), forms));
    }
    if out.len() < 2 {
        return Err((item.span, Msg::new("error-glossary-pair")));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glossary(text: &str) -> Result<Glossary, Vec<String>> {
        let dir = std::env::temp_dir().join(format!(
            "cvpair-glossary-{}-{}",
            std::process::id(),
            text.len()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("glossary.yaml");
        std::fs::write(&path, text).unwrap();
        let r = load(&path, "glossary.yaml")
            .map_err(|es| es.into_iter().map(|e| e.msg.id.to_string()).collect());
        let _ = std::fs::remove_dir_all(&dir);
        r
    }

    #[test]
    fn pairs_match_inside_longer_text() {
        let g = glossary("terms:\n  - en: Orange Mobility\n    zh: 小橘出行\n  - en: [Growth Hacker, Growth Engineer]\n    zh: 增长黑客\n").unwrap();
        assert_eq!(g.matches("en", "Hangzhou Orange Mobility Ltd."), vec![0]);
        assert_eq!(g.matches("zh", "杭州小橘出行科技有限公司"), vec![0]);
        assert_eq!(g.matches("en", "Senior Growth Engineer"), vec![1]);
        let (a, b) = g.shared_forms("en", "Growth Hacker", "zh", "高级增长黑客");
        assert_eq!((a.len(), b.len()), (2, 1));
    }

    #[test]
    fn malformed_glossaries_are_errors() {
        assert_eq!(
            glossary("terms:\n  - en: A\n").unwrap_err(),
            vec!["error-glossary-pair"]
        );
        assert_eq!(
            glossary("terms:\n  - english: A\n    zh: 乙\n").unwrap_err(),
            vec!["error-glossary-language"]
        );
        assert_eq!(
            glossary("term: []\n").unwrap_err(),
            vec!["error-unknown-key"]
        );
        assert_eq!(
            glossary("terms: [1, 2\n").unwrap_err(),
            vec!["error-syntax"]
        );
        assert!(glossary("# nothing yet\n").unwrap().is_empty());
    }
}
