//! One-to-one assignment over a score matrix (Kuhn–Munkres).
//!
//! Greedy pairing gets the double degree wrong (two entries with the same
//! dates both grab the first counterpart); the optimal assignment cannot.
//! Written here rather than taken from a crate: it is sixty lines, and the
//! candidates pull in half a dozen crates for it. The matrix is first cut
//! into connected components of pairs that could be paired at all, so the
//! cubic step runs on a handful of entries even in a long section.

/// Pairs `(row, column)` maximising the total score, using only cells with
/// a score at or above `threshold`.
pub fn assign(scores: &[Vec<f32>], threshold: f32) -> Vec<(usize, usize)> {
    let rows = scores.len();
    let cols = scores.first().map_or(0, Vec::len);
    let mut parent: Vec<usize> = (0..rows + cols).collect();
    for (r, row) in scores.iter().enumerate() {
        for (c, &s) in row.iter().enumerate() {
            if s >= threshold {
                union(&mut parent, r, rows + c);
            }
        }
    }
    let mut components: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
    let mut index_of_root = vec![usize::MAX; rows + cols];
    for node in 0..rows + cols {
        let root = find(&mut parent, node);
        if index_of_root[root] == usize::MAX {
            index_of_root[root] = components.len();
            components.push((Vec::new(), Vec::new()));
        }
        let comp = &mut components[index_of_root[root]];
        if node < rows {
            comp.0.push(node);
        } else {
            comp.1.push(node - rows);
        }
    }
    let mut pairs = Vec::new();
    for (rs, cs) in components {
        if rs.is_empty() || cs.is_empty() {
            continue;
        }
        let sub: Vec<Vec<f32>> = rs
            .iter()
            .map(|&r| {
                cs.iter()
                    .map(|&c| {
                        if scores[r][c] >= threshold {
                            scores[r][c]
                        } else {
                            0.0
                        }
                    })
                    .collect()
            })
            .collect();
        for (i, j) in hungarian_max(&sub) {
            if sub[i][j] >= threshold {
                pairs.push((rs[i], cs[j]));
            }
        }
    }
    pairs.sort_unstable();
    pairs
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

/// Maximum-weight assignment on a rectangular matrix (O(n³), Jonker–Volgenant
/// style potentials over the square padding).
fn hungarian_max(w: &[Vec<f32>]) -> Vec<(usize, usize)> {
    let n = w.len().max(w.first().map_or(0, Vec::len));
    let max = w.iter().flatten().fold(0.0f64, |m, &x| m.max(f64::from(x)));
    let cost = |i: usize, j: usize| -> f64 {
        let v = w
            .get(i)
            .and_then(|r| r.get(j))
            .map_or(0.0, |&x| f64::from(x));
        max - v
    };
    // 1-based arrays as in the classic formulation; index 0 is a sentinel.
    let mut u = vec![0.0f64; n + 1];
    let mut v = vec![0.0f64; n + 1];
    let mut p = vec![0usize; n + 1];
    let mut way = vec![0usize; n + 1];
    for i in 1..=n {
        p[0] = i;
        let mut j0 = 0usize;
        let mut minv = vec![f64::INFINITY; n + 1];
        let mut used = vec![false; n + 1];
        loop {
            used[j0] = true;
            let i0 = p[j0];
            let mut delta = f64::INFINITY;
            let mut j1 = 0usize;
            for j in 1..=n {
                if !used[j] {
                    let cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
                    if cur < minv[j] {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if minv[j] < delta {
                        delta = minv[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=n {
                if used[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    let rows = w.len();
    let cols = w.first().map_or(0, Vec::len);
    (1..=n)
        .filter(|&j| p[j] != 0 && p[j] - 1 < rows && j - 1 < cols)
        .map(|j| (p[j] - 1, j - 1))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn optimal_beats_greedy() {
        // Greedy takes (0,0)=9 then (1,1)=1: 10. Optimal: (0,1)+(1,0) = 8+8.
        let s = vec![vec![9.0, 8.0], vec![8.0, 1.0]];
        assert_eq!(assign(&s, 0.5), vec![(0, 1), (1, 0)]);
    }

    #[test]
    fn threshold_leaves_entries_unpaired() {
        let s = vec![vec![5.0, 0.1], vec![0.2, 0.3], vec![0.0, 4.0]];
        assert_eq!(assign(&s, 1.0), vec![(0, 0), (2, 1)]);
    }

    #[test]
    fn identical_rows_pair_one_to_one() {
        let s = vec![vec![5.0, 5.0], vec![5.0, 5.0]];
        let pairs = assign(&s, 1.0);
        assert_eq!(pairs.len(), 2);
        assert_ne!(pairs[0].1, pairs[1].1);
    }

    #[test]
    fn rectangular_and_empty() {
        assert!(assign(&[], 1.0).is_empty());
        let s = vec![vec![1.0, 3.0, 2.0]];
        assert_eq!(assign(&s, 0.5), vec![(0, 1)]);
    }

    /// The best total over every one-to-one matching that uses only cells
    /// at or above the threshold, rows taken in turn: each is left out or
    /// given a column not yet used.
    fn brute_force(s: &[Vec<f32>], threshold: f32, row: usize, used: &mut Vec<bool>) -> f32 {
        let Some(cells) = s.get(row) else {
            return 0.0;
        };
        let mut best = brute_force(s, threshold, row + 1, used);
        for (c, &v) in cells.iter().enumerate() {
            if v >= threshold && !used[c] {
                used[c] = true;
                best = best.max(v + brute_force(s, threshold, row + 1, used));
                used[c] = false;
            }
        }
        best
    }

    use proptest::prelude::*;

    proptest! {
        /// On small matrices (up to 6 × 6, scores in half steps so ties are
        /// common, as with entries that agree on everything), the
        /// assignment is a valid matching above the threshold and its total
        /// is the best any matching reaches.
        #[test]
        fn assignment_is_as_good_as_brute_force(
            (rows, cols, cells) in (0usize..=6, 0usize..=6).prop_flat_map(|(r, c)| {
                (Just(r), Just(c), proptest::collection::vec(0u8..=12, r * c))
            })
        ) {
            let s: Vec<Vec<f32>> = (0..rows)
                .map(|r| (0..cols).map(|c| f32::from(cells[r * cols + c]) * 0.5).collect())
                .collect();
            let threshold = 1.5;
            let pairs = assign(&s, threshold);
            let mut seen_r = vec![false; rows];
            let mut seen_c = vec![false; cols];
            for &(r, c) in &pairs {
                prop_assert!(!seen_r[r] && !seen_c[c], "{r} or {c} used twice: {pairs:?}");
                prop_assert!(s[r][c] >= threshold, "({r}, {c}) below the threshold");
                seen_r[r] = true;
                seen_c[c] = true;
            }
            let total: f32 = pairs.iter().map(|&(r, c)| s[r][c]).sum();
            let best = brute_force(&s, threshold, 0, &mut vec![false; cols]);
            prop_assert!((total - best).abs() < 1e-3, "total {total}, best {best}, {s:?}");
        }
    }
}
