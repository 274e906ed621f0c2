//! Which quantity of one language answers to which of the other.
//!
//! Comparing the two texts' numbers as sets says nothing about a figure
//! that changed; comparing them in order breaks on every reordered
//! sentence. So a quantity is matched first with an equal one of a
//! compatible unit, and what is left is paired by unit: a figure that has
//! exactly one possible counterpart, which has no other, differs from it
//! for sure; where several could answer, the nearest in value is named,
//! without certainty.

use super::{Quantity, Reading, Unit, same_value};

/// Which text a quantity comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    A,
    B,
}

/// What the comparison of two texts' quantities found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// `a[a]` and `b[b]` answer to each other and differ. `sure` when each
    /// was the other's only possible counterpart.
    Differ { a: usize, b: usize, sure: bool },
    /// A figure stated in one text with nothing to answer to it in the other.
    OneSide { side: Side, index: usize },
}

pub fn compare(a: &[Quantity], b: &[Quantity]) -> Vec<Outcome> {
    let mut left_a: Vec<usize> = (0..a.len()).collect();
    let mut left_b: Vec<usize> = (0..b.len()).collect();
    // Equal figures: the same unit first, so that a compatible but less
    // exact partner does not take another's match; then compatible units;
    // then labels, which account for an equal figure of any amount.
    let same_unit = |x: &Quantity, y: &Quantity| x.unit == y.unit;
    let compatible = |x: &Quantity, y: &Quantity| x.unit.compatible(y.unit);
    let label = |x: &Quantity, y: &Quantity| {
        let marked = |q: &Quantity| matches!(q.unit, Unit::Percent | Unit::Times);
        (x.reading == Reading::Label || y.reading == Reading::Label) && !marked(x) && !marked(y)
    };
    for accept in [
        &same_unit as &dyn Fn(&Quantity, &Quantity) -> bool,
        &compatible,
        &label,
    ] {
        left_a.retain(|&i| {
            let found = left_b
                .iter()
                .position(|&j| accept(&a[i], &b[j]) && equal(&a[i], &b[j]));
            found.map(|p| left_b.remove(p)).is_none()
        });
    }
    let counted = |q: &Quantity| q.reading != Reading::Label;
    left_a.retain(|&i| counted(&a[i]));
    left_b.retain(|&j| counted(&b[j]));

    let mut out = Vec::new();
    let candidates = |x: &Quantity, others: &[usize], side: &[Quantity]| -> Vec<usize> {
        others
            .iter()
            .copied()
            .filter(|&j| answers(x, &side[j]))
            .collect()
    };
    // Sure pairs, until none is left: each removed pair can leave another
    // with a single counterpart.
    loop {
        let sure = left_a.iter().enumerate().find_map(|(pa, &i)| {
            let cands = candidates(&a[i], &left_b, b);
            let [j] = cands[..] else { return None };
            let back = candidates(&b[j], &left_a, a);
            (back == [i]).then(|| (pa, left_b.iter().position(|&x| x == j).unwrap_or(0), j))
        });
        let Some((pa, pb, j)) = sure else { break };
        let i = left_a.remove(pa);
        out.push(Outcome::Differ {
            a: i,
            b: j,
            sure: !growth_by_or_to(&a[i], &b[j]),
        });
        left_b.remove(pb);
    }
    // Several candidates: the nearest in value, without certainty.
    left_a.retain(|&i| {
        let nearest = left_b
            .iter()
            .enumerate()
            .filter(|(_, j)| answers(&a[i], &b[**j]))
            .min_by(|(_, x), (_, y)| {
                distance(a[i].value, b[**x].value).total_cmp(&distance(a[i].value, b[**y].value))
            })
            .map(|(p, _)| p);
        let Some(p) = nearest else { return true };
        out.push(Outcome::Differ {
            a: i,
            b: left_b.remove(p),
            sure: false,
        });
        false
    });
    // A rank or a number in words said in one language only is how
    // translations differ (`Top 10 finalist` / `决赛入围`, `a team` / `一个团队`).
    let stated = |q: &Quantity| q.reading == Reading::Stated && q.unit != Unit::Rank;
    for (side, left, quantities) in [(Side::A, left_a, a), (Side::B, left_b, b)] {
        out.extend(
            left.into_iter()
                .filter(|&i| stated(&quantities[i]))
                .map(|index| Outcome::OneSide { side, index }),
        );
    }
    out
}

/// Whether a left-over quantity may be the counterpart of another. A
/// number in words that counts nothing cvpair can name (`two vessels`,
/// `fourteen picture books`) may answer to a count of things (`11 本`), not
/// to people, money or time (`4 人`): it is too weak to contradict those.
fn answers(x: &Quantity, y: &Quantity) -> bool {
    let loose = |q: &Quantity| q.reading == Reading::Spelled && q.unit == Unit::Plain;
    // `一场`, `a`, `one`: an article as often as a count.
    let one = |q: &Quantity| q.reading == Reading::Spelled && q.value == 1.0;
    // A slip changes a figure, not its order of magnitude: `two` is not a
    // misspelt `200 次`.
    let near = distance(x.value, y.value) < 2f64.ln();
    let thing = |q: &Quantity| matches!(q.unit, Unit::Plain | Unit::Count);
    x.unit.compatible(y.unit)
        && !one(x)
        && !one(y)
        && (!loose(x) || (thing(y) && near))
        && (!loose(y) || (thing(x) && near))
}

/// `增长了两倍` is read as "grew by two times" (to 3x) by some and "grew
/// two times" by others: multiples one apart may be one growth in two
/// wordings, so they are not a sure contradiction.
fn growth_by_or_to(x: &Quantity, y: &Quantity) -> bool {
    x.unit == Unit::Times && y.unit == Unit::Times && ((x.value - y.value).abs() - 1.0).abs() < 1e-9
}

/// Whether two quantities state the same value. Durations are in months,
/// and a bare figure beside one may count years (`3 years at A, 2 at B` /
/// `A 3 年，B 2 年`).
fn equal(x: &Quantity, y: &Quantity) -> bool {
    let years = |d: &Quantity, n: &Quantity| {
        d.unit == Unit::Duration && n.unit != Unit::Duration && same_value(n.value * 12.0, d.value)
    };
    // A measure converted from another system (2,000 sq ft = 186 平方米)
    // was rounded by the writer: 2% either way is the same measure.
    let converted = x.unit == y.unit && x.unit.is_measure() && {
        let larger = x.value.abs().max(y.value.abs());
        (x.value - y.value).abs() <= 0.02 * larger
    };
    // A measure against a figure of unknown unit: the figure may be the
    // same measure in a unit cvpair does not read (180 萬平方呎).
    let unconverted = |m: &Quantity, p: &Quantity| {
        m.unit.is_measure() && p.unit == Unit::Plain && same_value(m.as_written, p.value)
    };
    same_value(x.value, y.value)
        || converted
        || years(x, y)
        || years(y, x)
        || unconverted(x, y)
        || unconverted(y, x)
}

/// How far apart two values are, as a ratio: 91 is nearer 81 than 9.1.
fn distance(x: f64, y: f64) -> f64 {
    if x <= 0.0 || y <= 0.0 {
        return (x - y).abs();
    }
    (x / y).ln().abs()
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use super::*;

    fn outcomes(a: &str, b: &str) -> Vec<(String, String, bool)> {
        let (qa, qb) = (extract(a), extract(b));
        compare(&qa, &qb)
            .into_iter()
            .map(|o| match o {
                Outcome::Differ { a, b, sure } => {
                    (qa[a].written.clone(), qb[b].written.clone(), sure)
                }
                Outcome::OneSide {
                    side: Side::A,
                    index,
                } => (qa[index].written.clone(), String::new(), false),
                Outcome::OneSide {
                    side: Side::B,
                    index,
                } => (String::new(), qb[index].written.clone(), false),
            })
            .collect()
    }

    #[test]
    fn reordered_figures_agree() {
        assert!(outcomes("team of 12, revenue up 30%", "30% 增长, 12 人团队").is_empty());
        assert!(
            outcomes(
                "Sourced 4 investments totalling RMB 800 million",
                "主导 4 个项目投资，合计 8 亿元"
            )
            .is_empty()
        );
    }

    #[test]
    fn a_number_in_words_counting_nothing_known_contradicts_nothing() {
        assert!(
            !outcomes("a charter for two vessels", "组建 4 人业务组")
                .iter()
                .any(|(a, _, _)| a == "two")
        );
        assert!(outcomes("two vessels and a four-broker desk", "4 人业务组").is_empty());
        assert_eq!(
            outcomes("fourteen picture books", "繪本 11 本"),
            vec![("fourteen".into(), "11 本".into(), true)]
        );
        assert!(
            !outcomes("two tours", "巡演 200 次")
                .iter()
                .any(|(a, _, _)| a == "two")
        );
        assert!(
            !outcomes("12 shows", "一場巡演")
                .iter()
                .any(|(_, b, _)| b == "一場")
        );
        // A measure against a figure whose unit is not read.
        assert!(outcomes("a 1.8 million sq ft site", "180 萬平方呎的地盤").is_empty());
        // Counting something known, it still does.
        assert_eq!(
            outcomes("eleven years of practice", "十二年执业经验").len(),
            1
        );
    }

    #[test]
    fn measures_in_two_systems_agree_and_a_slip_still_shows() {
        assert!(outcomes("a 2,000 sq ft office", "186 平方米的办公室").is_empty());
        assert!(outcomes("trials on 12 hectares", "180 亩试验田").is_empty());
        assert!(outcomes("a 30-mile route", "48 公里线路").is_empty());
        assert_eq!(
            outcomes("trials on 12 hectares", "120 亩试验田"),
            vec![("12 hectares".into(), "120 亩".into(), true)]
        );
    }

    #[test]
    fn a_changed_figure_answers_to_its_own_kind() {
        assert_eq!(
            outcomes("team of 12, revenue up 30%", "13% 增长, 12 人团队"),
            vec![("30%".into(), "13%".into(), true)]
        );
        // The head count and the years are swapped.
        let found = outcomes("12 engineers over 3 years", "3 名工程师，历时 12 年");
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|(_, _, sure)| *sure), "{found:?}");
    }

    #[test]
    fn several_candidates_make_no_certainty() {
        let found = outcomes("cut cost by 5 and time by 7", "成本降低 6，时间缩短 8");
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|(_, _, sure)| !*sure), "{found:?}");
        assert_eq!(found[0], ("5".into(), "6".into(), false));
    }

    #[test]
    fn labels_and_spelled_numbers_are_never_one_sided() {
        assert!(outcomes("Built the demo in Unreal Engine 5", "使用虚幻引擎开发演示").is_empty());
        assert!(outcomes("Led a team", "带领一个团队").is_empty());
        assert!(outcomes("Top 10 finalist", "决赛入围").is_empty());
        // A label on one side accounts for the plain figure on the other.
        assert!(outcomes("migrated to Python 3", "迁移到 Python 3").is_empty());
        assert!(outcomes("migrated to Python 3", "Python 3 迁移").is_empty());
    }

    #[test]
    fn multiples_one_apart_may_be_one_growth() {
        assert_eq!(
            outcomes("Grew sales 3 times over", "销售额增长了两倍"),
            vec![("3 times".into(), "两倍".into(), false)]
        );
        assert_eq!(
            outcomes("3x faster", "快了 5 倍"),
            vec![("3x".into(), "5 倍".into(), true)]
        );
    }

    #[test]
    fn a_bare_figure_beside_years_counts_years() {
        assert!(outcomes("3 years at Lumen, 2 at Quill", "Lumen 3 年，Quill 2 年").is_empty());
        assert_eq!(
            outcomes("3 years at Lumen, 4 at Quill", "Lumen 3 年，Quill 2 年"),
            vec![("4".into(), "2 年".into(), true)]
        );
    }

    #[test]
    fn a_figure_in_one_text_only_is_one_sided() {
        assert_eq!(
            outcomes("Served 2 million users in 30 cities", "服务 200 万用户"),
            vec![("30".into(), String::new(), false)]
        );
    }
}
