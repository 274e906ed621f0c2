use crate::declare_rule;
use crate::finding::Finding;
use crate::message::Msg;
use crate::model::{Document, SectionKind};
use crate::rules::{Context, each_pair, value_differs};
use crate::terms::lexicon::{self, Bag};

declare_rule! {
    /// ## What it does
    /// Compares the field of study (`area`) of paired education entries
    /// through the Chinese–English lexicon: `Economics` agrees with 经济学,
    /// `Mathematics` with 数学, `Computer Science and Technology` with
    /// 计算机科学与技术. It reports a pair whose two fields share no word in
    /// translation while one of them translates the field of another entry
    /// of the other language: the fields were swapped or copied to the wrong
    /// degree. A field that merely finds no translation is not reported:
    /// fields are translated freely (幼兒教育學系 for "Early Childhood
    /// Education") and the lexicon does not see every such pair.
    ///
    /// ## Why is this bad?
    /// A double degree listed in one order in English and the other in
    /// Chinese, or a major changed in one file only, leaves the two
    /// versions naming different studies under the same school and dates.
    /// Fields of study also count in pairing, so the two degrees of a
    /// double degree pair by field, not by position.
    ///
    /// ## Example
    /// ```yaml
    /// # en.yaml                    # zh.yaml
    /// - id: major                   - id: major
    ///   area: Economics               area: 数学
    /// - id: minor                   - id: minor
    ///   area: Mathematics             area: 经济学
    /// ```
    ///
    /// ## How to settle it
    /// Correct the field on the wrong side. The finding is a warning, since
    /// the lexicon reads words, not meanings; a suppression with its reason
    /// settles a faithful pair.
    pub const RULE = {
        code: "CV304",
        name: "area-mismatch",
        severity: Warning,
        check: check,
    };
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    each_pair(ctx, |cmp, kind, _pair, ea, eb| {
        if kind != SectionKind::Education {
            return;
        }
        let (Some(ta), Some(tb)) = (ea.fields.text("area"), eb.fields.text("area")) else {
            return;
        };
        if differ(&ta.value, &tb.value)
            && (translated_elsewhere(&ta.value, cmp.b, eb.index)
                || translated_elsewhere(&tb.value, cmp.a, ea.index))
        {
            // Never confident, so a warning: the lexicon reads words, not
            // meanings.
            let msg = Msg::new("area-mismatch");
            out.push(value_differs(&RULE, ctx, cmp, false, msg, (ta, tb)).section(kind));
        }
    });
}

/// Whether `area` translates word for word the field of another
/// education entry of `doc` than the one at `own`.
fn translated_elsewhere(area: &str, doc: &Document, own: usize) -> bool {
    doc.section(SectionKind::Education).is_some_and(|s| {
        s.entries
            .iter()
            .filter(|e| e.index != own)
            .filter_map(|e| e.fields.text("area"))
            .any(|t| translates(area, &t.value))
    })
}

/// Two fields differ when the lexicon can read both (content words in
/// each language) and links none of their words.
fn differ(a: &str, b: &str) -> bool {
    let (ba, bb) = (Bag::new(a), Bag::new(b));
    ba.comparable(&bb) && lexicon::links(&ba, &bb).is_empty()
}

/// Whether two fields translate each other word for word: every word of
/// each is linked to one of the other. One shared word (电影 in 电影学
/// and "Film Producing") is not enough to say a field was swapped.
fn translates(a: &str, b: &str) -> bool {
    let (ba, bb) = (Bag::new(a), Bag::new(b));
    if !ba.comparable(&bb) {
        return false;
    }
    let links = lexicon::links(&ba, &bb);
    (0..ba.words.len()).all(|i| links.iter().any(|&(x, _)| x == i))
        && (0..bb.words.len()).all(|j| links.iter().any(|&(_, y)| y == j))
}

#[cfg(test)]
mod tests {
    use super::differ;

    #[test]
    fn translated_fields_agree() {
        for (en, zh) in [
            ("Economics", "经济学"),
            ("Mathematics", "数学"),
            ("Computer Science and Technology", "计算机科学与技术"),
            ("Mechanical Engineering", "机械工程"),
            ("Finance", "金融學"),
            ("Clinical Medicine", "临床医学"),
        ] {
            assert!(!differ(en, zh), "{en} vs {zh}");
        }
    }

    #[test]
    fn different_fields_differ() {
        assert!(differ("Economics", "数学"));
        assert!(differ("Mathematics", "经济学"));
    }

    #[test]
    fn a_swap_needs_a_full_translation_elsewhere() {
        assert!(super::translates("Economics", "经济学"));
        assert!(!super::translates("Film Producing", "电影学"));
    }

    #[test]
    fn what_the_lexicon_cannot_read_is_not_judged() {
        assert!(!differ("EECS", "电子工程"));
        assert!(!differ("Economics", "Mathematics"));
    }
}
