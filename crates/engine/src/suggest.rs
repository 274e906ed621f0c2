//! "Did you mean" for a misspelt word: keys in sources and configuration,
//! rule names on the command line and in suppressions, all judged the
//! same way.

/// The closest candidate within a typo's reach, if any. Reach grows with
/// the word so `positon` finds `position` but `url` does not find `id`.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let reach = (word.chars().count() / 3).max(1);
    nearest(word, candidates, |d| d <= reach)
}

/// The known key `word` is a slip of, if any: the same letters in another
/// case (`startdate`), or at most two edits that are at most a third of
/// the word (`positon`, `instituion`). Anything further is taken as a key
/// of the author's own, which JSON Resume allows.
pub fn near_miss<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let len = word.chars().count();
    nearest(word, candidates, |d| d == 0 || (d <= 2 && 3 * d <= len))
}

/// The candidate fewest edits away, ignoring case, among those whose
/// distance `within` accepts.
fn nearest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    within: impl Fn(usize) -> bool,
) -> Option<&'a str> {
    let lower = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (distance(&lower, &c.to_lowercase()), c))
        .filter(|(d, _)| within(*d))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Optimal string alignment distance: edits, with a swap of two
/// neighbouring letters counting once (the commonest typo).
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        d[i * width] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[(i - 1) * width + j] + 1)
                .min(d[i * width + j - 1] + 1)
                .min(d[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[(i - 2) * width + j - 2] + 1);
            }
            d[i * width + j] = best;
        }
    }
    d[a.len() * width + b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typos_and_case_slips() {
        let keys = ["position", "startDate", "endDate", "name", "url", "id"];
        assert_eq!(closest("positon", keys), Some("position"));
        assert_eq!(closest("startdate", keys), Some("startDate"));
        assert_eq!(closest("start_date", keys), Some("startDate"));
        assert_eq!(closest("edDate", keys), Some("endDate"));
        assert_eq!(closest("company", keys), None);
        assert_eq!(distance("ab", "ba"), 1);
    }

    #[test]
    fn near_misses_stop_at_two_edits_and_a_third_of_the_word() {
        let keys = ["position", "startDate", "institution", "url", "area", "id"];
        assert_eq!(near_miss("STARTDATE", keys), Some("startDate"));
        assert_eq!(near_miss("positon", keys), Some("position"));
        assert_eq!(near_miss("instituion", keys), Some("institution"));
        // Two edits in six letters (a third): a slip.
        assert_eq!(near_miss("psiton", keys), Some("position"));
        assert_eq!(near_miss("skorre", ["score"]), Some("score"));
        // Two edits in five letters (more than a third): a key of its own.
        assert_eq!(near_miss("skorr", ["score"]), None);
        // One edit in three letters is a slip, in two it is not.
        assert_eq!(near_miss("uri", keys), Some("url"));
        assert_eq!(near_miss("ur", keys), None);
        // Three edits are never a slip, however long the word.
        assert_eq!(near_miss("institutiXXX", keys), None);
        assert_eq!(near_miss("location", keys), None);
        assert_eq!(near_miss("gpa", keys), None);
    }
}
