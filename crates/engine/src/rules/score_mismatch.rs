use crate::declare_rule;
use crate::finding::Finding;
use crate::message::Msg;
use crate::rules::{Context, each_pair, value_differs};

declare_rule! {
    /// ## What it does
    /// Compares the numbers of an education entry's `score` across
    /// languages: GPA and scale (`3.56/4.0` = `3.56/4`), percentages, ranks
    /// (`Top 5%` = `前5%`). Honours classes are compared by class (First
    /// Class = 一等荣誉, Second Upper = 二級甲等), and a grade beside the
    /// same class by its figure (`CGPA 3.71 (First Class)` against `CGPA
    /// 3.17（一等荣誉）`). A score written in words on one side only is not
    /// compared.
    ///
    /// ## Why is this bad?
    /// A GPA rounded up in one version only is exactly the kind of
    /// inconsistency a recruiter who reads both remembers.
    ///
    /// ## Example
    /// ```yaml
    /// # en.yaml               # zh.yaml
    /// score: GPA 3.65/4.0      score: GPA 3.56/4.0
    /// ```
    ///
    /// ## How to settle it
    /// Write the same score in both files.
    pub const RULE = {
        code: "CV404",
        name: "score-mismatch",
        severity: Error,
        check: check,
    };
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    each_pair(ctx, |cmp, kind, pair, ea, eb| {
        let (Some(ta), Some(tb)) = (ea.fields.text("score"), eb.fields.text("score")) else {
            return;
        };
        let differ = scores_differ(&ta.value, &tb.value);
        if !differ {
            return;
        }
        out.push(
            value_differs(
                &RULE,
                ctx,
                cmp,
                pair.confident(),
                Msg::new("score-mismatch"),
                (ta, tb),
            )
            .section(kind),
        );
    });
}

/// Whether two scores contradict: two honours classes that differ, or the
/// same class with a grade beside it that differs (CGPA 3.71 against
/// 3.17; only grades with decimals, since a class's own figures, 2:1,
/// often stand on one side only); else the numbers both state.
fn scores_differ(a: &str, b: &str) -> bool {
    if let (Some(ca), Some(cb)) = (honours(a), honours(b)) {
        let grades = |t: &str| -> Vec<f64> {
            numbers(t)
                .into_iter()
                .filter(|n| n.fract() != 0.0)
                .collect()
        };
        let (ga, gb) = (grades(a), grades(b));
        !ca.agrees(cb) || (!ga.is_empty() && !gb.is_empty() && !same(&ga, &gb))
    } else {
        let (na, nb) = (numbers(a), numbers(b));
        !na.is_empty() && !nb.is_empty() && !same(&na, &nb)
    }
}

/// The numbers of a score, in order (full-width digits folded).
/// An honours class, as British and Hong Kong degrees state it in place of
/// a grade: First, Second Upper (2:1, Division I), Second Lower (2:2,
/// Division II), Third. "Second Class" with no division agrees with
/// either division.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Class {
    First,
    SecondUpper,
    SecondLower,
    Second,
    Third,
}

impl Class {
    fn agrees(self, other: Class) -> bool {
        use Class::*;
        self == other
            || matches!(
                (self, other),
                (Second, SecondUpper | SecondLower) | (SecondUpper | SecondLower, Second)
            )
    }
}

fn honours(text: &str) -> Option<Class> {
    let lower = text.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    // The second class's divisions first: 二等一级荣誉 is a second upper,
    // not a first.
    let class = if has(&[
        "2:1",
        "upper",
        "division i)",
        "division 1",
        "二級甲等",
        "二级甲等",
        "二級一等",
        "二级一等",
        "二等一級",
        "二等一级",
    ]) && !has(&["division ii"])
    {
        Class::SecondUpper
    } else if has(&[
        "2:2",
        "lower",
        "division ii",
        "division 2",
        "二級乙等",
        "二级乙等",
        "二級二等",
        "二级二等",
        "二等二級",
        "二等二级",
    ]) {
        Class::SecondLower
    } else if has(&[
        "first class",
        "first-class",
        "一級榮譽",
        "一级荣誉",
        "一等榮譽",
        "一等荣誉",
    ]) {
        Class::First
    } else if has(&[
        "third class",
        "三級榮譽",
        "三级荣誉",
        "三等榮譽",
        "三等荣誉",
    ]) {
        Class::Third
    } else if has(&[
        "second class",
        "second-class",
        "二級榮譽",
        "二级荣誉",
        "二等榮譽",
        "二等荣誉",
    ]) {
        Class::Second
    } else {
        return None;
    };
    Some(class)
}

fn numbers(text: &str) -> Vec<f64> {
    let folded: String = text
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' => '.',
            c => c,
        })
        .collect();
    folded
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter_map(|s| s.trim_matches('.').parse::<f64>().ok())
        .collect()
}

/// The numbers both sides state agree. A scale or a rank given on one
/// side only (`86.4/100` against `86.4`) is detail, not a contradiction.
fn same(a: &[f64], b: &[f64]) -> bool {
    a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-9)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn honours_classes_compare_by_class() {
        let c = |t: &str| honours(t).unwrap_or_else(|| panic!("{t}"));
        assert!(c("Second Class Honours (Upper Division)").agrees(c("二級甲等榮譽")));
        assert!(c("First Class Honours").agrees(c("一級榮譽")));
        assert!(!c("Second Class Honours (Division I)").agrees(c("一級榮譽")));
        assert!(!c("Second Class Honours (Upper Division)").agrees(c("二級乙等榮譽")));
        assert!(c("Second Class Honours").agrees(c("二級甲等榮譽")));
        assert!(c("Second Upper Class Honours").agrees(c("二等一级荣誉")));
        assert!(!c("First Class Honours").agrees(c("二等一级荣誉")));
        assert!(honours("GPA 3.8/4.0").is_none());
    }

    #[test]
    fn a_grade_beside_the_same_class_is_compared() {
        let differs = scores_differ;
        assert!(differs(
            "CGPA 3.71 (First Class Honours)",
            "CGPA 3.17（一等荣誉）"
        ));
        assert!(!differs(
            "CGPA 3.71 (First Class Honours)",
            "CGPA 3.71（一等荣誉）"
        ));
        assert!(!differs(
            "Second Class Upper (2:1), GPA 3.5",
            "二級甲等榮譽，GPA 3.5"
        ));
    }

    #[test]
    fn scores_compare_by_their_numbers() {
        assert!(same(&numbers("GPA 3.56/4.0"), &numbers("3.56/4")));
        assert!(same(&numbers("Top 5%"), &numbers("前5%")));
        assert!(same(&numbers("３．５６/４"), &numbers("3.56 / 4.0")));
        assert!(!same(&numbers("GPA 3.65/4.0"), &numbers("GPA 3.56/4.0")));
        assert!(numbers("First Class Honours").is_empty());
        assert!(same(
            &numbers("Weighted average 86.4/100"),
            &numbers("加权平均分 86.4")
        ));
        assert!(!same(&numbers("86.4/100"), &numbers("84.6")));
    }
}
