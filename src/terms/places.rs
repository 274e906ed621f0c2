//! Places named inside organisation names, in both languages: 上海 and
//! Shanghai, 昆士蘭 and Queensland, 华中 and Central China (or Huazhong).
//!
//! Two names of one organisation name the same place when they name one
//! (Shanghai Maritime University = 上海海事大学); a university of another
//! city is another university (Shanghai Maritime University against
//! 大连海事大学), even when every other word agrees. Transliterated brand
//! names are too varied for a dictionary to judge (Food Angel = 惜食堂), but
//! places are few and fixed, so they can be: the table is
//! `data/places/places.yaml`, compiled by `tests/codegen.rs`.

use std::sync::OnceLock;

use crate::terms::generated::places::PLACES;
use crate::terms::pinyin::is_han;
use crate::terms::word_map::WordMap;

/// A place and its names, English lower-case (words separated by a space).
pub struct Place {
    pub zh: &'static [&'static str],
    pub en: &'static [&'static str],
    /// Contains other places (a province, a country, a region): not
    /// compared, since a name of it and a name of a city inside it agree.
    pub wide: bool,
}

impl Place {
    /// As shown in a message: the first form in each language.
    pub fn display(&self) -> String {
        format!(
            "{} / {}",
            self.zh.first().copied().unwrap_or_default(),
            self.en.first().copied().unwrap_or_default()
        )
    }
}

/// Chinese forms by first character, longest first; English forms by
/// first word, longest first.
struct Index {
    han: WordMap<Vec<(&'static str, u16)>>,
    latin: WordMap<Vec<(Vec<&'static str>, u16)>>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut han: WordMap<Vec<(&str, u16)>> = WordMap::default();
        let mut latin: WordMap<Vec<(Vec<&str>, u16)>> = WordMap::default();
        for (id, place) in PLACES.iter().enumerate() {
            let id = id as u16;
            for zh in place.zh {
                let first = zh.chars().next().map_or(0, char::len_utf8);
                han.entry(&zh[..first]).or_default().push((zh, id));
            }
            for en in place.en {
                let words: Vec<&str> = en.split(' ').collect();
                latin.entry(words[0]).or_default().push((words, id));
            }
        }
        han.values_mut()
            .for_each(|v| v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len())));
        latin
            .values_mut()
            .for_each(|v| v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len())));
        Index { han, latin }
    })
}

/// The places a name mentions, each once, in order.
pub fn find(text: &str) -> Vec<u16> {
    let index = index();
    let mut found: Vec<u16> = Vec::new();
    let mut push = |id: u16| {
        if !found.contains(&id) {
            found.push(id);
        }
    };
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        let len = c.len_utf8();
        if is_han(c) {
            let hit = index
                .han
                .get(&text[at..at + len])
                .and_then(|forms| forms.iter().find(|(w, _)| text[at..].starts_with(w)));
            if let Some((w, id)) = hit {
                push(*id);
                at += w.len();
                continue;
            }
        }
        at += len;
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let mut i = 0;
    while i < words.len() {
        let hit = index
            .latin
            .get(words[i])
            .and_then(|forms| forms.iter().find(|(ws, _)| words[i..].starts_with(ws)));
        match hit {
            Some((ws, id)) => {
                push(*id);
                i += ws.len();
            }
            None => i += 1,
        }
    }
    found
}

/// When both names mention places and no place is in both: the first
/// place of each, for the message.
pub fn differ(a: &str, b: &str) -> Option<(&'static Place, &'static Place)> {
    let narrow = |text: &str| -> Vec<u16> {
        find(text)
            .into_iter()
            .filter(|&p| !PLACES[usize::from(p)].wide)
            .collect()
    };
    let (pa, pb) = (narrow(a), narrow(b));
    let (&fa, &fb) = (pa.first()?, pb.first()?);
    (!pa.iter().any(|p| pb.contains(p)))
        .then(|| (&PLACES[usize::from(fa)], &PLACES[usize::from(fb)]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&'static str> {
        find(text)
            .iter()
            .map(|&i| PLACES[usize::from(i)].en[0])
            .collect()
    }

    #[test]
    fn places_are_found_in_both_languages() {
        assert_eq!(names("Shanghai Maritime University"), ["shanghai"]);
        assert_eq!(names("上海海事大学"), ["shanghai"]);
        assert_eq!(names("The University of Queensland"), ["queensland"]);
        assert_eq!(names("吉隆坡丽思卡尔顿酒店"), ["kuala lumpur"]);
        assert!(names("Tencent Holdings").is_empty());
    }

    #[test]
    fn names_of_other_places_differ_and_shared_places_agree() {
        assert!(differ("Shanghai Maritime University", "大连海事大学").is_some());
        assert!(differ("Shanghai Maritime University", "上海海事大学").is_none());
        assert!(differ("NYU Shanghai", "上海纽约大学").is_none());
        // A name without a place says nothing of it.
        assert!(differ("Sunway University", "双威大学（马来西亚）").is_none());
        // Nor does a place that contains the other's.
        assert!(differ("Deloitte China", "德勤上海").is_none());
        assert!(
            differ(
                "ILO Regional Office for Asia and the Pacific",
                "国际劳工组织亚太区域办事处"
            )
            .is_none()
        );
    }
}
