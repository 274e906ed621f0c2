//! The language of a source file, read from its name.
//!
//! `en.yaml`, `zh-Hans.yml`, `cv.zh-CN.json`: the tag is the last
//! dot-separated part before the extension, parsed as BCP 47. The primary
//! language subtag must be a real language: an ISO 639-1 code, or one of
//! the few three-letter codes people write résumés in. BCP 47's syntax
//! alone would make `resume.yaml` a language, and `pre-commit-config.yaml`
//! the language `pre` with two variants; a hook handed a repository's
//! helper files would then cry wolf about every one.

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
    /// "und" (BCP 47's undetermined): the language of a helper file, such
    /// as a glossary or a configuration, which has none of its own.
    pub fn undetermined() -> Lang {
        Lang {
            tag: "und".into(),
            id: LanguageIdentifier::default(),
        }
    }

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

/// ISO 639-1, every two-letter language code.
const ISO_639_1: &str = "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce \
    ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv \
    ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr \
    ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn \
    no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so \
    sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh \
    yi yo za zh zu";

/// Three-letter codes with no two-letter form that résumés are written in:
/// Cantonese, Mandarin, Min Nan, Hakka, Wu, Filipino and a few more.
const ISO_639_3: &[&str] = &[
    "yue", "cmn", "nan", "hak", "wuu", "fil", "haw", "ast", "ckb", "gsw", "sco",
];

fn is_language(primary: &str) -> bool {
    let lower = primary.to_ascii_lowercase();
    match lower.len() {
        2 => ISO_639_1.split_whitespace().any(|c| c == lower),
        3 => ISO_639_3.contains(&lower.as_str()),
        _ => false,
    }
}

pub fn parse_tag(tag: &str) -> Option<Lang> {
    let primary = tag.split(['-', '_']).next().unwrap_or("");
    if !is_language(primary) {
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
        // Helper files of a repository, which a hook is handed too.
        for name in [
            "pre-commit-config.yaml",
            ".pre-commit-hooks.yaml",
            "docker-compose.yml",
            "app.yml",
            "ci.yml",
            "cvpair.yaml",
        ] {
            assert_eq!(tag(name), Err(NameError::NoTag), "{name}");
        }
        assert_eq!(tag("cv.yue-HK.yaml"), Ok("yue-HK".into()));
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
