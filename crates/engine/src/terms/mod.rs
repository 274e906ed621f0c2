//! Knowledge about words: the term base of titles, pinyin, and the words
//! of organisation names.

pub mod gazetteer;
pub mod generated;
pub mod glossary;
pub mod lexicon;
pub mod numbers;
pub mod org_words;
pub mod pinyin;
pub mod places;
pub mod romanisation;
pub mod spellings;
pub mod titles;
pub mod word_map;
