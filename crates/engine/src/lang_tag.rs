//! The language of a source file, read from its name.
//!
//! `en.yaml`, `zh-Hans.yml`, `cv.zh-CN.json`, and the names people
//! actually give their files: `resume-en.yaml`, `resume_cn.yaml`,
//! `cv-zh-TW.json`, `english.yaml`, `中文简历.yaml`. The tag is the end of
//! the stem after a `.`, `-`, `_` or space (or a Chinese word at either end
//! of it), parsed as BCP 47 or read as a common alias (`cn`, `chs`, `tw`,
//! `eng`, `chinese`, `中文` …). What comes before it is the prefix, which
//! tells several profiles in one folder apart (`resume-en`, `cover-en`).
//!
//! The primary language subtag must be a real language: an ISO 639-1 code,
//! or one of the few three-letter codes people write résumés in. BCP 47's
//! syntax alone would make `resume.yaml` a language, and
//! `pre-commit-config.yaml` the language `pre` with two variants; a hook
//! handed a repository's helper files would then cry wolf about every one.

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

/// A source's file name, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceName {
    pub lang: Lang,
    /// The stem before the tag (`resume` for `resume-en.yaml`, empty for
    /// `en.yaml`), which groups a folder's sources into profiles.
    pub prefix: String,
    /// Whether the name could be something else's: a tag after `-`, `_`
    /// or a space with a prefix before it (`app-es.json` may be a
    /// translation file). Such a file is only a source if it could be a
    /// résumé; `en.yaml` and `resume.en.yaml` say so by their name alone.
    pub loose: bool,
}

pub fn from_path(path: &Path) -> Result<Lang, NameError> {
    name_of(path).map(|n| n.lang)
}

/// The stem of a file with a source's extension.
pub fn stem_of(path: &Path) -> Result<&str, NameError> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or(NameError::NoTag)?;
    let (stem, ext) = name.rsplit_once('.').ok_or(NameError::Extension)?;
    if !EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()) {
        return Err(NameError::Extension);
    }
    Ok(stem)
}

pub fn name_of(path: &Path) -> Result<SourceName, NameError> {
    read_stem(stem_of(path)?).ok_or(NameError::NoTag)
}

/// Separators between a stem's prefix and its tag, and within the tag.
const SEPARATORS: [char; 4] = ['.', '-', '_', ' '];

/// Names people give a language instead of its tag, and the tag meant.
/// `tw` is also Twi's ISO 639-1 code; in a résumé's file name it is Taiwan.
const ALIASES: &[(&str, &str)] = &[
    ("cn", "zh-CN"),
    ("chs", "zh-Hans"),
    ("cht", "zh-Hant"),
    ("tw", "zh-TW"),
    ("hk", "zh-HK"),
    ("chinese", "zh"),
    ("eng", "en"),
    ("english", "en"),
    ("中文", "zh"),
    ("简体", "zh-Hans"),
    ("简体中文", "zh-Hans"),
    ("繁体", "zh-Hant"),
    ("繁體", "zh-Hant"),
    ("繁体中文", "zh-Hant"),
    ("繁體中文", "zh-Hant"),
    ("英文", "en"),
    ("英语", "en"),
];

fn alias(token: &str) -> Option<&'static str> {
    ALIASES
        .iter()
        .find(|(a, _)| a.eq_ignore_ascii_case(token))
        .map(|(_, tag)| *tag)
}

/// The language and prefix of a stem. The tag is the longest run of
/// tokens at the end that reads as one: `cv-zh-TW` is `cv` and `zh-TW`.
fn read_stem(stem: &str) -> Option<SourceName> {
    // Token starts: the stem's start and each position after a separator.
    let starts = std::iter::once(0).chain(
        stem.char_indices()
            .filter(|(_, c)| SEPARATORS.contains(c))
            .map(|(i, c)| i + c.len_utf8()),
    );
    for start in starts {
        let tag = &stem[start..];
        if let Some(lang) = parse_name(tag) {
            let before = &stem[..start];
            let prefix = before.trim_end_matches(SEPARATORS);
            let loose = !prefix.is_empty() && !before.ends_with('.');
            return Some(SourceName {
                lang,
                prefix: prefix.to_string(),
                loose,
            });
        }
    }
    cjk_word(stem)
}

/// A Chinese word for the language glued to either end of the stem, as in
/// `中文简历` or `简历英文`: Chinese writes no separator between words.
fn cjk_word(stem: &str) -> Option<SourceName> {
    let cjk = ALIASES.iter().filter(|(a, _)| !a.is_ascii());
    // Longest first, so `简体中文简历` is `简体中文`, not `简体`.
    let mut best: Option<(&str, &str, &str)> = None;
    for (word, tag) in cjk {
        let rest = stem.strip_prefix(word).or_else(|| stem.strip_suffix(word));
        if let Some(rest) = rest {
            if best.is_none_or(|(w, _, _)| word.len() > w.len()) {
                best = Some((word, tag, rest));
            }
        }
    }
    let (word, tag, rest) = best?;
    let mut lang = parse_tag(tag)?;
    lang.tag = word.to_string();
    Some(SourceName {
        lang,
        prefix: rest.trim_matches(SEPARATORS).to_string(),
        loose: true,
    })
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

/// Two-letter codes that are, in a file name, far more often a word:
/// `cv.yaml` is a CV, not Chuvash; `my-resume.yaml` is no Burmese résumé.
const WORDS_NOT_LANGUAGES: &[&str] = &["cv", "my"];

fn is_language(primary: &str) -> bool {
    let lower = primary.to_ascii_lowercase();
    if WORDS_NOT_LANGUAGES.contains(&lower.as_str()) {
        return false;
    }
    match lower.len() {
        2 => ISO_639_1.split_whitespace().any(|c| c == lower),
        3 => ISO_639_3.contains(&lower.as_str()),
        _ => false,
    }
}

/// A language as people name it: a tag, or an alias (`cn`, `english`),
/// kept as written for messages.
pub fn parse_name(name: &str) -> Option<Lang> {
    let Some(meant) = alias(name) else {
        return parse_tag(name);
    };
    Some(Lang {
        tag: name.to_string(),
        id: meant.parse().ok()?,
    })
}

/// A BCP 47 language tag (no aliases: a glossary's keys are tags).
pub fn parse_tag(tag: &str) -> Option<Lang> {
    let id: LanguageIdentifier = bcp47(tag)?.parse().ok()?;
    Some(Lang {
        tag: tag.to_string(),
        id,
    })
}

/// A BCP 47 tag whose subtags (separated by `-`, `_` or `.`) are a real
/// language, then scripts, regions and variants, joined with `-`.
///
/// A lowercase two-letter subtag that is also a language code is read as
/// a language, not a region, unless it is an alias of the same language:
/// `cv-en` is a CV in English, not Chuvash as spoken in a region "EN", and
/// `cv-cn` Chinese, while `zh-tw` and `zh_cn` stay one tag. Write such a
/// region in capitals (`pt-BR`) to have it read as one.
fn bcp47(tag: &str) -> Option<String> {
    let mut parts = tag.split(SEPARATORS);
    let primary = parts.next()?;
    if !is_language(primary) {
        return None;
    }
    let primary = primary.to_ascii_lowercase();
    let mut out = primary.clone();
    for sub in parts {
        let is_lower_pair = sub.len() == 2 && sub.bytes().all(|b| b.is_ascii_lowercase());
        if is_lower_pair {
            let same_language = alias(sub).is_some_and(|a| a.starts_with(primary.as_str()));
            if (is_language(sub) || alias(sub).is_some()) && !same_language {
                return None;
            }
        }
        out.push('-');
        out.push_str(sub);
    }
    // Syntax (subtag lengths and kinds) is unic-langid's to judge.
    out.parse::<LanguageIdentifier>().ok()?;
    Some(out)
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
            "cv.yaml",
            "CV.yaml",
            "my-resume.yaml",
        ] {
            assert_eq!(tag(name), Err(NameError::NoTag), "{name}");
        }
        assert_eq!(tag("cv.yue-HK.yaml"), Ok("yue-HK".into()));
        assert_eq!(tag("en.toml"), Err(NameError::Extension));
        assert_eq!(tag("README"), Err(NameError::Extension));
    }

    fn read(name: &str) -> Option<(String, String, bool)> {
        name_of(Path::new(name))
            .ok()
            .map(|n| (n.prefix, n.lang.id.to_string(), n.loose))
    }

    #[test]
    fn names_people_use() {
        let cases = [
            ("resume-en.yaml", "resume", "en", true),
            ("resume-cn.yaml", "resume", "zh-CN", true),
            ("resume_en.yaml", "resume", "en", true),
            ("resume_zh.yaml", "resume", "zh", true),
            ("resume.en.yaml", "resume", "en", false),
            ("cv-zh-TW.json", "cv", "zh-TW", true),
            ("cv-en.yaml", "cv", "en", true),
            ("cv-cn.yaml", "cv", "zh-CN", true),
            ("cv-hk.yaml", "cv", "zh-HK", true),
            ("my-cv.zh-CN.json", "my-cv", "zh-CN", false),
            ("cn.yaml", "", "zh-CN", false),
            ("zh_CN.yaml", "", "zh-CN", false),
            ("zh_cn.yaml", "", "zh-CN", false),
            ("zh-tw.yaml", "", "zh-TW", false),
            ("chs.yaml", "", "zh-Hans", false),
            ("cht.yaml", "", "zh-Hant", false),
            ("tw.yaml", "", "zh-TW", false),
            ("hk.yml", "", "zh-HK", false),
            ("eng.yaml", "", "en", false),
            ("English.yaml", "", "en", false),
            ("chinese.json", "", "zh", false),
            ("中文.yaml", "", "zh", false),
            ("英文.yaml", "", "en", false),
            ("简历-中文.yaml", "简历", "zh", true),
            ("中文简历.yaml", "简历", "zh", true),
            ("简历英文.yaml", "简历", "en", true),
            ("cover-en-GB.yaml", "cover", "en-GB", true),
            ("en-us.yaml", "", "en-US", false),
        ];
        for (name, prefix, lang, loose) in cases {
            assert_eq!(
                read(name),
                Some((prefix.to_string(), lang.to_string(), loose)),
                "{name}"
            );
        }
        // The tag is kept as written, for messages.
        assert_eq!(tag("resume-cn.yaml"), Ok("cn".into()));
    }

    #[test]
    fn helper_files_stay_unnamed() {
        for name in [
            ".pre-commit-config.yaml",
            "package-lock.json",
            "tsconfig.json",
            "docker-compose.override.yml",
            "release-please-config.json",
            "values-prod.yaml",
            "resume.yaml",
            "简历.yaml",
        ] {
            assert_eq!(read(name), None, "{name}");
        }
    }

    #[test]
    fn chinese_variants_are_one_language() {
        for t in ["zh", "zh-CN", "zh-Hans", "zh-TW"] {
            assert!(parse_tag(t).unwrap().is_chinese());
        }
        for t in ["cn", "cht", "中文", "zh_cn"] {
            assert!(parse_name(t).unwrap().is_chinese());
        }
        // A glossary's keys are tags, not names.
        assert!(parse_tag("chinese").is_none());
        assert!(!parse_tag("en-GB").unwrap().is_chinese());
    }
}
