//! Knowledge about words: pinyin, and the words of organisation names.

pub mod org_words;
pub mod pinyin;
