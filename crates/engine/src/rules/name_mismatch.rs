use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::message::Msg;
use crate::model::Text;
use crate::rules::Context;
use crate::terms::pinyin::{HanRun, is_han, is_pinyin_like, readings};
use crate::terms::romanisation;
use crate::terms::spellings::{CANTONESE, SOUTHERN, Spellings};

mod given;

declare_rule! {
    /// ## What it does
    /// Checks that the person's `basics.name` in a Latin-script version
    /// spells the Chinese name: 陈美玲 matches "Meiling Chen", "Chen
    /// Meiling", "Mei-ling Chen" and "Meiling CHEN". An English given name
    /// beside or instead of the pinyin ("Kevin Meiling Chen", "Ada Lin" for
    /// 林艾达) is fine. Surnames are read in pinyin, in Wade–Giles (簡 =
    /// Chien) and in the Cantonese, Hokkien, Teochew and Hakka spellings of
    /// Hong Kong, Macau, Singapore, Malaysia and Indonesia (張 = Cheung,
    /// 黃 = Ooi, 郭 = Kwee). A given name is read syllable by syllable in
    /// the system its other syllables are written in: pinyin or Wade–Giles
    /// ("Siyuan", "Yu-hsiang"), Cantonese after a Cantonese surname or when
    /// hyphenated (家樂 = Ka-lok, 少慧 = Sio Wai), Hokkien, Teochew or Hakka
    /// after such a surname (文杰 = Boon Kiat). One syllable of that system
    /// written for another character ("Siyuan" for 志远, "Wai Kin" for
    /// 志健) is reported; a syllable no table reads is left alone.
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
            Verdict::SouthernGiven => ("name-mismatch-given-southern", Severity::Warning),
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
                    .arg("cantonese", given_spelling(&CANTONESE, &han.value))
                    .arg("southern", given_spelling(&SOUTHERN, &han.value)),
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

/// The given name as documents spell it in one system (`ka-lok`), `?`
/// for a character the table lacks.
fn given_spelling(table: &Spellings, han: &str) -> String {
    han.chars()
        .filter(|c| is_han(*c))
        .skip(1)
        .map(|c| table.of(c).and_then(|s| s.first()).copied().unwrap_or("?"))
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
    SouthernGiven,
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
    // surname (a common one's pinyin, or a spelling in the table): it
    // names another one.
    let mut other_surname = false;
    // The word that spells the surname, and how many characters it has.
    let mut surname: Option<(usize, usize)> = None;
    let opening: String = run.chars.iter().take(2).collect();
    for (k, w) in words.iter().enumerate() {
        let mut hit = false;
        let mut first = None;
        for start in 0..run.chars.len() {
            if let Some(end) = run.spell_from(start, w) {
                covered[start..end].iter_mut().for_each(|c| *c = true);
                hit = true;
                first.get_or_insert(start..end);
            }
        }
        // A given name's character read in Cantonese (永 = Weng), Hokkien,
        // Teochew or Hakka (文 = Boon).
        for (i, c) in run.chars.iter().enumerate().skip(1) {
            if CANTONESE.reads(*c, w) || SOUTHERN.reads(*c, w) {
                covered[i] = true;
                hit = true;
            }
        }
        // A compound surname in Hong Kong or Macau spelling (Ao Ieong for
        // 歐陽): the word covers both characters, as 欧阳 read as ouyang does.
        let compound = romanisation::spells_compound_surname(&opening, w)
            || first.as_ref().is_some_and(|r| r.start == 0 && r.end >= 2);
        if compound {
            covered[..2].iter_mut().for_each(|c| *c = true);
            hit = true;
        }
        let reads_surname = compound
            || first.as_ref().is_some_and(|r| r.start == 0)
            || romanisation::spells_surname(run.chars[0], w)
            || CANTONESE.reads(run.chars[0], w)
            || readings(run.chars[0])
                .iter()
                .any(|r| romanisation::spells_in_wade_giles(r, w));
        if reads_surname {
            covered[0] = true;
            hit = true;
            surname.get_or_insert((k, if compound { 2 } else { 1 }));
        }
        if !hit && is_pinyin_like(w) {
            unmatched.push(w);
        }
        other_surname |= !hit && romanisation::is_known_spelling(w);
    }
    // The surname is the first character (two for 欧阳, 司马 and the like:
    // then the first one is covered along with the second).
    let Some((surname_word, surname_len)) = surname else {
        // "Kevin Wang" for 陈凯 names another surname. When no word reads
        // as one ("Jasmine Ooi" before Ooi is known), the surname may be
        // in a spelling we do not know (a dialect's, a family's own): a
        // careful reader would ask, not object, so it is a warning.
        return Some(if other_surname {
            Verdict::Surname
        } else {
            Verdict::UnsureSurname
        });
    };
    if let Some(verdict) = given::differs(&run, &words, surname_word, surname_len, latin) {
        return Some(verdict);
    }
    // A misspelt given name starts like it ("Meilin" for 美玲: mei-);
    // a pinyin-like English name does not ("Ada" for 艾达: ai-).
    let misspelt = unmatched
        .iter()
        .any(|w| (0..run.chars.len()).any(|i| !covered[i] && run.starts_with_reading(i, w)));
    (misspelt && !covered.iter().all(|c| *c)).then_some(Verdict::GivenName)
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
