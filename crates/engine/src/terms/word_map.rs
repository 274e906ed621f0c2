//! Word tables as hash maps, for lookups made once per word of every text.
//!
//! The tables are short lists of `&'static str` written for people to
//! read; a binary search over one costs a string comparison per step, and
//! a text is read word by word for several tables. A map built once with
//! a small non-cryptographic hash settles a word with one hash and one
//! comparison. (The keys are our own tables, never user input, so the
//! hash needs no protection against chosen collisions; std's `HashMap`
//! with FNV-1a keeps this to the standard library.)

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A table of words and what each stands for.
pub type WordMap<V> = HashMap<&'static str, V, BuildHasherDefault<Fnv>>;

/// The first value of each word wins, as when the table was read in order.
pub fn build<V: Copy>(pairs: impl IntoIterator<Item = (&'static str, V)>) -> WordMap<V> {
    let mut map = WordMap::default();
    for (word, value) in pairs {
        map.entry(word).or_insert(value);
    }
    map
}

/// A word list asked "is this one of them?" at every word of a text: the
/// list as written in the source, hashed on first use.
pub struct WordSet {
    words: &'static [&'static str],
    map: OnceLock<WordMap<()>>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> Self {
        WordSet {
            words,
            map: OnceLock::new(),
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.map
            .get_or_init(|| build(self.words.iter().map(|w| (*w, ()))))
            .contains_key(word)
    }
}

/// FNV-1a, 64 bits.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn first_value_wins_and_absent_words_are_absent() {
        let map = super::build([("centre", "center"), ("center", "center"), ("centre", "x")]);
        assert_eq!(map.get("centre"), Some(&"center"));
        assert_eq!(map.len(), 2);
        assert_eq!(map.get("cent"), None);
        assert_eq!(map.get(""), None);
    }

    #[test]
    fn a_word_set_holds_its_words_only() {
        static SET: super::WordSet = super::WordSet::new(&["gpa", "ielts"]);
        assert!(SET.contains("gpa") && SET.contains("ielts"));
        assert!(!SET.contains("gp") && !SET.contains("GPA"));
    }
}
