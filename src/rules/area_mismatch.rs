use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::message::Msg;
use crate::model::SectionKind;
use crate::rules::{Context, each_pair, value_differs};
use crate::terms::lexicon::{self, Bag};

declare_rule! {
    /// ## What it does
    /// Compares the field of study (`area`) of paired education entries
    /// through the Chinese–English lexicon: `Economics` agrees with 经济学,
    /// `Mathematics` with 数学, `Computer Science and Technology` with
    /// 计算机科学与技术. It reports a pair whose two fields are both read by
    /// the lexicon and share no word in translation.
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
    /// - institution: Fudan          - institution: 复旦大学
    ///   area: Economics               area: 数学
    /// ```
    ///
    /// ## How to settle it
    /// Correct the field on the wrong side. Fields are translated freely
    /// (新闻传播学 for "Journalism"), and the lexicon may not see every
    /// such pair: the finding is a warning, and a suppression with its
    /// reason settles a faithful one.
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
        if differ(&ta.value, &tb.value) {
            out.push(
                value_differs(&RULE, ctx, cmp, false, Msg::new("area-mismatch"), (ta, tb))
                    .severity(Severity::Warning)
                    .section(kind),
            );
        }
    });
}

/// Two fields differ when the lexicon can read both (content words in
/// each language) and links none of their words.
fn differ(a: &str, b: &str) -> bool {
    let (ba, bb) = (Bag::new(a), Bag::new(b));
    ba.comparable(&bb) && lexicon::links(&ba, &bb).is_empty()
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
    fn what_the_lexicon_cannot_read_is_not_judged() {
        assert!(!differ("EECS", "电子工程"));
        assert!(!differ("Economics", "Mathematics"));
    }
}
