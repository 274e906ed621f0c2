//! Where the terminal format may break a line of a message.
//!
//! Unicode line breaking (UAX #14), so Chinese text wraps between any two
//! characters, except inside a run of ASCII without spaces: a language tag
//! (`zh-CN`), a path (`p/zh-CN.yaml`) or an option (`--add-ignores`) cut
//! at its hyphen or slash reads as two words, or as a typo.

use textwrap::WordSeparator;
use textwrap::core::Word;

/// The separator to give miette.
pub const SEPARATOR: WordSeparator = WordSeparator::Custom(words);

/// The words of `line`: UAX #14's, joined again where one ends and the
/// next begins with a printable ASCII character and no space between.
/// O(line length).
fn words(line: &str) -> Box<dyn Iterator<Item = Word<'_>> + '_> {
    let mut out: Vec<Word<'_>> = Vec::new();
    let mut start = 0;
    for word in WordSeparator::UnicodeBreakProperties.find_words(line) {
        let at = word.word.as_ptr() as usize - line.as_ptr() as usize;
        let end = at + word.word.len() + word.whitespace.len();
        let joins = out.last().is_some_and(|prev| {
            prev.whitespace.is_empty()
                && prev.word.ends_with(|c: char| c.is_ascii_graphic())
                && word.word.starts_with(|c: char| c.is_ascii_graphic())
        });
        if joins {
            out.pop();
        } else {
            start = at;
        }
        out.push(Word::from(&line[start..end]));
    }
    Box::new(out.into_iter())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(line: &str) -> Vec<&str> {
        words(line).map(|w| w.word).collect()
    }

    #[test]
    fn code_like_runs_stay_whole() {
        assert_eq!(
            split("no counterpart in zh-CN or p/zh-CN.yaml (--ui-lang)"),
            [
                "no",
                "counterpart",
                "in",
                "zh-CN",
                "or",
                "p/zh-CN.yaml",
                "(--ui-lang)"
            ]
        );
    }

    #[test]
    fn chinese_still_breaks_between_characters() {
        let words = split("在 zh-CN 中缺少对应条目");
        assert!(words.contains(&"zh-CN"), "{words:?}");
        assert!(words.len() > 4, "{words:?}");
    }

    #[test]
    fn wrapping_keeps_the_tag_on_one_line() {
        let options = textwrap::Options::new(20)
            .word_separator(SEPARATOR)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        let lines = textwrap::wrap("has no counterpart in zh-CN", &options);
        assert_eq!(lines, ["has no counterpart", "in zh-CN"]);
    }
}
