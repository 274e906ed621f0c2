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

pub use crate::terms::generated::places::PLACES;
use crate::terms::generated::places::{HAN_FORMS, LATIN_FORMS, PLACE_WORDS};
use crate::terms::pinyin::is_han;

/// A place and its names, English lower-case (words separated by a space).
pub struct Place {
    pub zh: &'static [&'static str],
    pub en: &'static [&'static str],
    /// Contains other places (a province, a country, a region): compared
    /// only with places known to lie in it or elsewhere, since a name of it
    /// and a name of a city inside it agree.
    pub wide: bool,
    /// The wide place this one lies in, when the table says.
    pub within: Option<u16>,
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

/// The places a name mentions, each once, in order. The names are sorted
/// tables compiled in: a lookup is a binary search, with nothing built
/// when the process starts (a one-pair check runs once per commit).
pub fn find(text: &str) -> Vec<u16> {
    let mut found: Vec<u16> = Vec::new();
    let mut push = |id: u16| {
        if !found.contains(&id) {
            found.push(id);
        }
    };
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        if is_han(c) {
            let first = &text[at..at + c.len_utf8()];
            let hit = with_prefix(HAN_FORMS, first)
                .iter()
                .filter(|(form, _)| text[at..].starts_with(form))
                .max_by_key(|(form, _)| form.len());
            if let Some((form, id)) = hit {
                push(*id);
                at += form.len();
                continue;
            }
        }
        at += c.len_utf8();
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let mut i = 0;
    while i < words.len() {
        let spelled = |form: &str| {
            let mut n = 0;
            form.split(' ')
                .all(|w| {
                    n += 1;
                    words.get(i + n - 1) == Some(&w)
                })
                .then_some(n)
        };
        let hit = with_prefix(LATIN_FORMS, words[i])
            .iter()
            .filter_map(|(form, id)| Some((spelled(form)?, *id)))
            .max_by_key(|(n, _)| *n);
        match hit {
            Some((n, id)) => {
                push(id);
                i += n;
            }
            None => i += 1,
        }
    }
    found
}

/// Whether a Latin word (lower case) is a place's name or one word of one
/// (`malaysia`, `kuala`): shared, it says where two organisations are,
/// not that they are one.
/// A binary search of a table compiled in: nothing is built at start-up.
pub fn is_place_word(word: &str) -> bool {
    PLACE_WORDS.binary_search(&word).is_ok()
}

/// The entries of a sorted table whose name starts with `prefix`.
fn with_prefix<'t>(table: &'t [(&'static str, u16)], prefix: &str) -> &'t [(&'static str, u16)] {
    let start = table.partition_point(|(form, _)| *form < prefix);
    let len = table[start..].partition_point(|(form, _)| form.starts_with(prefix));
    &table[start..start + len]
}

/// Whether a school is named for its place alone (Zhengzhou University,
/// 河南大学): every word of `text` is one of the places `found` in it (by
/// [`find`]) or a word `generic` accepts; not a name with a word of its
/// own (Baptist, 中文).
pub fn named_for_places(text: &str, found: &[u16], generic: impl Fn(&str) -> bool) -> bool {
    if found.is_empty() {
        return false;
    }
    let mut rest = text.to_lowercase();
    for &p in found {
        let place = &PLACES[usize::from(p)];
        for form in place.zh.iter().chain(place.en.iter()) {
            rest = rest.replace(form, " ");
        }
    }
    rest.split(|c: char| !c.is_alphanumeric() && !is_han(c))
        .all(|w| w.is_empty() || generic(w))
}

/// When both names mention places and no place is in both: the first
/// place of each, for the message.
pub fn differ(a: &str, b: &str) -> Option<(&'static Place, &'static Place)> {
    // Each name's places, narrow (cities) and wide (states, countries).
    let split = |text: &str| -> (Vec<u16>, Vec<u16>) {
        find(text)
            .into_iter()
            .partition(|&p| !PLACES[usize::from(p)].wide)
    };
    let ((na, wa), (nb, wb)) = (split(a), split(b));
    let place = |p: u16| &PLACES[usize::from(p)];
    match (na.first(), nb.first()) {
        (Some(&fa), Some(&fb)) => {
            (!na.iter().any(|p| nb.contains(p))).then(|| (place(fa), place(fb)))
        }
        // A state or province on one side, a city on the other: they agree
        // when the city lies in it (Sabah and Kota Kinabalu), and differ
        // when the table places the city elsewhere (Queensland and Sydney).
        (None, Some(_)) => region_against_city(&wa, &nb, &wb),
        (Some(_), None) => region_against_city(&wb, &na, &wa).map(|(r, c)| (c, r)),
        (None, None) => None,
    }
}

/// The first of `regions` and the first of `cities`, when no city lies in
/// any of the regions and every city's region is known. When the cities'
/// own text names regions they do not lie in (北海 beside 马来西亚:
/// Butterworth, not Beihai in Guangxi), the table's city is another place
/// of that name, and nothing is said.
fn region_against_city(
    regions: &[u16],
    cities: &[u16],
    own_regions: &[u16],
) -> Option<(&'static Place, &'static Place)> {
    let place = |p: u16| &PLACES[usize::from(p)];
    let (&region, &city) = (regions.first()?, cities.first()?);
    let lies_in = |mut p: u16, r: u16| {
        // The chain is short (city, state, country); bounded all the same.
        for _ in 0..4 {
            match place(p).within {
                Some(w) if w == r => return true,
                Some(w) => p = w,
                None => return false,
            }
        }
        false
    };
    let known = cities.iter().all(|&c| place(c).within.is_some());
    let inside = |rs: &[u16]| cities.iter().any(|&c| rs.iter().any(|&r| lies_in(c, r)));
    let own_doubt = !own_regions.is_empty() && !inside(own_regions);
    (known && !own_doubt && !inside(regions)).then(|| (place(region), place(city)))
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
        // A state against a city: the city's own state settles it.
        assert!(differ("The University of Queensland", "悉尼大学").is_some());
        assert!(differ("Sabah Tshung Tsin Secondary School", "亚庇崇正中学").is_none());
        assert!(differ("Zhejiang University", "宁波大学").is_none());
        assert!(differ("Zhejiang University", "南京大学").is_some());
        assert!(differ("Universiti Malaysia Sabah", "亚庇大学").is_none());
        // A city the text itself places elsewhere is another of that name.
        assert!(
            differ(
                "Fire and Rescue Department of Malaysia, Butterworth",
                "马来西亚消防局北海消防局"
            )
            .is_none()
        );
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
