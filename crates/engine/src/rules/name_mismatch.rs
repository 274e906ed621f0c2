use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::message::Msg;
use crate::model::Text;
use crate::rules::Context;
use crate::terms::pinyin::{HanRun, is_han, is_pinyin_like, is_syllable, readings};
use crate::terms::{cantonese, romanisation};

declare_rule! {
    /// ## What it does
    /// Checks that the person's `basics.name` in a Latin-script version
    /// spells the Chinese name: 陈美玲 matches "Meiling Chen", "Chen
    /// Meiling", "Mei-ling Chen" and "Meiling CHEN". An English given name
    /// beside or instead of the pinyin ("Kevin Meiling Chen", "Ada Lin" for
    /// 林艾达) is fine. Surnames are read in pinyin, in Wade–Giles (簡 =
    /// Chien) and in the Cantonese, Hokkien, Teochew and Hakka spellings of
    /// Hong Kong, Macau, Singapore and Malaysia (張 = Cheung, 黃 = Ooi); a
    /// hyphenated Hong Kong or Macau given name is read in Cantonese
    /// (家樂 = Ka-lok).
    ///
    /// ## Why is this bad?
    /// The two versions must be recognisably one person: a surname that does
    /// not match, or a given name romanised differently from the Chinese
    /// (Meilin for 美玲), makes a recruiter wonder which is right.
    ///
    /// ## Example
    /// ```yaml
    /// # en.yaml             # zh.yaml
    /// name: Meilin Chen      name: 陈美玲
    /// ```
    ///
    /// ## How to settle it
    /// Correct the spelling. A surname that reads as another surname is an
    /// error; a surname no spelling cvpair knows can read, and a given name
    /// that spells different characters, are warnings, since some people
    /// romanise their names their own way: in that case suppress it.
    pub const RULE = {
        code: "CV405",
        name: "name-mismatch",
        severity: Error,
        check: check,
    };
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for cmp in ctx.comparisons {
        let (Some(na), Some(nb)) = (cmp.a.basics.text("name"), cmp.b.basics.text("name")) else {
            continue;
        };
        // Compare the Chinese-script name with the Latin one, whichever is which.
        let (han, latin, han_doc, latin_doc) = match (has_han(na), has_han(nb)) {
            (false, true) => (nb, na, cmp.b, cmp.a),
            (true, false) => (na, nb, cmp.a, cmp.b),
            _ => continue,
        };
        let Some(verdict) = judge(&han.value, &latin.value) else {
            continue;
        };
        let (msg, severity) = match verdict {
            Verdict::Surname => ("name-mismatch-surname", Severity::Error),
            Verdict::UnsureSurname => ("name-mismatch-surname-unread", Severity::Warning),
            Verdict::CantoneseGiven => ("name-mismatch-given-cantonese", Severity::Warning),
            Verdict::GivenName => ("name-mismatch-given", Severity::Warning),
        };
        out.push(
            Finding::new(
                &RULE,
                ctx.profile,
                Msg::new(msg)
                    .arg("latin", latin.value.trim().to_string())
                    .arg("han", han.value.trim().to_string())
                    .arg("pinyin", spelling(&han.value))
                    .arg("cantonese", cantonese_spelling(&han.value)),
            )
            .severity(severity)
            .at(&latin_doc.file, latin.span, None)
            .at(&han_doc.file, han.span, None),
        );
    }
}

fn has_han(t: &Text) -> bool {
    t.value.chars().any(is_han)
}

/// The given name in Cantonese as documents spell it (`ka-lok`), `?` for a
/// character the table lacks.
fn cantonese_spelling(han: &str) -> String {
    han.chars()
        .filter(|c| is_han(*c))
        .skip(1)
        .map(|c| {
            cantonese::spellings(c)
                .and_then(|s| s.first())
                .copied()
                .unwrap_or("?")
        })
        .collect::<Vec<_>>()
        .join("-")
}

fn spelling(han: &str) -> String {
    let run = HanRun::new(&han.chars().filter(|c| is_han(*c)).collect::<String>());
    run.spelling(0..run.chars.len())
}

#[derive(Debug, PartialEq)]
enum Verdict {
    Surname,
    UnsureSurname,
    CantoneseGiven,
    GivenName,
}

/// Whether a Latin name spells a Chinese one; `None` when it does.
fn judge(han: &str, latin: &str) -> Option<Verdict> {
    let run = HanRun::new(&han.chars().filter(|c| is_han(*c)).collect::<String>());
    if run.chars.is_empty() {
        return None;
    }
    let words: Vec<String> = latin
        .split(|c: char| !c.is_ascii_alphabetic())
        .flat_map(split_camel)
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        return None;
    }
    let mut covered = vec![false; run.chars.len()];
    let mut unmatched: Vec<&str> = Vec::new();
    // A word that spells none of the characters and that we can read as a
    // surname (pinyin, or a spelling in the table): it names another one.
    let mut other_surname = false;
    // What each word spelled, in the order written ("Hui Min": 慧 by hui).
    let mut spelt: Vec<Option<std::ops::Range<usize>>> = Vec::with_capacity(words.len());
    let opening: String = run.chars.iter().take(2).collect();
    for w in &words {
        let mut hit = false;
        let mut range = None;
        for start in 0..run.chars.len() {
            if let Some(end) = run.spell_from(start, w) {
                covered[start..end].iter_mut().for_each(|c| *c = true);
                hit = true;
                range.get_or_insert(start..end);
            }
        }
        // A compound surname in Hong Kong or Macau spelling (Ao Ieong for
        // 歐陽): the word covers both characters, as 欧阳 read as ouyang does.
        if romanisation::spells_compound_surname(&opening, w) {
            covered[..2].iter_mut().for_each(|c| *c = true);
            hit = true;
            range = Some(0..2);
        }
        spelt.push(range);
        let surname_variant = romanisation::spells_surname(run.chars[0], w)
            || readings(run.chars[0])
                .iter()
                .any(|r| romanisation::spells_in_wade_giles(r, w));
        if surname_variant {
            covered[0] = true;
            hit = true;
        }
        if !hit && is_pinyin_like(w) {
            unmatched.push(w);
        }
        other_surname |= !hit && (is_pinyin_like(w) || romanisation::is_known_spelling(w));
    }
    // A misspelt given name starts like it ("Meilin" for 美玲: mei-);
    // a pinyin-like English name does not ("Ada" for 艾达: ai-).
    let misspelt = unmatched
        .iter()
        .any(|w| (0..run.chars.len()).any(|i| !covered[i] && run.starts_with_reading(i, w)));
    // The surname is the first character (two for 欧阳, 司马 and the like:
    // then the first one is covered along with the second).
    if !covered[0] {
        // "Kevin Wang" for 陈凯 names another surname. When no word reads
        // as one ("Jasmine Ooi" before Ooi is known), the surname may be
        // in a spelling we do not know (a dialect's, a family's own): a
        // careful reader would ask, not object, so it is a warning.
        return Some(if other_surname {
            Verdict::Surname
        } else {
            Verdict::UnsureSurname
        });
    }
    // A given name written syllable by syllable ("Hui Min") whose next
    // syllable spells something else than the next character (慧玲: ling):
    // the word after the spelled one stands where that character is.
    // Hyphenated given names (Tai-man, Pei-yu) are Cantonese or Wade–Giles,
    // whose syllables pinyin does not read: left alone.
    let lower = latin.to_lowercase();
    let next_syllable_differs = words.iter().enumerate().skip(1).any(|(k, w)| {
        let after = spelt[k - 1]
            .as_ref()
            .filter(|r| r.start >= 1)
            .map(|r| r.end);
        spelt[k].is_none()
            && is_syllable(w)
            && !lower.contains(&format!("{}-{w}", words[k - 1]))
            && after.is_some_and(|i| i < run.chars.len() && !covered[i])
    });
    // A compound surname (欧阳) leaves no single-character given name to
    // read this way.
    let compound = spelt.iter().flatten().any(|r| r.start == 0 && r.end >= 2);
    if !compound && cantonese_given_differs(&run, &words, latin) {
        return Some(Verdict::CantoneseGiven);
    }
    if covered.iter().all(|c| *c) || !(misspelt || next_syllable_differs) {
        return None;
    }
    Some(Verdict::GivenName)
}

/// A given name written one word a syllable (Chun-hei, Wai Kin), which
/// reads every character but one, and the odd one out is a character the
/// Cantonese table knows and spells otherwise: 俊傑 written Chun-hei.
/// Each syllable may be read in Cantonese, pinyin or Wade–Giles, so
/// mainland and Taiwan names are read as before; a character the table
/// lacks is never the odd one out.
fn cantonese_given_differs(run: &HanRun, words: &[String], latin: &str) -> bool {
    let given = &run.chars[1..];
    let n = given.len();
    if !(2..=3).contains(&n) || words.len() < n {
        return false;
    }
    // Only a hyphenated given name (Chun-hei), as Hong Kong and Macau
    // documents write them: Singapore and Malaysia write theirs apart
    // (Siew Ling) and in Hokkien, Teochew or Hakka, which this table is not.
    let lower = latin.to_lowercase();
    let reads = |c: char, w: &str| {
        cantonese::spellings(c).is_some_and(|s| s.contains(&w))
            || readings(c)
                .iter()
                .any(|r| r == w || romanisation::spells_in_wade_giles(r, w))
    };
    // The run of n words that reads the most characters.
    let best = words
        .windows(n)
        .filter(|ws| lower.contains(&ws.join("-")))
        .map(|ws| {
            let misses: Vec<usize> = (0..n).filter(|&i| !reads(given[i], &ws[i])).collect();
            misses
        })
        .min_by_key(Vec::len);
    matches!(best.as_deref(), Some([i]) if cantonese::spellings(given[*i]).is_some())
}

/// "MeilingChen" is two words; "MEILING" and "Meiling" are one.
fn split_camel(word: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let bytes = word.as_bytes();
    for i in 1..bytes.len() {
        if bytes[i].is_ascii_uppercase() && bytes[i - 1].is_ascii_lowercase() {
            parts.push(&word[start..i]);
            start = i;
        }
    }
    parts.push(&word[start..]);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_every_order_and_form() {
        for latin in [
            "Meiling Chen",
            "Chen Meiling",
            "Mei-ling Chen",
            "MEILING CHEN",
            "Chen Mei Ling",
            "Kevin Meiling Chen",
            "Kevin Chen",
            "Meiling Chan",
            "MeilingChen",
            "ChenMeiling",
        ] {
            assert_eq!(judge("陈美玲", latin), None, "{latin}");
        }
        assert_eq!(judge("林艾达", "Ada Lin"), None);
        assert_eq!(judge("周凯", "Kai Zhou"), None);
        assert_eq!(judge("欧阳娜娜", "Nana Ouyang"), None);
        assert_eq!(judge("歐陽慧琪", "Ao Ieong Wai Kei"), None);
        assert_eq!(judge("歐陽慧琪", "Vivian Au-Yeung Wai-kei"), None);
        assert_eq!(judge("司徒家明", "Szeto Ka Ming"), None);
        assert_eq!(judge("賴思妤", "Lai Szu-yu"), None);
        assert_eq!(judge("歐陽慧琪", "Wong Wai Kei"), Some(Verdict::Surname));
    }

    #[test]
    fn traditional_surnames_take_their_romanisations() {
        assert_eq!(judge("張家樂", "Kelvin Cheung Ka-lok"), None);
        assert_eq!(judge("陳大文", "Chan Tai-man"), None);
        assert_eq!(judge("張偉健", "Patrick Cheong Wai Kin"), None);
        assert_eq!(judge("梁嘉欣", "Leong Ka Ian"), None);
        assert_eq!(judge("鄭雅婷", "Cheng Ya-ting"), None);
        assert_eq!(
            judge("張家樂", "Kelvin Wong Ka-lok"),
            Some(Verdict::Surname)
        );
    }

    #[test]
    fn a_cantonese_given_name_is_read_syllable_by_syllable() {
        assert_eq!(judge("張家樂", "Kelvin Cheung Ka-lok"), None);
        assert_eq!(judge("盧俊熙", "Kelvin Lo Chun-hei"), None);
        assert_eq!(
            judge("盧俊傑", "Kelvin Lo Chun-hei"),
            Some(Verdict::CantoneseGiven)
        );
        assert_eq!(
            judge("梁凱晴", "Cheryl Leung Hoi-ting"),
            Some(Verdict::CantoneseGiven)
        );
        // Written apart, as in Singapore and Malaysia, it is not judged so.
        assert_eq!(judge("王秀玲", "Ong Siew Ling"), None);
        assert_eq!(judge("欧阳宁", "Ouyang Ning"), None);
    }

    #[test]
    fn wade_giles_and_dialect_surnames_spell_theirs() {
        assert_eq!(judge("簡佩妤", "Pei-yu Chien"), None);
        assert_eq!(judge("謝承恩", "Hsieh Cheng-en"), None);
        assert_eq!(judge("黄美玲", "Jasmine Ooi Mei Ling"), None);
        assert_eq!(judge("张伟明", "Teo Wei Ming"), None);
        assert_eq!(judge("刘家豪", "Liew Kah Hao"), None);
    }

    #[test]
    fn a_surname_nobody_can_read_is_a_question_not_a_contradiction() {
        // "Bhatt" reads as nothing we know: perhaps a spelling we lack.
        assert_eq!(
            judge("黄美玲", "Jasmine Bhatt Mei Ling"),
            Some(Verdict::UnsureSurname)
        );
        // A readable surname that is another one stays an error.
        assert_eq!(
            judge("嚴俊熙", "Desmond Yip Chun-hei"),
            Some(Verdict::Surname)
        );
        assert_eq!(judge("陈凯", "Kevin Wang"), Some(Verdict::Surname));
    }

    #[test]
    fn a_given_name_written_syllable_by_syllable_is_read_in_order() {
        assert_eq!(
            judge("李慧玲", "Jasmine Lee Hui Min"),
            Some(Verdict::GivenName)
        );
        assert_eq!(judge("李慧玲", "Jasmine Lee Hui Ling"), None);
        // An English name before the surname is not a syllable of it.
        assert_eq!(judge("林艾达", "Ada Lin"), None);
        assert_eq!(judge("李慧玲", "Lee Hui Ling Jasmine"), None);
    }

    #[test]
    fn mismatches() {
        assert_eq!(judge("陈美玲", "Meiling Zhang"), Some(Verdict::Surname));
        assert_eq!(judge("陈美玲", "Meilin Chen"), Some(Verdict::GivenName));
        assert_eq!(judge("周凯", "Kai Zhao"), Some(Verdict::Surname));
    }
}
