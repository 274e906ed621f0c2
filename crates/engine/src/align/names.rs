//! What an entry's name says about which organisation (or project, award)
//! it is, in a form two languages can be compared in.
//!
//! Computed once per entry, so scoring a pair is a few small set lookups:
//! the pairwise part of alignment stays cheap even for long sections.

use std::collections::BTreeSet;

use crate::source::limits::MAX_NAME_CHARS;
use crate::terms::org_words::{self, HAN_LEGAL};
use crate::terms::pinyin::{HanRun, is_han};
use crate::terms::places;

#[derive(Clone, Debug, Default)]
pub struct NameFeatures {
    /// Distinctive Latin words, lower-case, as written otherwise.
    pub latin: Vec<LatinWord>,
    /// Acronyms as written (`OPPO`, `PolyU`, `HKUST`), lower-case.
    pub acronyms: Vec<String>,
    /// Initials of the Latin words that are not joiners, for acronyms.
    pub initials: String,
    /// Generic words under their shared English form.
    pub generic: BTreeSet<&'static str>,
    /// Distinctive runs of Chinese characters.
    pub han: Vec<HanRun>,
}

#[derive(Clone, Debug)]
pub struct LatinWord {
    pub lower: String,
    pub written: String,
    /// Letters only, so it may be pinyin.
    pub alpha: bool,
}

impl NameFeatures {
    /// The features of the first [`MAX_NAME_CHARS`] characters of `text`.
    /// O(n · g + w² + r²) for n characters, g generic words and w Latin
    /// words and r Chinese runs (each kept once): the bound keeps the
    /// squares small whatever was pasted into a name.
    pub fn new(text: &str) -> Self {
        let text = text
            .char_indices()
            .nth(MAX_NAME_CHARS)
            .map_or(text, |(end, _)| &text[..end]);
        let mut f = NameFeatures::default();
        let mut latin_all: Vec<LatinWord> = Vec::new();
        for segment in segments(text) {
            match segment {
                Segment::Han(run) => f.add_han(run),
                Segment::Latin(word) => latin_all.push(LatinWord {
                    lower: word.to_lowercase(),
                    written: word.to_string(),
                    alpha: word.bytes().all(|b| b.is_ascii_alphabetic()),
                }),
            }
        }
        let content: Vec<&LatinWord> = latin_all
            .iter()
            .filter(|w| !org_words::is_latin_stop(&w.lower))
            .collect();
        f.initials = content
            .iter()
            .filter_map(|w| w.lower.chars().next())
            .collect();
        // A place is dropped only when something distinctive remains:
        // "Beijing Sankuai" is Sankuai, but "Zhejiang University" is Zhejiang.
        let distinctive = |w: &&&LatinWord| org_words::latin_generic(&w.lower).is_none();
        let has_non_place = content
            .iter()
            .filter(distinctive)
            .any(|w| !org_words::is_place(&w.lower));
        for w in &content {
            if let Some(g) = org_words::latin_generic(&w.lower) {
                f.generic.insert(g);
            } else if !(has_non_place && org_words::is_place(&w.lower)) {
                if is_acronym(&w.written) {
                    f.acronyms.push(w.lower.clone());
                }
                if !f.latin.iter().any(|x| x.lower == w.lower) {
                    f.latin.push((*w).clone());
                }
            }
        }
        f
    }

    /// Strips legal forms, a place prefix (when more follows) and generic
    /// words, keeping what is left as distinctive runs.
    fn add_han(&mut self, run: &str) {
        let mut run = run;
        while let Some(rest) = HAN_LEGAL.iter().find_map(|s| run.strip_suffix(s)) {
            run = rest;
        }
        let mut parts: Vec<String> = Vec::new();
        let mut current = String::new();
        let mut rest = run;
        while !rest.is_empty() {
            if let Some((word, g)) = org_words::generic_prefix(rest) {
                self.generic.insert(g);
                rest = &rest[word.len()..];
                if !current.is_empty() {
                    parts.push(std::mem::take(&mut current));
                }
                continue;
            }
            let c = rest.chars().next().unwrap_or_default();
            current.push(c);
            rest = &rest[c.len_utf8()..];
        }
        if !current.is_empty() {
            parts.push(current);
        }
        let total: usize = parts.iter().map(|p| p.chars().count()).sum();
        for part in parts {
            let mut part = part.as_str();
            if let Some(place) = org_words::place_prefix(part) {
                let remaining = part.chars().count() - place.chars().count();
                if remaining > 0 || total > place.chars().count() {
                    part = &part[place.len()..];
                }
            }
            if !part.is_empty()
                && !self
                    .han
                    .iter()
                    .any(|h| h.chars.iter().copied().eq(part.chars()))
            {
                self.han.push(HanRun::new(part));
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.latin.is_empty() && self.han.is_empty() && self.acronyms.is_empty()
    }

    fn units(&self) -> usize {
        self.latin.len() + self.han.iter().map(|h| h.chars.len()).sum::<usize>()
    }
}

/// `OPPO`, `PolyU`, `HKUST`, `JD`: two or more capitals, no lower-case
/// letter before the second capital's end.
fn is_acronym(word: &str) -> bool {
    let caps = word.chars().filter(char::is_ascii_uppercase).count();
    caps >= 2 && word.len() <= 8 && word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
}

enum Segment<'a> {
    Han(&'a str),
    Latin(&'a str),
}

fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut start: Option<(usize, bool)> = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let kind = if is_han(c) {
            Some(true)
        } else if c.is_ascii_alphanumeric() {
            Some(false)
        } else {
            None
        };
        match (start, kind) {
            (Some((s, han)), k) if k != Some(han) => {
                let piece = &text[s..i];
                out.push(if han {
                    Segment::Han(piece)
                } else {
                    Segment::Latin(piece)
                });
                start = k.map(|h| (i, h));
            }
            (None, Some(h)) => start = Some((i, h)),
            _ => {}
        }
    }
    out
}

/// How well two names correspond, and the evidence, for the `align` table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NameMatch {
    /// Matched share of both names' distinctive parts, 0 to 1.
    pub similarity: f32,
    pub shared: Vec<String>,
    /// (Chinese, its spelling, the Latin word as written).
    pub pinyin: Vec<(String, String, String)>,
    pub acronym: Option<String>,
    pub shared_generic: usize,
    /// Both names are in Latin letters and share nothing: likely different.
    pub conflicting: bool,
}

/// Whether `a` is written in Chinese and each of its Latin words is an
/// acronym whose letters follow, in order, the initials of `b`'s words.
fn abbreviates(a: &NameFeatures, b: &NameFeatures) -> bool {
    !a.han.is_empty()
        && a.latin.iter().filter(|w| w.alpha).all(|w| {
            let mut initials = b.initials.chars();
            w.lower.chars().all(|c| initials.any(|i| i == c))
        })
}

pub fn compare(a: &NameFeatures, b: &NameFeatures) -> NameMatch {
    let mut m = NameMatch::default();
    let mut matched = 0usize;
    // Units matched by something other than a shared place name.
    let mut beyond_places = 0usize;
    for w in &a.latin {
        if b.latin.iter().any(|x| x.lower == w.lower) {
            m.shared.push(w.written.clone());
            matched += 2;
            // Asked of shared words only: few pairs share any.
            if !places::is_place_word(&w.lower) {
                beyond_places += 2;
            }
        }
    }
    for run in &a.han {
        if b.han.iter().any(|h| h.chars == run.chars) {
            matched += 2 * run.chars.len();
            beyond_places += 2 * run.chars.len();
        }
    }
    let by_spelling = spelled(a, b, &mut m) + spelled(b, a, &mut m);
    matched += by_spelling;
    beyond_places += by_spelling;
    let units = a.units() + b.units();
    m.similarity = if units == 0 {
        0.0
    } else {
        (matched as f32 / units as f32).min(1.0)
    };
    let acronym = |x: &NameFeatures, y: &NameFeatures| {
        x.acronyms
            .iter()
            .find(|ac| {
                ac.len() >= 2
                    && y.initials.starts_with(ac.as_str())
                    && y.initials.len() <= ac.len() + 1
            })
            .cloned()
    };
    if let Some(ac) = acronym(a, b).or_else(|| acronym(b, a)) {
        m.similarity = m.similarity.max(0.8);
        m.acronym = Some(ac);
    }
    m.shared_generic = a.generic.intersection(&b.generic).count();
    // Names conflict when both carry words in Latin letters and share
    // none: `United Overseas Bank (UOB)` against `华侨银行（OCBC）`. Figures
    // are not words: a Chinese name with an amount in it (`…项目（3.5
    // 亿美元）`) is a translation whose figure says nothing of the rest.
    // Nor does an acronym in a Chinese name that abbreviates the other
    // name (`检索增强生成（RAG）` for "retrieval-augmented generation").
    // A shared place is no shared name either: `Intel Malaysia` against
    // `美光科技马来西亚（Micron Malaysia）` share only the country, and each
    // has a name of its own besides.
    let has_words = |n: &NameFeatures| n.latin.iter().any(|w| w.alpha);
    let has_own_words = |n: &NameFeatures| {
        n.latin
            .iter()
            .any(|w| w.alpha && !places::is_place_word(&w.lower))
    };
    // Asked only when something was shared: most pairs share nothing.
    let only_places_shared = m.similarity > 0.0
        && beyond_places == 0
        && m.acronym.is_none()
        && has_own_words(a)
        && has_own_words(b);
    m.conflicting = (m.similarity == 0.0 || only_places_shared)
        && has_words(a)
        && has_words(b)
        && !abbreviates(a, b)
        && !abbreviates(b, a);
    m
}

/// Counts the units matched by spelling `han`'s Chinese with `latin`'s
/// words: each spelled character, and each word that spells something.
fn spelled(han: &NameFeatures, latin: &NameFeatures, m: &mut NameMatch) -> usize {
    let mut matched = 0;
    for run in &han.han {
        let mut covered = 0u64;
        for w in latin.latin.iter().filter(|w| w.alpha) {
            if let Some(range) = run.spelled_by(&w.lower) {
                let bits = (u64::MAX >> (64 - range.len())) << range.start;
                if covered & bits != bits {
                    covered |= bits;
                    matched += 1;
                    let han: String = run.chars[range.clone()].iter().collect();
                    // One reason per spelling, even when the brand repeats.
                    if !m
                        .pinyin
                        .iter()
                        .any(|(h, _, l)| *h == han && *l == w.written)
                    {
                        m.pinyin.push((han, run.spelling(range), w.written.clone()));
                    }
                }
            }
        }
        matched += covered.count_ones() as usize;
    }
    matched
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim(a: &str, b: &str) -> f32 {
        compare(&NameFeatures::new(a), &NameFeatures::new(b)).similarity
    }

    #[test]
    fn pinyin_brand_in_brackets() {
        let s = sim(
            "Beijing Sankuai Online Technology Co., Ltd. (Meituan)",
            "北京三快在线科技有限公司（美团）",
        );
        assert!(s > 0.9, "{s}");
        let s = sim(
            "Hangzhou Xiaoju Technology Co., Ltd. (Xiaoju Mobility)",
            "杭州小橘科技有限公司（小橘出行）",
        );
        assert!(s > 0.9, "{s}");
    }

    #[test]
    fn shared_latin_and_acronyms() {
        assert!(sim("OPPO Guangdong Mobile", "OPPO广东移动通信有限公司") > 0.3);
        assert!(sim("HKUST", "Hong Kong University of Science and Technology") >= 0.8);
        assert!(sim("Zhejiang University", "浙江大学") > 0.9);
    }

    #[test]
    fn only_the_start_of_a_long_name_is_read() {
        let words: Vec<String> = (0..10_000).map(|i| format!("W{i:05}x")).collect();
        let f = NameFeatures::new(&words.join(" "));
        assert!(f.latin.len() <= MAX_NAME_CHARS / 2, "{}", f.latin.len());
        assert!(!f.latin.is_empty());
        let han = NameFeatures::new(&"蓝鲸科技".repeat(10_000));
        assert!(han.han.len() <= MAX_NAME_CHARS);
    }

    #[test]
    fn different_names_do_not_match() {
        assert_eq!(
            sim("Hangzhou Xiaoju Technology", "杭州蓝鲸科技有限公司"),
            0.0
        );
        assert_eq!(sim("Zhejiang University", "武汉大学"), 0.0);
        let m = compare(
            &NameFeatures::new("Google"),
            &NameFeatures::new("Microsoft"),
        );
        assert!(m.conflicting);
        let m = compare(&NameFeatures::new("Google"), &NameFeatures::new("谷歌"));
        assert!(!m.conflicting, "a translation is not a conflict");
        let m = compare(
            &NameFeatures::new("IPO of a biotech company raising HKD 2.4 billion"),
            &NameFeatures::new("某生物科技公司香港上市项目（募资 24 亿港元）"),
        );
        assert!(!m.conflicting, "figures in a Chinese name are not its name");
        let m = compare(
            &NameFeatures::new("Intel Malaysia"),
            &NameFeatures::new("美光科技马来西亚（Micron Malaysia）"),
        );
        assert!(m.conflicting, "a shared country is no shared name");
        let m = compare(
            &NameFeatures::new("Micron Malaysia"),
            &NameFeatures::new("美光科技马来西亚（Micron Malaysia）"),
        );
        assert!(!m.conflicting);
        let m = compare(
            &NameFeatures::new("United Overseas Bank (UOB)"),
            &NameFeatures::new("华侨银行（OCBC）"),
        );
        assert!(m.conflicting, "two brands in Latin letters that differ");
        for (en, zh) in [
            (
                "Thesis: retrieval-augmented generation",
                "毕业论文：检索增强生成（RAG）研究",
            ),
            (
                "Certified Public Accountant (CICPA member)",
                "中国注册会计师（CPA）",
            ),
        ] {
            let m = compare(&NameFeatures::new(en), &NameFeatures::new(zh));
            assert!(!m.conflicting, "{zh} abbreviates {en}");
        }
    }
}
