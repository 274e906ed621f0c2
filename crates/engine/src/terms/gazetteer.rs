//! Well-known organisations whose English name is not the pinyin of the
//! Chinese (清华大学 Tsinghua, 北京大学 Peking, 字节跳动 ByteDance), so that
//! alignment and `org-mismatch` can recognise them. Data in
//! `data/gazetteer/*.yaml`, compiled into [`generated::ORGS`] by
//! `tests/codegen.rs`.

use super::generated::gazetteer as generated;
use crate::terms::pinyin::is_han;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrgKind {
    University,
    Company,
}

#[derive(Debug)]
pub struct Org {
    pub kind: OrgKind,
    pub zh: &'static [&'static str],
    pub en: &'static [&'static str],
    pub abbr: &'static [&'static str],
}

pub use generated::ORGS;

impl Org {
    /// The name shown in messages: the first English one.
    pub fn display(&self) -> &'static str {
        self.en.first().copied().unwrap_or_default()
    }
}

pub use generated::{ABBR_INDEX, HAN_INDEX, LATIN_INDEX};

fn raw_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '&') || is_han(c))
        .filter(|w| !w.is_empty())
}

/// A name as the index sees it: lower-case words without "the".
pub fn words(text: &str) -> Vec<String> {
    raw_words(text)
        .map(str::to_lowercase)
        .filter(|w| w != "the")
        .collect()
}

/// An acronym is written with at least two capitals (`THU`, `PolyU`), so
/// the ordinary words some acronyms spell (`bit`, `must`) never match.
fn acronym_like(word: &str) -> bool {
    word.chars().filter(char::is_ascii_uppercase).count() >= 2
}

/// The indexes `tests/codegen.rs` writes into the binary: Chinese names by
/// first character, English names by first word (longest names first in
/// each, so 国立清华大学 wins over 清华大学 inside it), acronyms by
/// themselves; all sorted by key for binary search. A lookup then costs a
/// few probes per word of the name and nothing at start-up.
/// An English name as words, and its organisation.
pub type LatinName = (&'static [&'static str], u16);
/// The same, as codegen builds it: first word, then names starting with it.
pub type OwnedLatin = (String, Vec<(Vec<String>, usize)>);

#[derive(Debug, Default)]
pub struct OwnedIndex {
    pub han: Vec<(char, Vec<(String, usize)>)>,
    pub latin: Vec<OwnedLatin>,
    pub abbr: Vec<(String, Vec<usize>)>,
}

/// Builds the indexes from `(zh, en, abbr)` names per organisation.
pub fn build_index(orgs: &[(Vec<String>, Vec<String>, Vec<String>)]) -> OwnedIndex {
    use std::collections::BTreeMap;
    let mut han: BTreeMap<char, Vec<(String, usize)>> = BTreeMap::new();
    let mut latin: BTreeMap<String, Vec<(Vec<String>, usize)>> = BTreeMap::new();
    let mut abbr: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (id, (zh, en, ab)) in orgs.iter().enumerate() {
        for name in zh {
            if let Some(c) = name.chars().next() {
                han.entry(c).or_default().push((name.clone(), id));
            }
        }
        for name in en {
            let w = words(name);
            if let Some(first) = w.first() {
                latin.entry(first.clone()).or_default().push((w, id));
            }
        }
        for a in ab {
            abbr.entry(a.to_lowercase()).or_default().push(id);
        }
    }
    for v in han.values_mut() {
        v.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
    }
    for v in latin.values_mut() {
        v.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
    }
    OwnedIndex {
        han: han.into_iter().collect(),
        latin: latin.into_iter().collect(),
        abbr: abbr.into_iter().collect(),
    }
}

/// The organisations a name mentions, in order of appearance.
pub fn lookup(text: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut skip_until = 0;
    for (at, c) in text.char_indices() {
        if at < skip_until || !is_han(c) {
            continue;
        }
        let Ok(i) = HAN_INDEX.binary_search_by(|(k, _)| k.cmp(&c)) else {
            continue;
        };
        let names = HAN_INDEX[i].1;
        // Names share their first character by the dozen (中, 北): the
        // byte after it settles most before a full comparison.
        let next = text.as_bytes().get(at + c.len_utf8());
        let hit = names.iter().find(|(n, _)| {
            n.as_bytes()
                .get(c.len_utf8())
                .is_none_or(|b| Some(b) == next)
                && text[at..].starts_with(n)
        });
        // A short name (an abbreviation: 法大, 山大) inside a longer one is
        // part of that name: 西南政法大学 is not 法大, China University of
        // Political Science and Law.
        let inside = |name: &str| {
            name.chars().count() <= 2 && text[..at].chars().next_back().is_some_and(is_han)
        };
        if let Some((name, _)) = hit.filter(|(n, _)| !inside(n)) {
            // An abbreviation shared by two organisations names either (中大:
            // Sun Yat-sen University in Guangzhou, CUHK in Hong Kong).
            names
                .iter()
                .filter(|(n, _)| n == name)
                .for_each(|(_, id)| push(&mut found, usize::from(*id)));
            skip_until = at + name.len();
        }
    }
    if !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        return found;
    }
    // Compared lower-case on the fly: no word of the name is copied.
    let cmp = |key: &str, word: &str| {
        if word.is_ascii() {
            key.bytes()
                .cmp(word.bytes().map(|b| b.to_ascii_lowercase()))
        } else {
            key.chars().cmp(word.chars().flat_map(char::to_lowercase))
        }
    };
    let w: Vec<&str> = raw_words(text)
        .filter(|w| !w.eq_ignore_ascii_case("the"))
        .collect();
    let mut i = 0;
    while i < w.len() {
        let hit = LATIN_INDEX
            .binary_search_by(|(k, _)| cmp(k, w[i]))
            .ok()
            .and_then(|at| {
                LATIN_INDEX[at].1.iter().find(|(n, _)| {
                    n.len() <= w.len() - i && n.iter().zip(&w[i..]).all(|(a, b)| cmp(a, b).is_eq())
                })
            });
        // A name the text continues with "of" is the start of another one
        // (Southwest University of Political Science and Law, Hefei
        // University of Technology).
        let continued = |n: &[&str]| {
            w.get(i + n.len())
                .is_some_and(|x| x.eq_ignore_ascii_case("of"))
        };
        match hit.filter(|(n, _)| !continued(n)) {
            Some((n, id)) => {
                push(&mut found, usize::from(*id));
                i += n.len();
            }
            None => {
                let found_at = acronym_like(w[i])
                    .then(|| ABBR_INDEX.binary_search_by(|(k, _)| cmp(k, w[i])).ok())
                    .flatten();
                if let Some(at) = found_at {
                    ABBR_INDEX[at]
                        .1
                        .iter()
                        .for_each(|id| push(&mut found, usize::from(*id)));
                }
                i += 1;
            }
        }
    }
    found
}

fn push(found: &mut Vec<usize>, id: usize) {
    if !found.contains(&id) {
        found.push(id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&'static str> {
        lookup(text)
            .into_iter()
            .map(|i| ORGS[i].display())
            .collect()
    }

    #[test]
    fn a_shared_abbreviation_names_every_organisation_it_may_mean() {
        let both = names("中大學生報");
        assert!(both.contains(&names("CUHK")[0]), "{both:?}");
        assert!(
            both.contains(&names("Sun Yat-sen University")[0]),
            "{both:?}"
        );
        assert_eq!(names("香港中文大學"), names("CUHK"));
    }

    #[test]
    fn a_name_inside_a_longer_one_is_not_that_organisation() {
        assert!(
            names("西南政法大学").is_empty(),
            "{:?}",
            names("西南政法大学")
        );
        assert!(names("Southwest University of Political Science and Law").is_empty());
        assert_eq!(names("Southwest University"), names("西南大学"));
        assert_eq!(names("法大"), names("中国政法大学"));
    }

    #[test]
    fn chinese_english_and_acronyms_meet() {
        let thu = names("清华大学");
        assert_eq!(thu.len(), 1);
        assert_eq!(names("Tsinghua University"), thu);
        assert_eq!(names("THU"), thu);
        assert_eq!(names("清华大学计算机系"), thu);
        assert_eq!(
            names("The Hong Kong Polytechnic University"),
            names("香港理工大学")
        );
        assert_eq!(names("PolyU"), names("香港理工大学"));
        assert_eq!(names("Peking University"), names("北京大学"));
        assert_ne!(names("北京大学"), thu);
        assert_eq!(names("ByteDance"), names("字节跳动"));
        assert!(names("Hangzhou Xiaoju Technology").is_empty());
    }
}
