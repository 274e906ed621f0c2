//! Well-known organisations whose English name is not the pinyin of the
//! Chinese (清华大学 Tsinghua, 北京大学 Peking, 字节跳动 ByteDance), so that
//! alignment and `org-mismatch` can recognise them. Data in
//! `data/gazetteer/*.yaml`, compiled into [`generated::ORGS`] by
//! `tests/codegen.rs`.

use std::collections::HashMap;
use std::sync::OnceLock;

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

/// Indexes built on first use: Chinese names by first character, English
/// names by first word, acronyms by themselves. A lookup then costs a few
/// probes per word of the name, not a scan of the gazetteer.
struct Index {
    han: HashMap<char, Vec<(&'static str, usize)>>,
    latin: HashMap<String, Vec<(Vec<String>, usize)>>,
    abbr: HashMap<String, Vec<usize>>,
}

fn raw_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '&') || is_han(c))
        .filter(|w| !w.is_empty())
}

fn words(text: &str) -> Vec<String> {
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

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut ix = Index {
            han: HashMap::new(),
            latin: HashMap::new(),
            abbr: HashMap::new(),
        };
        for (id, org) in ORGS.iter().enumerate() {
            for name in org.zh {
                if let Some(c) = name.chars().next() {
                    ix.han.entry(c).or_default().push((name, id));
                }
            }
            for name in org.en {
                let w = words(name);
                if let Some(first) = w.first() {
                    ix.latin.entry(first.clone()).or_default().push((w, id));
                }
            }
            for a in org.abbr {
                ix.abbr.entry(a.to_lowercase()).or_default().push(id);
            }
        }
        // Longest names first, so 国立清华大学 wins over 清华大学 inside it.
        for v in ix.han.values_mut() {
            v.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
        }
        for v in ix.latin.values_mut() {
            v.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
        }
        ix
    })
}

/// The organisations a name mentions, in order of appearance.
pub fn lookup(text: &str) -> Vec<usize> {
    let ix = index();
    let mut found = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut skip_until = 0;
    for &(at, c) in &chars {
        if at < skip_until || !is_han(c) {
            continue;
        }
        if let Some(cands) = ix.han.get(&c)
            && let Some((name, id)) = cands.iter().find(|(n, _)| text[at..].starts_with(n))
        {
            push(&mut found, *id);
            skip_until = at + name.len();
        }
    }
    let raw: Vec<&str> = raw_words(text)
        .filter(|w| !w.eq_ignore_ascii_case("the"))
        .collect();
    let w = words(text);
    let mut i = 0;
    while i < w.len() {
        let hit = ix
            .latin
            .get(&w[i])
            .and_then(|cands| cands.iter().find(|(n, _)| w[i..].starts_with(n)));
        match hit {
            Some((n, id)) => {
                push(&mut found, *id);
                i += n.len();
            }
            None => {
                if let Some(ids) = ix
                    .abbr
                    .get(&w[i])
                    .filter(|_| raw.get(i).is_some_and(|r| acronym_like(r)))
                {
                    ids.iter().for_each(|id| push(&mut found, *id));
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
