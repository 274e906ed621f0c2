//! Whether a given name in Latin letters spells its characters, read
//! syllable by syllable in the system its other syllables are written in.
//!
//! A given name is one system's spelling: pinyin or Wade–Giles (Siyuan,
//! Yu-hsiang), or Cantonese as Hong Kong and Macau write it (Ka-lok, Sio
//! Wai). When every syllable but one reads its character in that system,
//! and the odd one out is a syllable of the same system, it names another
//! character: "Siyuan" for 志远, "Wai Kin" for 志健. A syllable no table
//! reads (Hokkien "Boon", Hakka "Kok") is never judged: the name may be
//! right in a spelling we lack.

use super::Verdict;
use crate::terms::pinyin::{HanRun, cuts, is_syllable, readings};
use crate::terms::romanisation;
use crate::terms::spellings::{CANTONESE, SOUTHERN};

/// English given names that cut into pinyin syllables (A-da, Ni-na): an
/// English name beside or instead of the Chinese one is not a romanised
/// given name, even when it sounds like it (Ada for 艾达, Nina for 丽娜).
const ENGLISH_NAMES: &[&str] = &[
    "ada", "alan", "alana", "alina", "ana", "anna", "angela", "bianca", "dana", "diana", "dina",
    "elena", "hana", "jana", "lana", "lena", "leo", "lia", "liana", "lina", "linda", "luna", "mia",
    "mina", "nana", "nina", "rina", "sana", "tina", "yana", "yuna", "gena", "tiana",
];

/// One way of reading a given name: the syllable written for each
/// character, from which words.
struct Reading<'a> {
    syllables: Vec<&'a str>,
    words: std::ops::Range<usize>,
    /// An English name cut into syllables: not a reading at all.
    english: bool,
}

/// How one syllable stands to its character: whether each system reads
/// it so, and whether it is a syllable of that system at all.
struct Syllable {
    mandarin: bool,
    cantonese: bool,
    southern: bool,
    in_mandarin: bool,
    in_cantonese: bool,
    in_southern: bool,
    pinyin: bool,
}

impl Syllable {
    fn read(&self) -> bool {
        self.mandarin || self.cantonese || self.southern
    }

    /// A word of no system (Cheryl) is no syllable of the name.
    fn foreign(&self) -> bool {
        !self.read() && !self.in_mandarin && !self.in_cantonese && !self.in_southern
    }
}

fn syllable(c: char, s: &str) -> Syllable {
    let mandarin = readings(c)
        .iter()
        .any(|r| r == s || romanisation::spells_in_wade_giles(r, s));
    let (cantonese, southern) = (CANTONESE.reads(c, s), SOUTHERN.reads(c, s));
    // What system a syllable belongs to is asked only of unread ones:
    // most names read in full, and the tables of every spelling are then
    // never searched.
    let unread = !(mandarin || cantonese || southern);
    Syllable {
        mandarin,
        cantonese,
        southern,
        in_mandarin: unread && (is_syllable(s) || romanisation::is_wade_giles(s)),
        in_cantonese: unread && CANTONESE.of(c).is_some() && CANTONESE.is_spelling(s),
        in_southern: unread && SOUTHERN.of(c).is_some() && SOUTHERN.is_spelling(s),
        pinyin: is_syllable(s),
    }
}

/// The verdict on the given name: `None` when some reading spells it, or
/// when none can be judged.
///
/// `words` are the name's Latin words, lower case; `surname` the index of
/// the one that spells the surname, of `surname_len` characters.
pub(super) fn differs(
    run: &HanRun,
    words: &[String],
    surname: usize,
    surname_len: usize,
    latin: &str,
) -> Option<Verdict> {
    let given = run.chars.get(surname_len..)?;
    if !(2..=3).contains(&given.len()) {
        return None;
    }
    let written = &words[surname];
    let surname_mandarin = surname_len == 2
        || readings(run.chars[0])
            .iter()
            .any(|r| r == written || romanisation::spells_in_wade_giles(r, written));
    let surname_cantonese = surname_len == 1 && CANTONESE.reads(run.chars[0], written);
    // Tan, Lim, Goh, Liew: a surname in Hokkien, Teochew or Hakka.
    let surname_southern = surname_len == 1
        && !surname_mandarin
        && !surname_cantonese
        && romanisation::spells_surname(run.chars[0], written);
    let tokens: Vec<&str> = words
        .iter()
        .enumerate()
        .filter(|(k, _)| *k != surname)
        .map(|(_, w)| w.as_str())
        .collect();
    let lower = latin.to_lowercase();
    let hyphenated = |r: &std::ops::Range<usize>| {
        r.len() >= 2
            && tokens[r.clone()]
                .windows(2)
                .all(|p| lower.contains(&format!("{}-{}", p[0], p[1])))
    };
    let mut readings_found = Vec::new();
    for start in 0..tokens.len() {
        extend(
            &tokens,
            start,
            start,
            given.len(),
            &mut Vec::new(),
            false,
            &mut readings_found,
        );
    }
    let mut best: Option<(usize, Option<Verdict>)> = None;
    for r in readings_found.iter().filter(|r| !r.english) {
        let marks: Vec<Syllable> = given
            .iter()
            .zip(&r.syllables)
            .map(|(c, s)| syllable(*c, s))
            .collect();
        let reads = marks.iter().filter(|m| m.read()).count();
        if reads == given.len() {
            return None;
        }
        if marks.iter().any(Syllable::foreign) {
            continue;
        }
        let odd = || marks.iter().filter(|m| !m.read());
        let even = || marks.iter().filter(|m| m.read());
        // Every other word is an English name (Cheryl), no syllable.
        let whole = tokens.iter().enumerate().all(|(k, w)| {
            r.words.contains(&k)
                || !(is_any_syllable(w)
                    || romanisation::is_wade_giles(w)
                    || crate::terms::pinyin::is_pinyin_like(w))
        });
        let mandarin = (reads >= 1 || (whole && hyphenated(&r.words) && surname_mandarin))
            && even().all(|m| m.mandarin)
            && odd().all(|m| m.in_mandarin && (surname_mandarin || m.pinyin));
        // A Cantonese name: after a Cantonese surname, or hyphenated as
        // Hong Kong writes it. A syllable only Cantonese reads is no proof:
        // Hokkien and Hakka share many (金 Kim, 福 Fook, 山 San).
        let cantonese = (surname_cantonese || hyphenated(&r.words))
            && even().all(|m| m.cantonese)
            && odd().all(|m| m.in_cantonese)
            && (reads >= 1 || (whole && surname_cantonese));
        // After a Hokkien, Teochew or Hakka surname, a syllable of those
        // spellings that is another character's (Wee for 志, whose are
        // Chee and Chi).
        let southern = surname_southern && reads >= 1 && odd().all(|m| m.in_southern);
        let verdict = if cantonese {
            Some(Verdict::CantoneseGiven)
        } else if mandarin {
            Some(Verdict::GivenName)
        } else if southern {
            Some(Verdict::SouthernGiven)
        } else {
            None
        };
        // The reading that spells the most characters is the one meant;
        // of several as good, any that cannot be judged settles nothing.
        match &mut best {
            Some((n, v)) if *n == reads => {
                if verdict.is_none() {
                    *v = None;
                }
            }
            Some((n, _)) if *n > reads => {}
            _ => best = Some((reads, verdict)),
        }
    }
    best.and_then(|(_, v)| v)
}

/// Whether a word is one syllable of pinyin or of a name table.
fn is_any_syllable(word: &str) -> bool {
    is_syllable(word) || CANTONESE.is_spelling(word) || SOUTHERN.is_spelling(word)
}

/// Every way the words from `at` on spell `left` more characters, each
/// word one syllable or, written together (Siyuan), several.
fn extend<'a>(
    tokens: &[&'a str],
    start: usize,
    at: usize,
    left: usize,
    syllables: &mut Vec<&'a str>,
    english: bool,
    out: &mut Vec<Reading<'a>>,
) {
    if left == 0 {
        out.push(Reading {
            syllables: syllables.clone(),
            words: start..at,
            english,
        });
        return;
    }
    let Some(word) = tokens.get(at) else {
        return;
    };
    syllables.push(word);
    extend(tokens, start, at + 1, left - 1, syllables, english, out);
    syllables.pop();
    // A word that is one syllable (Ying, Xian) is not cut in two.
    if is_any_syllable(word) {
        return;
    }
    for parts in 2..=left {
        for cut in cuts(word, parts) {
            let n = syllables.len();
            syllables.extend(cut);
            let english = english || ENGLISH_NAMES.contains(word);
            extend(tokens, start, at + 1, left - parts, syllables, english, out);
            syllables.truncate(n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::judge;
    use super::Verdict;

    #[test]
    fn one_syllable_of_the_names_system_for_another_character() {
        // Pinyin written together or apart, after any surname spelling.
        assert_eq!(judge("韩志远", "Siyuan Han"), Some(Verdict::GivenName));
        assert_eq!(judge("周子涵", "Zhou Yihan"), Some(Verdict::GivenName));
        assert_eq!(judge("吴志良", "Goh Wei Liang"), Some(Verdict::GivenName));
        assert_eq!(
            judge("陈志明", "Marcus Tan Wei Ming"),
            Some(Verdict::GivenName)
        );
        // Cantonese after a Cantonese surname, apart or hyphenated.
        assert_eq!(
            judge("張志健", "Patrick Cheong Wai Kin"),
            Some(Verdict::CantoneseGiven)
        );
        assert_eq!(
            judge("楊少敏", "Cecilia Ieong Sio Wai"),
            Some(Verdict::CantoneseGiven)
        );
        // Every syllable another character's, in a Cantonese name.
        assert_eq!(
            judge("盧美玲", "Lou Weng Ian"),
            Some(Verdict::CantoneseGiven)
        );
        assert_eq!(
            judge("劉詠琪", "Cheryl Lau Hoi-ying"),
            Some(Verdict::CantoneseGiven)
        );
        // A whole given name in another's Wade–Giles.
        assert_eq!(judge("林怡萱", "Lin Yu-ting"), Some(Verdict::GivenName));
        // Hokkien, Teochew and Hakka, after such a surname.
        assert_eq!(
            judge("陈志强", "Tan Wee Keong"),
            Some(Verdict::SouthernGiven)
        );
        assert_eq!(
            judge("林秀玲", "Lim Siew Hui"),
            Some(Verdict::SouthernGiven)
        );
    }

    #[test]
    fn names_in_spellings_no_table_reads_are_left_alone() {
        // Hokkien, Hakka and Teochew syllables after their surnames.
        assert_eq!(judge("黄文杰", "Ng Boon Keat"), None);
        assert_eq!(judge("谢慧玲", "Cheah Wei Ling"), None);
        assert_eq!(judge("刘国华", "Jacky Liew Kok Wah"), None);
        assert_eq!(judge("林振明", "Lim Chin Ming"), None);
        assert_eq!(judge("许振南", "Koh Chin Nam"), None);
        assert_eq!(judge("林金成", "Lim Kim Seng"), None);
        assert_eq!(judge("陈亚九", "Tan Ah Kow"), None);
        assert_eq!(judge("黃金山", "Oei Kim San"), None);
        assert_eq!(judge("陈国伟", "Jonathan Chan Kok Wai"), None);
        assert_eq!(judge("温金福", "Voon Kim Fook"), None);
        // Right in Macau or Cantonese spelling.
        assert_eq!(judge("張美玲", "Cheong Mei Leng"), None);
        assert_eq!(judge("姚永康", "Io Weng Hong"), None);
        // English names that cut into pinyin.
        assert_eq!(judge("张丽娜", "Nina Zhang"), None);
        assert_eq!(judge("林艾达", "Ada Lin"), None);
    }
}
