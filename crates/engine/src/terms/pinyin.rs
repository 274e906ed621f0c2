//! Matching Latin words against the pinyin of Chinese text.
//!
//! Chinese organisations and people are written in English by their pinyin,
//! usually run together per word: 小橘 -> "Xiaoju", 三快 -> "Sankuai",
//! 陈美玲 -> "Meiling Chen". A Latin word matches a run of Chinese
//! characters when it can be cut into one reading of each character in turn.
//! Every reading of a character with several (行: xing/hang, 厦: xia/sha)
//! is tried, so 厦门 matches "Xiamen" and 银行 matches "Yinhang".

use crate::terms::word_map::WordSet;
use std::borrow::Cow;

use pinyin::ToPinyinMulti;

use crate::source::limits::{MAX_HAN_RUN, MAX_PINYIN_WORD};

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

/// Longest toneless syllable (`zhuang`, `chuang`, `shuang`), in letters.
const MAX_SYLLABLE: usize = 6;

impl HanRun {
    /// The first [`MAX_HAN_RUN`] characters of `text`.
    pub fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().take(MAX_HAN_RUN).collect();
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
    /// syllable matches by chance too easily. O(r² · w · k) for a run of r
    /// characters (at most [`MAX_HAN_RUN`]) with k readings each and a word
    /// of w letters (at most [`MAX_PINYIN_WORD`]): see [`Self::spell_from`].
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
    /// spells exactly, the longest if several do; `None` for a word longer
    /// than [`MAX_PINYIN_WORD`].
    ///
    /// Dynamic programming over positions: after each character, the set
    /// of word offsets some choice of readings reaches. Trying readings
    /// depth-first instead revisits the same (character, offset) state once
    /// per way of reaching it, which grows exponentially with the run when
    /// characters have readings of different lengths. Here each state is
    /// expanded once: O(r · w · k) for r characters, w letters and k
    /// readings per character.
    pub fn spell_from(&self, start: usize, word: &str) -> Option<usize> {
        if word.len() > MAX_PINYIN_WORD {
            return None;
        }
        // Offsets into the word as bits (it has at most MAX_PINYIN_WORD
        // letters, so 128 bits hold them all): no allocation, which
        // matters since most calls fail at the first character.
        let full = 1u128 << word.len();
        let mut end = word.is_empty().then_some(start);
        let mut frontier = 1u128;
        for (i, options) in self.readings.iter().enumerate().skip(start) {
            let mut next = 0u128;
            let mut rest = frontier;
            while rest != 0 {
                let at = rest.trailing_zeros() as usize;
                rest &= rest - 1;
                for r in options {
                    if word[at..].starts_with(r.as_ref()) {
                        next |= 1 << (at + r.len());
                    }
                }
            }
            if next & full != 0 {
                end = Some(i + 1);
            }
            if next == 0 {
                break;
            }
            frontier = next;
        }
        end
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

/// Whether a word is one toneless pinyin syllable (`min`, `zhuang`).
pub fn is_syllable(word: &str) -> bool {
    is_listed_syllable(word)
}

/// Every toneless pinyin syllable, sorted.
pub fn syllables() -> &'static [&'static str] {
    SYLLABLES
}

/// The ways to cut `word` into exactly `parts` pinyin syllables ("siyuan"
/// in two: si-yuan; "xian" in two: xi-an). A name's given name is read
/// this way when it is written as one word. Empty for a word longer than
/// [`MAX_PINYIN_WORD`]; at most C(w, parts − 1) cuts are tried.
pub fn cuts(word: &str, parts: usize) -> Vec<Vec<&str>> {
    if word.len() > MAX_PINYIN_WORD || parts == 0 || !word.is_ascii() {
        return Vec::new();
    }
    if parts == 1 {
        return if is_listed_syllable(word) {
            vec![vec![word]]
        } else {
            Vec::new()
        };
    }
    let mut out = Vec::new();
    for first in 1..=MAX_SYLLABLE.min(word.len()) {
        let (head, tail) = word.split_at(first);
        if is_listed_syllable(head) {
            for mut rest in cuts(tail, parts - 1) {
                rest.insert(0, head);
                out.push(rest);
            }
        }
    }
    out
}

/// Whether a Latin word can be cut into pinyin syllables, i.e. looks like
/// a romanised Chinese name rather than an English one ("Meilin" does,
/// "Kevin" does not). A word longer than [`MAX_PINYIN_WORD`] is not.
/// O(w · 6) for a word of w letters: see [`splits_into`].
pub fn is_pinyin_like(word: &str) -> bool {
    word.len() <= MAX_PINYIN_WORD && splits_into(word, is_listed_syllable)
}

/// Whether `word` is a sequence of pieces of at most [`MAX_SYLLABLE`]
/// bytes that `is_piece` accepts. Dynamic programming over positions: a
/// prefix splits when it is a piece after a prefix that splits, so each of
/// the w positions asks at most [`MAX_SYLLABLE`] questions, O(w · 6);
/// trying cuts depth-first without remembering them is exponential on a
/// word like "xianxian…xianq", where "xian" and "xi"+"an" both read.
fn splits_into(word: &str, mut is_piece: impl FnMut(&str) -> bool) -> bool {
    let mut splits = vec![false; word.len() + 1];
    splits[0] = true;
    for end in 1..=word.len() {
        if !word.is_char_boundary(end) {
            continue;
        }
        splits[end] = (1..=MAX_SYLLABLE.min(end)).any(|n| {
            let start = end - n;
            splits[start] && word.is_char_boundary(start) && is_piece(&word[start..end])
        });
    }
    splits[word.len()]
}

/// Every toneless syllable the pinyin table knows, built on first use
/// (only name checks with an unmatched word need it).
/// Every toneless syllable the pinyin table uses for CJK Unified
/// Ideographs (U+4E00–U+9FFF), sorted. Written out rather than collected
/// from the table at start-up, which read 20,992 characters in every
/// process, half the run time of a one-pair check; a test keeps the two
/// equal.
const SYLLABLES: &[&str] = &[
    "a", "ai", "an", "ang", "ao", "ba", "bai", "ban", "bang", "bao", "bei", "ben", "beng", "bi",
    "bian", "biao", "bie", "bin", "bing", "bo", "bu", "ca", "cai", "can", "cang", "cao", "ce",
    "cen", "ceng", "cha", "chai", "chan", "chang", "chao", "che", "chen", "cheng", "chi", "chong",
    "chou", "chu", "chua", "chuai", "chuan", "chuang", "chui", "chun", "chuo", "ci", "cong", "cou",
    "cu", "cuan", "cui", "cun", "cuo", "da", "dai", "dan", "dang", "dao", "de", "dei", "den",
    "deng", "di", "dia", "dian", "diao", "die", "ding", "diu", "dong", "dou", "du", "duan", "dui",
    "dun", "duo", "e", "ei", "en", "eng", "er", "fa", "fan", "fang", "fei", "fen", "feng", "fiao",
    "fo", "fou", "fu", "ga", "gai", "gan", "gang", "gao", "ge", "gei", "gen", "geng", "gong",
    "gou", "gu", "gua", "guai", "guan", "guang", "gui", "gun", "guo", "ha", "hai", "han", "hang",
    "hao", "he", "hei", "hen", "heng", "hm", "hng", "hong", "hou", "hu", "hua", "huai", "huan",
    "huang", "hui", "hun", "huo", "ji", "jia", "jian", "jiang", "jiao", "jie", "jin", "jing",
    "jiong", "jiu", "ju", "juan", "jue", "jun", "ka", "kai", "kan", "kang", "kao", "ke", "kei",
    "ken", "keng", "kong", "kou", "ku", "kua", "kuai", "kuan", "kuang", "kui", "kun", "kuo", "la",
    "lai", "lan", "lang", "lao", "le", "lei", "len", "leng", "li", "lia", "lian", "liang", "liao",
    "lie", "lin", "ling", "liu", "lo", "long", "lou", "lu", "luan", "lun", "luo", "m", "ma", "mai",
    "man", "mang", "mao", "me", "mei", "men", "meng", "mi", "mian", "miao", "mie", "min", "ming",
    "miu", "mo", "mou", "mu", "n", "na", "nai", "nan", "nang", "nao", "ne", "nei", "nen", "neng",
    "ng", "ni", "nian", "niang", "niao", "nie", "nin", "ning", "niu", "nong", "nou", "nu", "nuan",
    "nun", "nuo", "o", "ou", "pa", "pai", "pan", "pang", "pao", "pei", "pen", "peng", "pi", "pian",
    "piao", "pie", "pin", "ping", "po", "pou", "pu", "qi", "qia", "qian", "qiang", "qiao", "qie",
    "qin", "qing", "qiong", "qiu", "qu", "quan", "que", "qun", "ran", "rang", "rao", "re", "ren",
    "reng", "ri", "rong", "rou", "ru", "rua", "ruan", "rui", "run", "ruo", "sa", "sai", "san",
    "sang", "sao", "se", "sen", "seng", "sha", "shai", "shan", "shang", "shao", "she", "shei",
    "shen", "sheng", "shi", "shou", "shu", "shua", "shuai", "shuan", "shuang", "shui", "shun",
    "shuo", "si", "song", "sou", "su", "suan", "sui", "sun", "suo", "ta", "tai", "tan", "tang",
    "tao", "te", "tei", "teng", "ti", "tian", "tiao", "tie", "ting", "tong", "tou", "tu", "tuan",
    "tui", "tun", "tuo", "wa", "wai", "wan", "wang", "wei", "wen", "weng", "wo", "wu", "xi", "xia",
    "xian", "xiang", "xiao", "xie", "xin", "xing", "xiong", "xiu", "xu", "xuan", "xue", "xun",
    "ya", "yan", "yang", "yao", "ye", "yi", "yin", "ying", "yo", "yong", "you", "yu", "yuan",
    "yue", "yun", "za", "zai", "zan", "zang", "zao", "ze", "zei", "zen", "zeng", "zha", "zhai",
    "zhan", "zhang", "zhao", "zhe", "zhei", "zhen", "zheng", "zhi", "zhong", "zhou", "zhu", "zhua",
    "zhuai", "zhuan", "zhuang", "zhui", "zhun", "zhuo", "zi", "zong", "zou", "zu", "zuan", "zui",
    "zun", "zuo",
];

fn is_listed_syllable(word: &str) -> bool {
    // Asked for every piece of every Latin word of a name: hashed once.
    static SET: WordSet = WordSet::new(SYLLABLES);
    SET.contains(word)
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
    fn the_written_syllables_are_the_tables() {
        let mut from_table: Vec<&str> = ('\u{4E00}'..='\u{9FFF}')
            .filter_map(|c| c.to_pinyin_multi())
            .flat_map(|m| m.into_iter().map(|p| p.plain()))
            .filter(|p| p.is_ascii())
            .collect();
        from_table.sort_unstable();
        from_table.dedup();
        assert_eq!(SYLLABLES, from_table.as_slice());
    }

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
    fn words_cut_into_a_given_number_of_syllables() {
        assert_eq!(cuts("siyuan", 2), vec![vec!["si", "yuan"]]);
        assert!(cuts("xian", 2).contains(&vec!["xi", "an"]));
        assert_eq!(cuts("xian", 1), vec![vec!["xian"]]);
        assert!(cuts("kevin", 2).is_empty());
        assert!(cuts(&"a".repeat(100), 3).is_empty());
    }

    #[test]
    fn pinyin_like_words() {
        assert!(is_pinyin_like("meilin"));
        assert!(is_pinyin_like("zhou"));
        assert!(!is_pinyin_like("kevin"));
        assert!(!is_pinyin_like("tony"));
        assert!(is_pinyin_like("zhuangshuang"));
        assert!(!is_pinyin_like("xianxianq"));
    }

    /// A word of n letters is decided in at most 6·n questions, where
    /// depth-first cutting asked about 2^(n/4) on this word.
    #[test]
    fn splitting_asks_a_bounded_number_of_questions() {
        for n in [49, 200, 1000] {
            let word = format!("{}q", "xian".repeat(n / 4));
            let mut asked = 0;
            let ok = splits_into(&word, |s| {
                asked += 1;
                is_listed_syllable(s)
            });
            assert!(!ok);
            assert!(asked <= MAX_SYLLABLE * word.len(), "{asked} for {n}");
        }
        assert!(!is_pinyin_like(&"xian".repeat(50)), "longer than any name");
        assert!(is_pinyin_like(&"xian".repeat(MAX_PINYIN_WORD / 4)));
    }

    #[test]
    fn spelling_prefers_the_longest_range_and_stays_bounded() {
        // 西 xi, 安 an, 先 xian: "xianxian" is 西安西安 whole, 先先 whole.
        let run = HanRun::new("西安西安先先");
        assert_eq!(run.spell_from(0, "xianxian"), Some(4));
        assert_eq!(run.spell_from(4, "xianxian"), Some(6));
        assert_eq!(run.spell_from(0, ""), Some(0));
        let long = HanRun::new(&"西安".repeat(40));
        assert_eq!(long.chars.len(), MAX_HAN_RUN);
        assert_eq!(long.spell_from(0, &format!("{}q", "xian".repeat(15))), None);
        assert_eq!(long.spelled_by(&"xian".repeat(200)), None);
    }
}
