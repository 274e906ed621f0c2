//! Pairing the entries of two language versions, section by section.
//!
//! Entries with the same `id` pair first, whatever they say: the id is the
//! user's word. The rest are scored pairwise by content (see [`score`]) and
//! paired by an optimal one-to-one assignment, so reordering a section
//! changes nothing and two look-alike entries never share a counterpart.

pub mod assign;
pub mod names;
pub mod order;
pub mod score;
pub mod titles;
pub mod translation;

use crate::model::{Document, Entry, SectionKind};
use crate::terms::glossary::Glossary;
use score::{EntryFeatures, HINT_THRESHOLD, PAIR_THRESHOLD, Scored};

#[derive(Clone, Debug)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    pub by_id: bool,
    pub scored: Scored,
    /// The pair's titles, read once for every rule that compares them.
    pub titles: Option<titles::TitlePair>,
}

impl Pair {
    /// Whether findings on this pair can be trusted as errors: paired by
    /// id, or by something that names the entry.
    pub fn confident(&self) -> bool {
        self.by_id || self.scored.confident()
    }
}

/// An entry left without counterpart, with the closest unpaired entry of
/// the other language when one came near.
#[derive(Clone, Debug)]
pub struct Unpaired {
    pub index: usize,
    pub nearest: Option<usize>,
}

#[derive(Clone, Debug)]
pub struct SectionAlignment {
    pub kind: SectionKind,
    pub pairs: Vec<Pair>,
    pub only_a: Vec<Unpaired>,
    pub only_b: Vec<Unpaired>,
}

/// Aligns every section that either document has, in schema order. With
/// `explain`, each pair's reasons are put into words (`Scored::reasons`).
pub fn align(
    a: &Document,
    b: &Document,
    glossary: &Glossary,
    explain: bool,
) -> Vec<SectionAlignment> {
    SectionKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let ea = a.section(kind).map_or(&[][..], |s| &s.entries[..]);
            let eb = b.section(kind).map_or(&[][..], |s| &s.entries[..]);
            let sa = Side {
                entries: ea,
                language: a.file.lang.language(),
            };
            let sb = Side {
                entries: eb,
                language: b.file.lang.language(),
            };
            (!ea.is_empty() || !eb.is_empty())
                .then(|| align_section(kind, sa, sb, glossary, explain))
        })
        .collect()
}

/// One language's entries of a section.
#[derive(Clone, Copy)]
pub struct Side<'a> {
    pub entries: &'a [Entry],
    /// Primary language subtag (`en`, `zh`), for the glossary.
    pub language: &'a str,
}

pub fn align_section(
    kind: SectionKind,
    a: Side<'_>,
    b: Side<'_>,
    glossary: &Glossary,
    explain: bool,
) -> SectionAlignment {
    let (la, lb) = (a.language, b.language);
    let (a, b) = (a.entries, b.entries);
    let mut pairs = Vec::new();
    let mut paired_a = vec![false; a.len()];
    let mut paired_b = vec![false; b.len()];

    // Ids first. Each side's ids are unique (the loader refuses duplicates).
    let ids_b: std::collections::HashMap<&str, usize> = b
        .iter()
        .filter_map(|e| e.id.as_ref().map(|id| (id.value.as_str(), e.index)))
        .collect();
    let mut fa: Vec<EntryFeatures> = a
        .iter()
        .map(|e| EntryFeatures::new(kind, e, a.len(), glossary, la))
        .collect();
    let mut fb: Vec<EntryFeatures> = b
        .iter()
        .map(|e| EntryFeatures::new(kind, e, b.len(), glossary, lb))
        .collect();
    for side in [&mut fa, &mut fb] {
        translation::weigh(side.iter_mut().map(|f| &mut f.name_words));
        translation::weigh(side.iter_mut().map(|f| &mut f.detail_words));
    }
    for (i, e) in a.iter().enumerate() {
        if let Some(&j) = e.id.as_ref().and_then(|id| ids_b.get(id.value.as_str())) {
            let mut scored = score::score(&fa[i], e, &fb[j], &b[j], explain);
            if explain {
                scored.reasons.insert(
                    0,
                    crate::message::Msg::new("reason-same-id").arg(
                        "id",
                        e.id.as_ref().map(|t| t.value.clone()).unwrap_or_default(),
                    ),
                );
            }
            pairs.push(Pair {
                a: i,
                b: j,
                by_id: true,
                scored,
                titles: titles::pair(kind, glossary, (la, e), (lb, &b[j])),
            });
            paired_a[i] = true;
            paired_b[j] = true;
        }
    }

    // Then content, among what is left. Two different ids are two entries.
    let rest_a: Vec<usize> = (0..a.len()).filter(|&i| !paired_a[i]).collect();
    let rest_b: Vec<usize> = (0..b.len()).filter(|&j| !paired_b[j]).collect();
    let scored: Vec<Vec<Option<Scored>>> = rest_a
        .iter()
        .map(|&i| {
            rest_b
                .iter()
                .map(|&j| {
                    (a[i].id.is_none() || b[j].id.is_none())
                        .then(|| score::score(&fa[i], &a[i], &fb[j], &b[j], false))
                })
                .collect()
        })
        .collect();
    let matrix: Vec<Vec<f32>> = scored
        .iter()
        .map(|row| {
            row.iter()
                .map(|s| s.as_ref().map_or(f32::MIN, |s| s.score))
                .collect()
        })
        .collect();
    for (r, c) in assign::assign(&matrix, PAIR_THRESHOLD) {
        let (i, j) = (rest_a[r], rest_b[c]);
        if let Some(unexplained) = &scored[r][c] {
            pairs.push(Pair {
                a: i,
                b: j,
                by_id: false,
                // The matrix scored every cell without words; a chosen
                // pair is scored again only when its reasons are shown.
                scored: if explain {
                    score::score(&fa[i], &a[i], &fb[j], &b[j], true)
                } else {
                    unexplained.clone()
                },
                titles: titles::pair(kind, glossary, (la, &a[i]), (lb, &b[j])),
            });
            paired_a[i] = true;
            paired_b[j] = true;
        }
    }
    // Then order, for what content alone left unpaired on both sides.
    let anchors: Vec<(usize, usize)> = pairs.iter().map(|p| (p.a, p.b)).collect();
    let free_a: Vec<usize> = rest_a.iter().copied().filter(|&i| !paired_a[i]).collect();
    let free_b: Vec<usize> = rest_b.iter().copied().filter(|&j| !paired_b[j]).collect();
    let cell = |i: usize, j: usize| {
        let r = rest_a.binary_search(&i).ok()?;
        let c = rest_b.binary_search(&j).ok()?;
        scored[r][c].as_ref()
    };
    // Names that say "different" keep two entries apart, unless both
    // ends of their dates agree to the month: at the same place in the
    // list, that is one job whose employer was changed on one side.
    let compatible = |i: usize, j: usize| {
        cell(i, j).is_some_and(|s| {
            s.dates_equal
                || (s.score >= HINT_THRESHOLD
                    && !s.names_conflict
                    && !s.names_untranslated
                    && s.known_orgs_differ.is_none())
        })
    };
    // A pair made after the assignment, by evidence the score leaves out:
    // scored again for its reasons, with the one that made it.
    let late = |i: usize, j: usize, reason: &'static str| {
        let mut scored = score::score(&fa[i], &a[i], &fb[j], &b[j], explain);
        if explain {
            scored.reasons.push(crate::message::Msg::new(reason));
        }
        Pair {
            a: i,
            b: j,
            by_id: false,
            scored,
            titles: titles::pair(kind, glossary, (la, &a[i]), (lb, &b[j])),
        }
    };
    // Between two pairs, a lone entry on each side needs only that nothing
    // argues against it: names that differ in Latin letters, or known
    // organisations that differ.
    let enclosed = |i: usize, j: usize| {
        cell(i, j).is_some_and(|s| !s.names_conflict && s.known_orgs_differ.is_none())
    };
    for (i, j) in order::pairs_by_order(&anchors, &free_a, &free_b, compatible, enclosed) {
        pairs.push(late(i, j, "reason-order"));
        paired_a[i] = true;
        paired_b[j] = true;
    }
    // The last entry left on each side, when one end of their dates agrees
    // to the month: one entry whose other end or name was changed on one
    // side, in a section whose order says nothing (reordered lists).
    let left_a: Vec<usize> = rest_a.iter().copied().filter(|&i| !paired_a[i]).collect();
    let left_b: Vec<usize> = rest_b.iter().copied().filter(|&j| !paired_b[j]).collect();
    if let (&[i], &[j]) = (left_a.as_slice(), left_b.as_slice()) {
        // Both ends equal is one job even between two known employers,
        // whatever the order of the lists (a reversed list gives no order
        // to go by): the changed employer is then `org-mismatch`.
        let last = cell(i, j)
            .is_some_and(|s| s.dates_equal || s.an_end_equal && s.known_orgs_differ.is_none());
        if last {
            pairs.push(late(i, j, "reason-last-left"));
            paired_a[i] = true;
            paired_b[j] = true;
        }
    }
    pairs.sort_by_key(|p| (p.a, p.b));

    let only_a = unpaired(&rest_a, &paired_a, &rest_b, &paired_b, |r, c| matrix[r][c]);
    let only_b = unpaired(&rest_b, &paired_b, &rest_a, &paired_a, |c, r| matrix[r][c]);
    SectionAlignment {
        kind,
        pairs,
        only_a,
        only_b,
    }
}

/// The entries of one side left unpaired, each with the unpaired entry of
/// the other side that scored highest against it, if it came near.
/// `score(mine, theirs)` indexes the score matrix by positions in the
/// `rest` lists.
fn unpaired(
    rest: &[usize],
    paired: &[bool],
    other_rest: &[usize],
    other_paired: &[bool],
    score: impl Fn(usize, usize) -> f32,
) -> Vec<Unpaired> {
    rest.iter()
        .enumerate()
        .filter(|(_, i)| !paired[**i])
        .map(|(r, &i)| Unpaired {
            index: i,
            nearest: other_rest
                .iter()
                .enumerate()
                .filter(|(_, j)| !other_paired[**j])
                .map(|(c, &j)| (j, score(r, c)))
                .filter(|(_, s)| *s >= HINT_THRESHOLD)
                .max_by(|x, y| x.1.total_cmp(&y.1))
                .map(|(j, _)| j),
        })
        .collect()
}
