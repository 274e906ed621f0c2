//! How identity documents spell the characters of given names outside
//! pinyin and Wade–Giles: in Cantonese as Hong Kong and Macau write it
//! (家樂 = Ka-lok, 凱婷 = Hoi-ting, 志健 = Chi-kin), and in Hokkien, Teochew
//! and Hakka as Singapore, Malaysia and Indonesia do (文發 = Boon Huat,
//! 玉英 = Geok Eng, 福強 = Fook Kiong).
//!
//! Pinyin cannot read these names (樂 is le or yue in pinyin, lok here), so
//! without them a slip in such a given name (俊熙 Chun-hei written for 俊傑
//! Chun-kit) passes unseen, and a right one (慧玲 Wei Ling) looks wrong.
//! The tables are `data/names/cantonese.yaml` and `southern.yaml`, compiled
//! by `tests/codegen.rs`; a character a table lacks is never judged in it.

use crate::terms::generated::{cantonese, southern};

/// One system's spellings of characters, sorted by character, and every
/// spelling once, sorted: tables compiled in, nothing built at start-up.
pub struct Spellings {
    rows: &'static [(char, &'static [&'static str])],
    every: &'static [&'static str],
}

/// Cantonese, as Hong Kong and Macau documents write it.
pub static CANTONESE: Spellings = Spellings {
    rows: cantonese::CANTONESE,
    every: cantonese::CANTONESE_SPELLINGS,
};

/// Hokkien, Teochew and Hakka, as Singapore, Malaysia and Indonesia do.
pub static SOUTHERN: Spellings = Spellings {
    rows: southern::SOUTHERN,
    every: southern::SOUTHERN_SPELLINGS,
};

impl Spellings {
    /// The spellings of a character, when the table has it.
    pub fn of(&self, c: char) -> Option<&'static [&'static str]> {
        self.rows
            .binary_search_by_key(&c, |(k, _)| *k)
            .ok()
            .map(|i| self.rows[i].1)
    }

    /// Whether `word` spells the character, as the table writes it or, as
    /// Singapore and Malaysia often do, without the w of kw- (國 Kwok or
    /// Kok, 光 Kwong or Kong).
    pub fn reads(&self, c: char, word: &str) -> bool {
        self.of(c).is_some_and(|s| {
            s.iter().any(|sp| {
                *sp == word
                    || sp
                        .strip_prefix("kw")
                        .is_some_and(|rest| word.strip_prefix('k') == Some(rest))
            })
        })
    }

    /// Whether `word` is how some character of the table is spelt: a
    /// syllable of a name in this system, even if not of the character at
    /// hand.
    pub fn is_spelling(&self, word: &str) -> bool {
        self.every.binary_search(&word).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::{CANTONESE, SOUTHERN};

    #[test]
    fn the_tables_are_sorted_and_read_common_names() {
        for table in [&CANTONESE, &SOUTHERN] {
            assert!(table.rows.windows(2).all(|w| w[0].0 < w[1].0));
            assert!(table.every.windows(2).all(|w| w[0] < w[1]));
        }
        for (c, spelling) in [
            ('家', "ka"),
            ('樂', "lok"),
            ('乐', "lok"),
            ('凱', "hoi"),
            ('國', "kok"),
        ] {
            assert!(CANTONESE.reads(c, spelling), "{c} {spelling}");
        }
        for (c, spelling) in [('文', "boon"), ('玉', "geok"), ('福', "fook")] {
            assert!(SOUTHERN.reads(c, spelling), "{c} {spelling}");
        }
        assert!(CANTONESE.is_spelling("lok") && !CANTONESE.is_spelling("boon"));
    }
}
