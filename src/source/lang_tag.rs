//! The language of a source file, read from its name.
//!
//! `en.yaml`, `zh-Hans.yml`, `cv.zh-CN.json`: the tag is the last
//! dot-separated part before the extension, parsed as BCP 47. The primary
//! language subtag must have two or three letters (ISO 639): BCP 47 also
//! allows five to eight, which would make `resume.yaml` or `glossary.yaml`
//! "languages" and turn every helper file into a profile source.

use std::path::Path;

use unic_langid::LanguageIdentifier;

/// Extensions read as profile sources.
pub const EXTENSIONS: &[&str] = &["yaml", "yml", "json"];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lang {
    /// The tag as the file name writes it, shown in messages (`zh-CN`).
    pub tag: String,
    pub id: LanguageIdentifier,
}

impl Lang {
    /// The primary language (`zh` for `zh-Hant-TW`), which decides whether
    /// two files are two languages or two spellings of one.
    pub fn language(&self) -> &str {
        self.id.language.as_str()
    }

    pub fn is_chinese(&self) -> bool {
        self.language() == "zh"
    }
}

/// Why a file name does not name a profile source.
#[derive(Debug, PartialEq, Eq)]
pub enum NameError {
    Extension,
    NoTag,
}

pub fn from_path(path: &Path) -> Result<Lang, NameError> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or(NameError::NoTag)?;
    let (stem, ext) = name.rsplit_once('.').ok_or(NameError::Extension)?;
    if !EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()) {
        return Err(NameError::Extension);
    }
    let tag = stem.rsplit('.').next().unwrap_or(stem);
    parse_tag(tag).ok_or(NameError::NoTag)
}

pub fn parse_tag(tag: &str) -> Option<Lang> {
    let primary = tag.split(['-', '_']).next().unwrap_or("");
    if !(2..=3).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let id: LanguageIdentifier = tag.parse().ok()?;
    Some(Lang {
        tag: tag.to_string(),
        id,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(name: &str) -> Result<String, NameError> {
        from_path(Path::new(name)).map(|l| l.tag)
    }

    #[test]
    fn tags_from_file_names() {
        assert_eq!(tag("en.yaml"), Ok("en".into()));
        assert_eq!(tag("zh-Hans.yml"), Ok("zh-Hans".into()));
        assert_eq!(tag("cv.zh-CN.json"), Ok("zh-CN".into()));
        assert_eq!(tag("resume.zh.json"), Ok("zh".into()));
        assert_eq!(tag("en-GB.YAML"), Ok("en-GB".into()));
        assert_eq!(tag("zh-TW.yaml"), Ok("zh-TW".into()));
    }

    #[test]
    fn names_without_a_tag() {
        assert_eq!(tag("glossary.yaml"), Err(NameError::NoTag));
        assert_eq!(tag("resume.yaml"), Err(NameError::NoTag));
        assert_eq!(tag("cv.zh-XXXXXXXXX.yaml"), Err(NameError::NoTag));
        assert_eq!(tag("en.toml"), Err(NameError::Extension));
        assert_eq!(tag("README"), Err(NameError::Extension));
    }

    #[test]
    fn chinese_variants_are_one_language() {
        for t in ["zh", "zh-CN", "zh-Hans", "zh-TW"] {
            assert!(parse_tag(t).unwrap().is_chinese());
        }
        assert!(!parse_tag("en-GB").unwrap().is_chinese());
    }
}
