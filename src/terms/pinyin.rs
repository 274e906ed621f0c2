//! Matching Latin words against the pinyin of Chinese text.
//!
//! Chinese organisations and people are written in English by their pinyin,
//! usually run together per word: 小橘 -> "Xiaoju", 三快 -> "Sankuai",
//! 陈美玲 -> "Meiling Chen". A Latin word matches a run of Chinese
//! characters when it can be cut into one reading of each character in turn.
//! Every reading of a character with several (行: xing/hang, 厦: xia/sha)
//! is tried, so 厦门 matches "Xiamen" and 银行 matches "Yinhang".

use std::borrow::Cow;

use pinyin::ToPinyinMulti;

/// Whether a character is a CJK ideograph (the ones pinyin exists for).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2EBEF}')
}

/// The toneless readings of a character, `ü` written `u`, `v` and `yu`,
/// as English spellings do all three (吕: Lu, Lv, Lyu).
pub fn readings(c: char) -> Vec<Cow<'static, str>> {
    let mut out: Vec<Cow<'static, str>> = Vec::new();
    if let Some(multi) = c.to_pinyin_multi() {
        for p in multi {
            let plain = p.plain();
            if plain.contains('ü') {
                for alt in ["u", "v", "yu"] {
                    push_unique(&mut out, Cow::Owned(plain.replace('ü', alt)));
                }
            } else {
                push_unique(&mut out, Cow::Borrowed(plain));
            }
        }
    }
    out
}

fn push_unique(out: &mut Vec<Cow<'static, str>>, s: Cow<'static, str>) {
    if !out.contains(&s) {
        out.push(s);
    }
}

/// Readings of every character of a run, computed once per entry.
#[derive(Clone, Debug, Default)]
pub struct HanRun {
    pub chars: Vec<char>,
    readings: Vec<Vec<Cow<'static, str>>>,
    /// Per character, a bit per letter that one of its readings starts
    /// with: most candidate start positions are rejected on one AND.
    initials: Vec<u32>,
}

/// Longest run kept; coverage is tracked in a `u64` bitmask.
pub const MAX_RUN: usize = 64;

impl HanRun {
    pub fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().take(MAX_RUN).collect();
        let readings: Vec<Vec<Cow<'static, str>>> = chars.iter().map(|&c| readings(c)).collect();
        let initials = readings
            .iter()
            .map(|rs| {
                rs.iter()
                    .filter_map(|r| r.bytes().next())
                    .fold(0, |m, b| m | letter_bit(b))
            })
            .collect();
        HanRun {
            chars,
            readings,
            initials,
        }
    }

    /// The characters `word` (lower-case letters) spells out, as a range
    /// `start..end` of this run, preferring the longest. Single-syllable
    /// matches are accepted only when the word is the whole run, since one
    /// syllable matches by chance too easily.
    pub fn spelled_by(&self, word: &str) -> Option<std::ops::Range<usize>> {
        let mut best: Option<std::ops::Range<usize>> = None;
        let first = word.bytes().next().map_or(0, letter_bit);
        for start in 0..self.chars.len() {
            if self.initials[start] & first == 0 {
                continue;
            }
            let longer = |end: &usize| best.as_ref().is_none_or(|b| end - start > b.len());
            if let Some(end) = self.spell_from(start, word).filter(longer) {
                best = Some(start..end);
            }
        }
        best.filter(|r| r.len() >= 2 || self.chars.len() == 1)
    }

    /// The end of the character range starting at `start` that `word`
    /// spells exactly, if any (depth-first over readings; runs are short).
    pub fn spell_from(&self, start: usize, word: &str) -> Option<usize> {
        if word.is_empty() {
            return Some(start);
        }
        let options = self.readings.get(start)?;
        options
            .iter()
            .filter_map(|r| word.strip_prefix(r.as_ref()))
            .find_map(|rest| self.spell_from(start + 1, rest))
    }

    /// Whether `word` begins with one of the character's readings.
    pub fn starts_with_reading(&self, index: usize, word: &str) -> bool {
        self.readings.get(index).is_some_and(|rs| {
            rs.iter()
                .any(|r| word.len() > r.len() && word.starts_with(r.as_ref()))
        })
    }

    /// One reading per character, the first, joined: how the run would be
    /// spelt, for messages.
    pub fn spelling(&self, range: std::ops::Range<usize>) -> String {
        self.readings[range]
            .iter()
            .filter_map(|r| r.first().map(AsRef::<str>::as_ref))
            .collect()
    }
}

/// Whether a Latin word can be cut into pinyin syllables, i.e. looks like
/// a romanised Chinese name rather than an English one ("Meilin" does,
/// "Kevin" does not).
pub fn is_pinyin_like(word: &str) -> bool {
    fn rest_ok(word: &str, set: &std::collections::HashSet<&'static str>) -> bool {
        word.is_empty()
            || (1..=6.min(word.len())).rev().any(|n| {
                word.is_char_boundary(n) && set.contains(&word[..n]) && rest_ok(&word[n..], set)
            })
    }
    rest_ok(word, syllables())
}

/// Every toneless syllable the pinyin table knows, built on first use
/// (only name checks with an unmatched word need it).
fn syllables() -> &'static std::collections::HashSet<&'static str> {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| {
        ('\u{4E00}'..='\u{9FFF}')
            .filter_map(|c| c.to_pinyin_multi())
            .flat_map(|m| m.into_iter().map(|p| p.plain()))
            .filter(|p| p.is_ascii())
            .collect()
    })
}

fn letter_bit(b: u8) -> u32 {
    if b.is_ascii_lowercase() {
        1 << (b - b'a')
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_spell_runs() {
        let run = HanRun::new("小橘科技");
        assert_eq!(run.spelled_by("xiaoju"), Some(0..2));
        assert_eq!(run.spelled_by("keji"), Some(2..4));
        assert_eq!(run.spelled_by("xiao"), None, "one syllable of a longer run");
        assert_eq!(HanRun::new("三快在线").spelled_by("sankuai"), Some(0..2));
        assert_eq!(HanRun::new("美团").spelled_by("meituan"), Some(0..2));
        assert_eq!(HanRun::new("厦门").spelled_by("xiamen"), Some(0..2));
        assert_eq!(HanRun::new("银行").spelled_by("yinhang"), Some(0..2));
        assert_eq!(HanRun::new("吕").spelled_by("lyu"), Some(0..1));
        assert_eq!(HanRun::new("美团").spelled_by("meituanx"), None);
    }

    #[test]
    fn pinyin_like_words() {
        assert!(is_pinyin_like("meilin"));
        assert!(is_pinyin_like("zhou"));
        assert!(!is_pinyin_like("kevin"));
        assert!(!is_pinyin_like("tony"));
    }
}
