//! List order as evidence for entries that content alone could not pair.
//!
//! People keep a section in the same order in both languages far more often
//! than not, so when the pairs already made run in the same order on both
//! sides, an entry left over between two of them most likely answers to the
//! entry left over between their counterparts. That is evidence, not proof:
//! order only completes a pair whose content does not argue against it
//! (the caller decides what "compatible" means), and a pair made this way is
//! never confident, so what the rules find on it are warnings.
//!
//! A reordered section gives no such evidence: order is used only when the
//! pairs already made mostly agree on it (their longest run in the same
//! order holds at least three quarters of them), and then only the pairs on
//! that run bound the gaps.

/// Pairs made by order: `(a, b)` indices into the two sides' entries.
///
/// `anchors` are the pairs already made; `free_a`/`free_b` the entries of
/// each side left unpaired, in list order. Inside each gap between two
/// consecutive anchors, the free entries of both sides are paired in order
/// when the gap holds as many on each side and every such pair is
/// `compatible`; a gap with unequal counts says an entry was added or
/// removed there, and order cannot tell which: there only an entry with a
/// single compatible counterpart (which has no other) is paired.
///
/// One entry left on each side between the same two anchors is paired
/// when it is merely `enclosed`-compatible (nothing argues against it,
/// though nothing translates either: Master Mariner Certificate against
/// 一等船長適任證書 with a year changed on one side). Bounded on both sides,
/// it sits where its counterpart would; two different entries dropped at
/// one place, one per language, is the rarer story.
///
/// Cost: O(p log p) for p anchors plus O(n) for the free entries.
pub fn pairs_by_order(
    anchors: &[(usize, usize)],
    free_a: &[usize],
    free_b: &[usize],
    compatible: impl Fn(usize, usize) -> bool,
    enclosed: impl Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    if free_a.is_empty() || free_b.is_empty() {
        return Vec::new();
    }
    let mut sorted = anchors.to_vec();
    sorted.sort_unstable();
    let run = longest_ordered_run(&sorted);
    if run.len() * 4 < sorted.len() * 3 {
        return Vec::new();
    }
    // Gap g lies between run[g-1] and run[g] (open at both ends).
    let gap_of = |x: usize, side: fn(&(usize, usize)) -> usize| {
        run.partition_point(|anchor| side(anchor) < x)
    };
    let mut out = Vec::new();
    let (mut ia, mut ib) = (0, 0);
    for gap in 0..=run.len() {
        let start_a = ia;
        while ia < free_a.len() && gap_of(free_a[ia], |p| p.0) == gap {
            ia += 1;
        }
        let start_b = ib;
        while ib < free_b.len() && gap_of(free_b[ib], |p| p.1) == gap {
            ib += 1;
        }
        let (ga, gb) = (&free_a[start_a..ia], &free_b[start_b..ib]);
        let interior = gap > 0 && gap < run.len();
        if let (true, &[i], &[j]) = (interior, ga, gb) {
            if compatible(i, j) || enclosed(i, j) {
                out.push((i, j));
            }
            continue;
        }
        pair_gap(ga, gb, &compatible, &mut out);
    }
    out
}

/// Pairs the free entries of one gap: all of them in order when both sides
/// hold as many and each such pair is compatible; otherwise only the
/// entries that have exactly one compatible counterpart in the gap, which
/// has no other (an entry added next to them does not hide them).
fn pair_gap(
    ga: &[usize],
    gb: &[usize],
    compatible: &impl Fn(usize, usize) -> bool,
    out: &mut Vec<(usize, usize)>,
) {
    if ga.is_empty() || gb.is_empty() {
        return;
    }
    if ga.len() == gb.len() && ga.iter().zip(gb).all(|(&i, &j)| compatible(i, j)) {
        out.extend(ga.iter().copied().zip(gb.iter().copied()));
        return;
    }
    let only = |x: usize, others: &[usize], ok: &dyn Fn(usize, usize) -> bool| {
        let mut it = others.iter().filter(|&&y| ok(x, y));
        match (it.next(), it.next()) {
            (Some(&y), None) => Some(y),
            _ => None,
        }
    };
    for &i in ga {
        if let Some(j) = only(i, gb, &|i, j| compatible(i, j)) {
            if only(j, ga, &|j, i| compatible(i, j)) == Some(i) {
                out.push((i, j));
            }
        }
    }
}

/// The longest subsequence of `pairs` (sorted by `a`) whose `b` rises too.
/// Patience sorting: O(p log p).
fn longest_ordered_run(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    // tails[k]: index in `pairs` of the smallest b ending a run of length k+1.
    let mut tails: Vec<usize> = Vec::new();
    let mut prev: Vec<Option<usize>> = vec![None; pairs.len()];
    for (i, &(_, b)) in pairs.iter().enumerate() {
        let k = tails.partition_point(|&t| pairs[t].1 < b);
        prev[i] = k.checked_sub(1).map(|k| tails[k]);
        if k == tails.len() {
            tails.push(i);
        } else {
            tails[k] = i;
        }
    }
    let mut run = Vec::with_capacity(tails.len());
    let mut at = tails.last().copied();
    while let Some(i) = at {
        run.push(pairs[i]);
        at = prev[i];
    }
    run.reverse();
    run
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_entries_of_a_section_pair() {
        assert_eq!(
            pairs_by_order(&[], &[0], &[0], |_, _| true, |_, _| false),
            [(0, 0)]
        );
    }

    #[test]
    fn incompatible_content_pairs_nothing() {
        assert!(pairs_by_order(&[], &[0], &[0], |_, _| false, |_, _| false).is_empty());
    }

    #[test]
    fn gaps_pair_between_their_anchors() {
        // a: 0 1 2 3 4, b: 0 1 2 3 4; anchors 0-0, 2-2, 4-4.
        let got = pairs_by_order(
            &[(0, 0), (2, 2), (4, 4)],
            &[1, 3],
            &[1, 3],
            |_, _| true,
            |_, _| false,
        );
        assert_eq!(got, [(1, 1), (3, 3)]);
    }

    #[test]
    fn an_entry_added_on_one_side_pairs_nothing_in_its_gap() {
        // Between anchors (0,0) and (3,2): two free on a, one on b.
        let got = pairs_by_order(&[(0, 0), (3, 2)], &[1, 2], &[1], |_, _| true, |_, _| false);
        assert!(got.is_empty());
    }

    #[test]
    fn beside_an_added_entry_the_one_compatible_pair_is_made() {
        let got = pairs_by_order(
            &[(0, 0), (3, 2)],
            &[1, 2],
            &[1],
            |i, _| i == 2,
            |_, _| false,
        );
        assert_eq!(got, [(2, 1)]);
    }

    #[test]
    fn a_reordered_section_gives_no_order_evidence() {
        let anchors = [(0, 3), (1, 2), (2, 1), (3, 0)];
        assert!(pairs_by_order(&anchors, &[4], &[4], |_, _| true, |_, _| false).is_empty());
    }

    #[test]
    fn one_moved_entry_does_not_hide_the_order() {
        // Anchors mostly in order; (1, 5) moved. Free a=6, b=6 after the last.
        let anchors = [(0, 0), (1, 5), (2, 1), (3, 2), (4, 3), (5, 4)];
        assert_eq!(
            pairs_by_order(&anchors, &[6], &[6], |_, _| true, |_, _| false),
            [(6, 6)]
        );
    }

    #[test]
    fn one_entry_left_between_two_anchors_pairs_unless_something_argues_against() {
        let anchors = [(0, 0), (2, 2)];
        assert_eq!(
            pairs_by_order(&anchors, &[1], &[1], |_, _| false, |_, _| true),
            [(1, 1)]
        );
        assert!(pairs_by_order(&anchors, &[1], &[1], |_, _| false, |_, _| false).is_empty());
        // At the open end of a list there is no counterpart's place to go by.
        assert!(pairs_by_order(&anchors, &[3], &[3], |_, _| false, |_, _| true).is_empty());
    }

    #[test]
    fn run_is_longest() {
        let run = longest_ordered_run(&[(0, 2), (1, 0), (2, 1), (3, 3)]);
        assert_eq!(run, [(1, 0), (2, 1), (3, 3)]);
    }
}
