//! A Chinese–English lexicon (CC-CEDICT, reduced by `data/lexicon/reduce.py`)
//! as evidence that two texts translate each other when they share no
//! letters: 国家奖学金 and "National Scholarship".
//!
//! Chinese is segmented by longest match against the lexicon, English is
//! reduced to stems by [`stem`], the same function that stemmed the
//! lexicon's glosses at code generation, so both sides meet on one form.
//! Each text becomes a [`Bag`] of words computed once per entry; pairing
//! then only intersects small sets.

use std::borrow::Cow;

use crate::terms::generated::lexicon::{
    GLOSS, GLOSS_END, HAN, HAN_END, HAN_FIRST, MAX_CHARS, STEM_END, STEMS,
};
use crate::terms::org_words;
use crate::terms::pinyin::is_han;
use crate::terms::word_map::{self, WordMap, WordSet};

/// A word of a text, with what it is compared by.
#[derive(Clone, Debug, PartialEq)]
pub struct Word {
    /// As written; a Chinese word borrows its lexicon key, which it is.
    pub surface: Cow<'static, str>,
    pub kind: WordKind,
    /// Says what kind of entry it is, not which one (project, award, 奖,
    /// 大学): weak evidence whatever the section.
    pub generic: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum WordKind {
    /// A Chinese word: its position in the lexicon.
    Han(u32),
    /// An English (or other Latin-script) word: its stem, and the stem's
    /// id in the lexicon's English vocabulary when it has one.
    Latin { stem: String, id: Option<u32> },
}

impl Word {
    /// What document frequency counts: the same word written the same way.
    pub fn key(&self) -> &str {
        match &self.kind {
            WordKind::Han(_) => &self.surface,
            WordKind::Latin { stem, .. } => stem,
        }
    }

    fn new(surface: Cow<'static, str>, kind: WordKind) -> Self {
        let generic = match &kind {
            WordKind::Han(entry) => generic_entries().binary_search(entry).is_ok(),
            WordKind::Latin { stem, .. } => is_generic(stem),
        };
        Word {
            surface,
            kind,
            generic,
        }
    }
}

fn is_generic(word: &str) -> bool {
    generic_words().contains_key(word)
}

/// Every generic word, Chinese, English and English stem, in one map:
/// each word of each entry is looked up here.
fn generic_words() -> &'static WordMap<()> {
    static MAP: std::sync::OnceLock<WordMap<()>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        word_map::build(
            GENERIC_HAN
                .iter()
                .chain(GENERIC_STEMS)
                .copied()
                .chain(org_words::GENERIC.iter().map(|(w, _)| *w))
                .chain(org_words::LATIN_GENERIC.iter().map(|(w, _)| *w))
                // Legal forms and cities say as little (有限公司 = Co., Ltd.,
                // 深圳 = Shenzhen): two companies of one city are not one.
                .chain(org_words::HAN_LEGAL.iter().copied())
                .chain(org_words::LATIN_STOP.iter().copied())
                .chain(org_words::PLACES.iter().flat_map(|(zh, en)| [*zh, *en]))
                .map(|w| (w, ())),
        )
    })
}

/// The lexicon entries of the generic Chinese words, so that each word
/// of a segmented text is settled by its entry number, not its spelling.
fn generic_entries() -> &'static [u32] {
    static ENTRIES: std::sync::OnceLock<Vec<u32>> = std::sync::OnceLock::new();
    ENTRIES.get_or_init(|| {
        let mut entries: Vec<u32> = generic_words()
            .keys()
            .filter_map(|w| longest(w).filter(|(len, _)| *len == w.len()))
            .map(|(_, entry)| entry)
            .collect();
        entries.sort_unstable();
        entries
    })
}

/// Résumé words that name a kind of entry, beyond organisation words.
const GENERIC_HAN: &[&str] = &[
    "奖", "獎", "奖项", "獎項", "项目", "項目", "公司", "比赛", "比賽", "竞赛", "競賽", "大赛",
    "大賽", "系统", "系統", "平台", "证书", "證書", "认证", "認證", "荣誉", "榮譽", "称号", "稱號",
    "优秀", "優秀",
];
const GENERIC_STEMS: &[&str] = &[
    "project", "award", "priz", "compani", "compan", "competit", "compet", "contest", "system",
    "platform", "certif", "honor", "honour", "outstand", "excel",
];

/// English words that carry no content.
const STOP: &[&str] = &[
    "a", "an", "the", "of", "to", "and", "or", "in", "on", "at", "for", "with", "by", "as", "from",
    "into", "is", "are", "be", "it", "its", "via",
];

static STOP_SET: WordSet = WordSet::new(STOP);

/// Words of a text compared, at most: a bit each in a `u128`.
const MAX_BAG: usize = 128;

/// A text's words, in order (the first [`MAX_BAG`]).
#[derive(Clone, Debug, Default)]
pub struct Bag {
    pub words: Vec<Word>,
    /// The vocabulary ids of its distinctive English words, and of the
    /// glosses of its distinctive Chinese words, hashed into 128 bits: two
    /// texts whose bits do not meet cannot translate each other, which
    /// settles most pairs of a section without comparing words.
    latin_bits: u128,
    gloss_bits: u128,
}

impl Bag {
    pub fn new(text: &str) -> Self {
        let mut words = Vec::new();
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            if words.len() >= MAX_BAG {
                break;
            }
            if is_han(c) {
                let end = rest.find(|c: char| !is_han(c)).unwrap_or(rest.len());
                segment(&rest[..end], &mut words);
                rest = &rest[end..];
            } else if c.is_alphanumeric() {
                let end = rest
                    .find(|c: char| !c.is_alphanumeric() || is_han(c))
                    .unwrap_or(rest.len());
                let surface = &rest[..end];
                let lower = surface.to_lowercase();
                // Numbers only when long enough to be a reference (a grant
                // or patent number), not a year or a count.
                let word = surface.chars().any(char::is_alphabetic) || surface.len() >= 5;
                if word && !STOP_SET.contains(&lower) {
                    let generic = is_generic(&lower);
                    let stem = stem_lower(lower);
                    let id = stem_id(&stem);
                    let mut w = Word::new(
                        Cow::Owned(surface.to_string()),
                        WordKind::Latin { stem, id },
                    );
                    w.generic |= generic;
                    words.push(w);
                }
                rest = &rest[end..];
            } else {
                rest = &rest[c.len_utf8()..];
            }
        }
        words.truncate(MAX_BAG);
        let bit = |id: u32| 1u128 << (id % 128);
        let (mut latin_bits, mut gloss_bits) = (0, 0);
        for w in words.iter().filter(|w| !w.generic) {
            match w.kind {
                WordKind::Latin { id: Some(id), .. } => latin_bits |= bit(id),
                WordKind::Han(h) => gloss(h).iter().for_each(|&g| gloss_bits |= bit(g.into())),
                WordKind::Latin { id: None, .. } => {}
            }
        }
        Bag {
            words,
            latin_bits,
            gloss_bits,
        }
    }

    /// False when no distinctive word of one may translate one of the other.
    pub fn may_translate(&self, other: &Bag) -> bool {
        self.latin_bits & other.gloss_bits != 0 || self.gloss_bits & other.latin_bits != 0
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether the lexicon can judge these two texts at all: one has
    /// English content words it knows, the other Chinese ones. When it
    /// can and finds no link, the texts say different things.
    pub fn comparable(&self, other: &Bag) -> bool {
        (self.latin_bits != 0 && other.gloss_bits != 0)
            || (self.gloss_bits != 0 && other.latin_bits != 0)
    }
}

/// Splits a run of Chinese characters into lexicon words; characters the
/// lexicon does not hold (or holds only as grammar) are skipped.
///
/// Longest match from the left is right for most runs but not where two
/// words overlap: 吉宝安全卓越奖 reads 吉/宝安/全/卓越/奖 (宝安 is a district)
/// where the sense is 吉宝/安全/卓越/奖 (Keppel safety excellence award).
/// When the left-to-right reading leaves a lone character that makes a
/// word with the end of the word before it, the run is also read right to
/// left, and the reading with fewer pieces wins, then the
/// one with fewer lone characters, then the right-to-left one (the usual
/// bidirectional maximum matching: the second reading is only computed
/// for the runs that may need it).
fn segment(run: &str, out: &mut Vec<Word>) {
    let forward = forward(run);
    let lone = |pieces: &[Piece]| pieces.iter().filter(|p| p.chars == 1).count();
    // The mark of an overlap: a lone character that makes a word with the
    // last character of the word before it (宝安 + 全: 安全).
    let overlap = forward.windows(2).any(|w| {
        w[0].chars > 1 && w[1].chars == 1 && {
            let last = run[..w[1].start]
                .chars()
                .next_back()
                .map_or(0, char::len_utf8);
            let lone_len = run[w[1].start..].chars().next().map_or(0, char::len_utf8);
            exact(&run[w[1].start - last..w[1].start + lone_len]).is_some()
        }
    });
    let chosen = if !overlap {
        forward
    } else {
        let backward = backward(run);
        let cost = |pieces: &[Piece]| (pieces.len(), lone(pieces));
        if cost(&backward) <= cost(&forward) {
            backward
        } else {
            forward
        }
    };
    for entry in chosen.into_iter().filter_map(|p| p.entry) {
        let key = han_key(entry as usize);
        out.push(Word::new(Cow::Borrowed(key), WordKind::Han(entry)));
    }
}

/// A piece of a segmented run: a lexicon word, or a character it lacks.
struct Piece {
    /// Byte offset in the run.
    start: usize,
    chars: usize,
    entry: Option<u32>,
}

fn forward(run: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut rest = run;
    while !rest.is_empty() {
        match longest(rest) {
            Some((len, entry)) => {
                pieces.push(Piece {
                    start: run.len() - rest.len(),
                    chars: rest[..len].chars().count(),
                    entry: Some(entry),
                });
                rest = &rest[len..];
            }
            None => {
                let c = rest.chars().next().map_or(1, char::len_utf8);
                pieces.push(Piece {
                    start: run.len() - rest.len(),
                    chars: 1,
                    entry: None,
                });
                rest = &rest[c..];
            }
        }
    }
    pieces
}

/// Longest match from the right: at each end, the longest lexicon word
/// that ends there.
fn backward(run: &str) -> Vec<Piece> {
    let starts: Vec<usize> = run.char_indices().map(|(i, _)| i).collect();
    let mut pieces = Vec::new();
    let mut end = starts.len();
    while end > 0 {
        let found = (1..=MAX_CHARS.min(end)).rev().find_map(|n| {
            let from = starts[end - n];
            let to = starts.get(end).copied().unwrap_or(run.len());
            exact(&run[from..to]).map(|entry| (n, entry))
        });
        let (n, entry) = found.map_or((1, None), |(n, e)| (n, Some(e)));
        pieces.push(Piece {
            start: starts[end - n],
            chars: n,
            entry,
        });
        end -= n;
    }
    pieces.reverse();
    pieces
}

/// The lexicon entry spelled exactly `word`.
fn exact(word: &str) -> Option<u32> {
    longest(word).and_then(|(len, entry)| (len == word.len()).then_some(entry))
}

/// Item `i` of words stored end to end.
fn nth(text: &'static str, ends: &[u32], i: usize) -> &'static str {
    let start = if i == 0 { 0 } else { ends[i - 1] as usize };
    &text[start..ends[i] as usize]
}

fn han_key(i: usize) -> &'static str {
    nth(HAN, HAN_END, i)
}

/// The longest lexicon word `text` starts with: its byte length and entry.
/// The first character picks its words from a small index; then the
/// sorted keys narrow one character at a time, each step a binary search
/// within the keys sharing the prefix so far.
fn longest(text: &str) -> Option<(usize, u32)> {
    let first = text.chars().next()?;
    let at = HAN_FIRST.binary_search_by_key(&first, |(c, _)| *c).ok()?;
    let (mut lo, mut hi) = (
        HAN_FIRST[at].1 as usize,
        HAN_FIRST
            .get(at + 1)
            .map_or(HAN_END.len(), |(_, i)| *i as usize),
    );
    let mut best = (han_key(lo).len() == first.len_utf8()).then_some((first.len_utf8(), lo as u32));
    // The index settled the first character; narrow from the second.
    for (n, (i, c)) in text.char_indices().enumerate().skip(1) {
        if n >= MAX_CHARS {
            break;
        }
        let prefix = &text[..i + c.len_utf8()];
        let keys = lo..hi;
        let first = lo + partition(keys.clone(), |k| k < prefix);
        let end = first + partition(first..hi, |k| k.starts_with(prefix));
        if first == end {
            break;
        }
        if han_key(first) == prefix {
            best = Some((prefix.len(), first as u32));
        }
        (lo, hi) = (first, end);
    }
    best
}

/// How many keys of the range, from its start, satisfy `pred`.
fn partition(range: std::ops::Range<usize>, pred: impl Fn(&str) -> bool) -> usize {
    let (mut lo, mut hi) = (0, range.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if pred(han_key(range.start + mid)) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

fn stem_id(stem: &str) -> Option<u32> {
    let (mut lo, mut hi) = (0, STEM_END.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        match nth(STEMS, STEM_END, mid).cmp(stem) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(mid as u32),
        }
    }
    None
}

/// The English stems a lexicon word translates to, as vocabulary ids.
fn gloss(entry: u32) -> &'static [u16] {
    let i = entry as usize;
    let start = if i == 0 { 0 } else { GLOSS_END[i - 1] as usize };
    &GLOSS[start..GLOSS_END[i] as usize]
}

/// Whether two words are the same or translate each other.
fn linked(x: &Word, y: &Word) -> bool {
    match (&x.kind, &y.kind) {
        (WordKind::Han(a), WordKind::Han(b)) => a == b,
        (WordKind::Latin { id: Some(a), .. }, WordKind::Latin { id: Some(b), .. }) => a == b,
        (WordKind::Latin { stem: a, .. }, WordKind::Latin { stem: b, .. }) => a == b,
        (WordKind::Han(h), WordKind::Latin { id: Some(id), .. })
        | (WordKind::Latin { id: Some(id), .. }, WordKind::Han(h)) => {
            gloss(*h).contains(&(*id as u16))
        }
        _ => false,
    }
}

/// Which word of `a` matches which word of `b`, as index pairs. A word
/// of the same script matches at most one; a Chinese word may stand for
/// several English ones (一等奖 = first prize), each English word for one.
pub fn links(a: &Bag, b: &Bag) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    // Bags hold at most 128 words, so a bit each.
    let (mut used_a, mut used_b) = (0u128, 0u128);
    let used = |mask: u128, i: usize| mask & (1 << i) != 0;
    // Two passes: first every word finds a partner of its own, then an
    // English word left over may join a Chinese word already matched.
    for second in [false, true] {
        for (i, x) in a.words.iter().enumerate() {
            for (j, y) in b.words.iter().enumerate() {
                let (ua, ub) = (used(used_a, i), used(used_b, j));
                if ua && ub {
                    continue;
                }
                let free = !ua && !ub;
                // A further English word joins a Chinese one only if it is
                // another word of the phrase, not the same word again.
                let repeats = |han: usize, latin: &Word, a_is_han: bool| {
                    out.iter().any(|&(p, q)| {
                        let (h, l) = if a_is_han {
                            (p, &b.words[q])
                        } else {
                            (q, &a.words[p])
                        };
                        h == han && l.key() == latin.key()
                    })
                };
                let joins = second
                    && match (&x.kind, &y.kind) {
                        (WordKind::Han(_), WordKind::Latin { .. }) => !ub && !repeats(i, y, true),
                        (WordKind::Latin { .. }, WordKind::Han(_)) => !ua && !repeats(j, x, false),
                        _ => false,
                    };
                if (free || joins) && linked(x, y) {
                    out.push((i, j));
                    used_a |= 1 << i;
                    used_b |= 1 << j;
                    if matches!(x.kind, WordKind::Latin { .. }) {
                        break;
                    }
                }
            }
        }
    }
    out.sort_unstable();
    out
}

/// Reduces an English word to a stem, so "national" meets "nation" and
/// "certified" meets "certificate": plural and tense endings first, then
/// derivational suffixes until none is left, keeping three letters. Cruder
/// than Porter's, but it is the same function on both sides (the lexicon
/// was stemmed with it), so only consistency matters.
pub fn stem(word: &str) -> String {
    stem_lower(word.to_lowercase())
}

/// [`stem`] of a word already in lower case.
fn stem_lower(mut w: String) -> String {
    if !w.chars().all(|c| c.is_ascii_alphabetic()) || w.len() <= 3 {
        return w;
    }
    const INFLECTION: &[(&str, &str)] = &[
        ("ies", "y"),
        ("sses", "ss"),
        ("ating", "ate"),
        ("ated", "ate"),
        ("ings", ""),
        ("ing", ""),
        ("ed", ""),
        ("s", ""),
    ];
    const DERIVATION: &[&str] = &[
        "izations", "isations", "ization", "isation", "ational", "ations", "ation", "itions",
        "ition", "ments", "ment", "ness", "ative", "ise", "ize", "yse", "yze", "ical", "ally",
        "ity", "ive", "ful", "ics", "ion", "ure", "ate", "ic", "al", "er", "or", "ly",
    ];
    // British spellings meet American ones (harbour, centre, programme).
    for (british, american) in [("our", "or"), ("tre", "ter"), ("mme", "m")] {
        if w.len() > 4 && w.ends_with(british) {
            w.truncate(w.len() - british.len());
            w.push_str(american);
        }
    }
    for (suffix, with) in INFLECTION {
        if let Some(base) = w.strip_suffix(suffix) {
            let keeps = !(*suffix == "s" && (base.ends_with('s') || base.ends_with('u')));
            if keeps && base.len() >= 3 {
                w.truncate(base.len());
                w.push_str(with);
                break;
            }
        }
    }
    loop {
        let before = w.len();
        undouble(&mut w);
        // The last letter first: most suffixes are settled without a
        // string comparison (this runs for every English word of a text).
        let last = w.as_bytes().last().copied();
        if let Some(base) = DERIVATION
            .iter()
            .filter(|s| s.as_bytes().last().copied() == last)
            .find_map(|s| w.strip_suffix(s).filter(|b| b.len() >= 3))
        {
            w.truncate(base.len());
        }
        if w.len() > 3 && w.ends_with(['e', 'i', 'y']) {
            w.pop();
        }
        if w.len() == before {
            return w;
        }
    }
}

/// `modell` → `model`, `runn` → `run`.
fn undouble(w: &mut String) {
    let b = w.as_bytes();
    let n = b.len();
    if n > 3 && b[n - 1] == b[n - 2] && !b"aeiou".contains(&b[n - 1]) {
        w.pop();
    }
}

/// The tables `tests/codegen.rs` writes: Chinese words sorted, each with
/// the ids of its English stems; the stems sorted.
pub struct Tables {
    pub han: Vec<String>,
    pub glosses: Vec<Vec<u16>>,
    pub stems: Vec<String>,
    pub max_chars: usize,
}

/// Builds the tables from `word<TAB>english words` lines, stemming the
/// English with [`stem`].
pub fn build_tables(tsv: &str) -> Tables {
    let mut rows: Vec<(String, Vec<String>)> = tsv
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|line| {
            let (han, en) = line.split_once('\t').unwrap_or((line, ""));
            let mut stems: Vec<String> = Vec::new();
            for w in en.split_whitespace() {
                let s = stem(w);
                if !stems.contains(&s) {
                    stems.push(s);
                }
            }
            (han.to_string(), stems)
        })
        .collect();
    rows.sort();
    rows.dedup_by(|x, y| x.0 == y.0);
    let mut stems: Vec<String> = rows.iter().flat_map(|r| r.1.iter().cloned()).collect();
    stems.sort();
    stems.dedup();
    assert!(
        stems.len() <= u16::MAX as usize,
        "too many stems for u16 ids"
    );
    let glosses = rows
        .iter()
        .map(|(_, ws)| {
            let mut ids: Vec<u16> = ws
                .iter()
                .map(|w| stems.binary_search(w).unwrap_or_default() as u16)
                .collect();
            ids.sort_unstable();
            ids
        })
        .collect();
    Tables {
        max_chars: rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0),
        han: rows.into_iter().map(|r| r.0).collect(),
        glosses,
        stems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn han(bag: &Bag) -> Vec<&str> {
        bag.words
            .iter()
            .filter(|w| matches!(w.kind, WordKind::Han(_)))
            .map(|w| &*w.surface)
            .collect()
    }

    fn shown(a: &str, b: &str) -> Vec<String> {
        let (x, y) = (Bag::new(a), Bag::new(b));
        links(&x, &y)
            .into_iter()
            .map(|(i, j)| format!("{}={}", x.words[i].surface, y.words[j].surface))
            .collect()
    }

    #[test]
    fn segments_by_longest_match() {
        assert_eq!(han(&Bag::new("国家奖学金")), ["国家", "奖学金"]);
        assert_eq!(han(&Bag::new("自然语言处理")), ["自然语言处理"]);
        assert_eq!(
            han(&Bag::new("全国大学生数学建模竞赛")),
            ["全国", "大学生", "数学", "建模", "竞赛"]
        );
    }

    #[test]
    fn an_overlap_is_read_from_the_right() {
        // Left to right this is 吉/宝安/全/卓越/奖 (宝安 is a district).
        let bag = Bag::new("吉宝安全卓越奖");
        let words = han(&bag);
        assert!(words.contains(&"安全"), "{words:?}");
        assert!(!words.contains(&"宝安"), "{words:?}");
        // A run without the mark of an overlap keeps its left-to-right reading.
        assert_eq!(han(&Bag::new("国家奖学金")), ["国家", "奖学金"]);
    }

    #[test]
    fn traditional_segments_like_simplified() {
        assert_eq!(han(&Bag::new("國家獎學金")), ["國家", "獎學金"]);
        assert_eq!(
            shown("國家獎學金", "National Scholarship"),
            ["國家=National", "獎學金=Scholarship"]
        );
    }

    #[test]
    fn grammar_and_unknown_characters_are_skipped() {
        assert_eq!(han(&Bag::new("云的架构")), ["云", "架构"]);
    }

    #[test]
    fn stems_meet_across_forms() {
        for (a, b) in [
            ("national", "nation"),
            ("professional", "profession"),
            ("certified", "certificate"),
            ("certification", "certify"),
            ("modelling", "modeling"),
            ("generation", "generate"),
            ("generated", "generative"),
            ("abbreviated", "abbreviation"),
            ("retrieval", "retrieve"),
            ("mathematical", "mathematics"),
            ("competition", "compete"),
            ("architecture", "architect"),
            ("prizes", "prize"),
            ("companies", "company"),
            ("harbour", "harbor"),
            ("centre", "center"),
            ("programme", "programs"),
            ("organisation", "organize"),
            ("modelling", "model"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        assert_ne!(stem("design"), stem("sign"));
        assert_eq!(stem("AWS"), "aws");
        assert_eq!(stem("c++"), "c++");
    }

    #[test]
    fn links_are_one_to_one_except_phrases() {
        assert_eq!(
            shown("一等奖", "First Prize"),
            ["一等奖=First", "一等奖=Prize"]
        );
        // Two English words of one stem take two Chinese words, not one.
        assert_eq!(shown("项目", "project project"), ["项目=project"]);
        assert_eq!(shown("Cloud 云", "cloud"), ["Cloud=cloud"]);
        assert!(shown("数学建模", "Best Paper Award").is_empty());
    }

    #[test]
    fn bags_cap_their_words_and_prefilter() {
        let long = Bag::new(&"quantum 量子 ".repeat(200));
        assert_eq!(long.words.len(), MAX_BAG);
        assert_eq!(links(&long, &long).len(), MAX_BAG);
        assert!(Bag::new("数学").may_translate(&Bag::new("Mathematics")));
        assert!(!Bag::new("数学").may_translate(&Bag::new("Payroll")));
        // Generic words alone never let a pair through.
        assert!(!Bag::new("项目").may_translate(&Bag::new("Project")));
    }

    #[test]
    fn generic_words_are_known() {
        let bag = Bag::new("项目 奖 Awards Projects 奖学金 有限公司 Ltd 深圳 Shenzhen");
        let generic: Vec<bool> = bag.words.iter().map(|w| w.generic).collect();
        assert_eq!(
            generic,
            [true, true, true, true, false, true, true, true, true]
        );
    }

    #[test]
    fn tables_stem_glosses_and_sort() {
        let t = build_tables("乙\tnations\n甲\tnational prize\n");
        assert_eq!(t.han, ["乙", "甲"]);
        assert_eq!(t.stems, ["nat", "priz"]);
        assert_eq!(t.glosses, [vec![0], vec![0, 1]]);
        assert_eq!(t.max_chars, 1);
    }
}
