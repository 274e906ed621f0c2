//! How well one entry's text translates another's, by the lexicon.
//!
//! As lexicon-based sentence aligners (Champollion) score English–Chinese
//! pairs: each matched word counts by its rarity in the section (IDF), so
//! a word every entry has says little, and the matched weight is divided
//! by the weight of both texts, so a long description does not win by
//! size. Words that name a kind of entry (award, 项目) weigh little
//! everywhere, so two unrelated entries never pair on them.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::terms::lexicon::{self, Bag, WordKind};
use crate::terms::word_map::Fnv;

/// Weight of a generic word against a distinctive one of the same rarity.
const GENERIC_FACTOR: f32 = 0.2;
/// Coverage below which a translation says nothing, and from which it is
/// as good as the same name. Between, strength grows linearly.
const FLOOR: f32 = 0.3;
const FULL: f32 = 0.8;

/// A text's words with their weights in its section.
#[derive(Clone, Debug, Default)]
pub struct Weighted {
    pub bag: Bag,
    pub weights: Vec<f32>,
}

impl Weighted {
    /// Weighs each word as if it were its section's only entry; see [`weigh`].
    pub fn new(bag: Bag) -> Self {
        let weights = bag.words.iter().map(|w| base(w, 1.0)).collect();
        Weighted { bag, weights }
    }
}

fn base(word: &lexicon::Word, idf: f32) -> f32 {
    if word.generic {
        idf * GENERIC_FACTOR
    } else {
        idf
    }
}

/// Weighs the words of one language's entries of a section by inverse
/// document frequency over those entries: ln((N + 1) / df), so a word of
/// a single-entry section still counts, and one in every entry of a long
/// section almost not.
pub fn weigh<'a>(entries: impl IntoIterator<Item = &'a mut Weighted>) {
    let mut entries: Vec<&mut Weighted> = entries.into_iter().collect();
    let weights: Vec<Vec<f32>> = {
        // FNV, not SipHash: the keys are a section's words, at most 128 an
        // entry, too few for chosen collisions to cost anything, and the
        // hashing is a measurable part of a large run.
        let mut df: HashMap<&str, f32, BuildHasherDefault<Fnv>> = HashMap::default();
        for e in &entries {
            let mut keys: Vec<&str> = e.bag.words.iter().map(|w| w.key()).collect();
            keys.sort_unstable();
            keys.dedup();
            for key in keys {
                *df.entry(key).or_default() += 1.0;
            }
        }
        let n = entries.len() as f32;
        entries
            .iter()
            .map(|e| {
                e.bag
                    .words
                    .iter()
                    .map(|w| {
                        base(
                            w,
                            ((n + 1.0) / df.get(w.key()).copied().unwrap_or(1.0)).ln(),
                        )
                    })
                    .collect()
            })
            .collect()
    };
    for (e, w) in entries.iter_mut().zip(weights) {
        e.weights = w;
    }
}

/// The lexicon's verdict on two texts.
#[derive(Clone, Debug, Default)]
pub struct Translation {
    /// 0 when the texts do not translate each other, up to 1 when they do
    /// word for word.
    pub strength: f32,
    /// Matched words, as positions in the two bags.
    pub links: Vec<(usize, usize)>,
    /// The translation rests on one single Chinese character: a
    /// character has many senses, so this corroborates but never
    /// identifies (橘 = orange).
    pub single_character: bool,
}

impl Translation {
    /// The matched words, Chinese first, a Chinese word's English words
    /// together: `国家=national, 奖学金=scholarship, 一等奖=first prize`.
    pub fn shown(&self, a: &Weighted, b: &Weighted) -> String {
        let mut shown: Vec<(String, String)> = Vec::new();
        for &(i, j) in &self.links {
            let (x, y) = (&a.bag.words[i], &b.bag.words[j]);
            let (zh, en) = if matches!(y.kind, WordKind::Han(_)) {
                (y, x)
            } else {
                (x, y)
            };
            match shown.iter_mut().find(|(z, _)| *z == zh.surface) {
                Some((_, words)) if zh.surface != en.surface => {
                    words.push(' ');
                    words.push_str(&en.surface.to_lowercase());
                }
                _ => shown.push((zh.surface.to_string(), en.surface.to_lowercase())),
            }
        }
        let shown: Vec<String> = shown
            .into_iter()
            .map(|(zh, en)| {
                if zh.to_lowercase() == en {
                    zh
                } else {
                    format!("{zh}={en}")
                }
            })
            .collect();
        shown.join(", ")
    }
}

/// Compares two texts. Only a pair that crosses scripts through a word
/// that is not generic counts: texts in one script are compared by their
/// shared words elsewhere, and a shared 奖 / award is not a translation.
pub fn compare(a: &Weighted, b: &Weighted) -> Translation {
    if !a.bag.may_translate(&b.bag) {
        return Translation::default();
    }
    let links = lexicon::links(&a.bag, &b.bag);
    // Which words are matched, and which Chinese words match across
    // scripts on content words; a bit each (bags hold at most 128 words).
    let (mut covered_a, mut covered_b) = (0u128, 0u128);
    let mut content: u32 = 0;
    let mut one_character = false;
    let mut seen_zh = (0u128, 0u128);
    for &(i, j) in &links {
        covered_a |= 1 << i;
        covered_b |= 1 << j;
        let (x, y) = (&a.bag.words[i], &b.bag.words[j]);
        let (zh, mask, k) = match (&x.kind, &y.kind) {
            (WordKind::Han(_), WordKind::Latin { .. }) => (x, &mut seen_zh.0, i),
            (WordKind::Latin { .. }, WordKind::Han(_)) => (y, &mut seen_zh.1, j),
            _ => continue,
        };
        if !x.generic && !y.generic && *mask & (1 << k) == 0 {
            *mask |= 1 << k;
            content += 1;
            one_character = zh.surface.chars().count() == 1;
        }
    }
    if content == 0 {
        return Translation::default();
    }
    let sum = |w: &[f32], covered: u128| -> (f32, f32) {
        w.iter().enumerate().fold((0.0, 0.0), |(all, hit), (i, w)| {
            (
                all + w,
                if covered & (1 << i) != 0 {
                    hit + w
                } else {
                    hit
                },
            )
        })
    };
    let (all_a, hit_a) = sum(&a.weights, covered_a);
    let (all_b, hit_b) = sum(&b.weights, covered_b);
    let total = all_a + all_b;
    let coverage = if total > 0.0 {
        (hit_a + hit_b) / total
    } else {
        0.0
    };
    let single_character = content == 1 && one_character;
    Translation {
        strength: ((coverage - FLOOR) / (FULL - FLOOR)).clamp(0.0, 1.0),
        links,
        single_character,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strength(a: &str, b: &str) -> f32 {
        compare(&Weighted::new(Bag::new(a)), &Weighted::new(Bag::new(b))).strength
    }

    #[test]
    fn a_faithful_translation_is_strong() {
        assert_eq!(strength("国家奖学金", "National Scholarship"), 1.0);
        assert!(
            strength(
                "云架构师认证 专业级",
                "Certified Cloud Architect, Professional Level"
            ) > 0.9
        );
    }

    #[test]
    fn generic_words_alone_are_no_translation() {
        assert_eq!(strength("优秀学生奖", "Best Paper Award"), 0.0);
        assert_eq!(strength("项目", "Project"), 0.0);
        assert_eq!(strength("数据平台项目", "Payment Gateway Project"), 0.0);
    }

    #[test]
    fn a_partial_translation_is_weaker() {
        let full = strength("城市贸易局", "City Trade Bureau");
        let part = strength("城市贸易局", "City Music Festival Committee");
        assert!(full > part, "{full} {part}");
    }

    #[test]
    fn one_character_is_flagged() {
        let t = compare(
            &Weighted::new(Bag::new("小橘出行")),
            &Weighted::new(Bag::new("Orange Mobility")),
        );
        assert!(t.single_character && t.strength > 0.0);
        let t = compare(
            &Weighted::new(Bag::new("奖学金")),
            &Weighted::new(Bag::new("Scholarship")),
        );
        assert!(!t.single_character);
    }

    #[test]
    fn a_word_in_every_entry_weighs_little() {
        let mut side: Vec<Weighted> = ["数学 竞赛", "物理 竞赛", "化学 竞赛"]
            .into_iter()
            .map(|t| Weighted::new(Bag::new(t)))
            .collect();
        weigh(side.iter_mut());
        assert!(side[0].weights[1] < side[0].weights[0] / 2.0);
    }

    #[test]
    fn shown_puts_chinese_first() {
        let shown = |a: &str, b: &str| {
            let (a, b) = (Weighted::new(Bag::new(a)), Weighted::new(Bag::new(b)));
            compare(&a, &b).shown(&a, &b)
        };
        assert_eq!(
            shown("National Scholarship", "国家奖学金"),
            "国家=national, 奖学金=scholarship"
        );
        assert_eq!(
            shown("一等奖 GraspLab", "First Prize, GraspLab"),
            "一等奖=first prize, GraspLab"
        );
    }
}
