//! `align --format json`: the pairing as data. Scripts read it, and the
//! pairing corpus (`tests/pairing/`) compares it with the pairs a person
//! marked, which findings alone cannot show: a wrong pair on a field no
//! rule compares produces no finding at all.

use serde::Serialize;

use crate::check::Loaded;
use crate::i18n::Localizer;
use crate::model::{Document, SectionKind};
use crate::report::json::Error;
use crate::rules::{Comparison, describe};
use crate::source::LoadError;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    /// Each language against the profile's reference language.
    comparisons: Vec<ComparisonOut<'a>>,
    /// Sources that could not be read (exit code 2).
    errors: Vec<Error>,
}

#[derive(Serialize)]
struct ComparisonOut<'a> {
    profile: &'a str,
    a: FileOut<'a>,
    b: FileOut<'a>,
    sections: Vec<SectionOut>,
}

#[derive(Serialize)]
struct FileOut<'a> {
    path: &'a str,
    lang: &'a str,
}

#[derive(Serialize)]
struct SectionOut {
    section: &'static str,
    pairs: Vec<PairOut>,
    unpaired: Vec<UnpairedOut>,
}

#[derive(Serialize)]
struct PairOut {
    a: EntryOut,
    b: EntryOut,
    /// Paired because both entries carry the same `id`.
    by_id: bool,
    score: f64,
    /// Whether findings on this pair may be errors: paired by id, by URL,
    /// or by something that names the entry. Otherwise they are warnings.
    confident: bool,
    reasons: Vec<ReasonOut>,
}

#[derive(Serialize)]
struct ReasonOut {
    /// The message id: stable, whatever the interface language.
    id: &'static str,
    text: String,
}

#[derive(Serialize)]
struct UnpairedOut {
    /// The file the entry is in: "a" or "b".
    side: &'static str,
    entry: EntryOut,
    /// The closest entry left unpaired on the other side, when one came
    /// near the pairing threshold.
    nearest: Option<EntryOut>,
}

#[derive(Serialize)]
struct EntryOut {
    /// Position in the section's list, from 0.
    index: usize,
    line: u32,
    id: Option<String>,
    name: String,
}

pub(super) fn render(
    compared: &[(&Loaded, Vec<Comparison<'_>>)],
    errors: &[LoadError],
    l10n: &Localizer,
) -> String {
    let output = Output {
        version: 1,
        comparisons: compared
            .iter()
            .flat_map(|(loaded, cmps)| cmps.iter().map(|c| comparison(loaded, c, l10n)))
            .collect(),
        errors: errors.iter().map(|e| Error::new(e, l10n)).collect(),
    };
    let mut out = serde_json::to_string_pretty(&output).unwrap_or_default();
    out.push('\n');
    out
}

fn comparison<'a>(loaded: &'a Loaded, cmp: &Comparison<'a>, l10n: &Localizer) -> ComparisonOut<'a> {
    let file = |d: &'a Document| FileOut {
        path: &d.file.display,
        lang: &d.file.lang.tag,
    };
    ComparisonOut {
        profile: &loaded.display,
        a: file(cmp.a),
        b: file(cmp.b),
        sections: cmp
            .sections
            .iter()
            .map(|s| {
                let entry = |doc: &Document, i: usize| entry(doc, s.kind, i);
                let unpaired = |side, doc, other, u: &crate::align::Unpaired| UnpairedOut {
                    side,
                    entry: entry(doc, u.index),
                    nearest: u.nearest.map(|j| entry(other, j)),
                };
                SectionOut {
                    section: s.kind.key(),
                    pairs: s
                        .pairs
                        .iter()
                        .map(|p| PairOut {
                            a: entry(cmp.a, p.a),
                            b: entry(cmp.b, p.b),
                            by_id: p.by_id,
                            score: (f64::from(p.scored.score) * 100.0).round() / 100.0,
                            confident: p.confident(),
                            reasons: super::reasons(p)
                                .iter()
                                .map(|r| ReasonOut {
                                    id: r.id,
                                    text: l10n.text(r),
                                })
                                .collect(),
                        })
                        .collect(),
                    unpaired: s
                        .only_a
                        .iter()
                        .map(|u| unpaired("a", cmp.a, cmp.b, u))
                        .chain(s.only_b.iter().map(|u| unpaired("b", cmp.b, cmp.a, u)))
                        .collect(),
                }
            })
            .collect(),
    }
}

/// An entry by position, line, id and the name `align`'s table shows.
fn entry(doc: &Document, kind: SectionKind, index: usize) -> EntryOut {
    let e = doc
        .section(kind)
        .and_then(|s| s.entries.get(index))
        .expect("alignment indices point into their document");
    EntryOut {
        index,
        line: e.span().line,
        id: e.id.as_ref().map(|t| t.value.clone()),
        name: describe(kind, e),
    }
}
