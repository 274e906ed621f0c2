use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::message::Msg;
use crate::model::SectionKind;
use crate::rules::{Context, each_pair};
use crate::terms::gazetteer::ORGS;
use crate::terms::{org_words, places};

declare_rule! {
    /// ## What it does
    /// Reports paired entries (usually paired by `id`) whose organisations do
    /// not correspond: two different organisations the gazetteer knows
    /// (清华大学 against "Peking University"). As warnings: on entries
    /// paired by `id`, by the same URL or by both ends of their dates, two
    /// names whose words in Latin letters share nothing but a place
    /// (`United Overseas Bank (UOB)` against `华侨银行（OCBC）`, `Intel
    /// Malaysia` against `美光科技马来西亚（Micron Malaysia）`); and, for employers, schools
    /// and volunteer organisations, two names of different places
    /// (Shanghai Maritime University against 大连海事大学), or a state or
    /// province against a city that lies elsewhere (The University of
    /// Queensland against 悉尼大学; Sabah against 亚庇, inside it, agrees).
    ///
    /// ## Why is this bad?
    /// An `id`, identical dates or the rest of the entry pair two entries
    /// whatever their names say, so a copy-pasted entry whose employer or
    /// school was changed in one language only is invisible to every other
    /// check.
    ///
    /// ## Example
    /// ```yaml
    /// # en.yaml                        # zh.yaml
    /// - id: master                      - id: master
    ///   institution: Peking University    institution: 清华大学
    /// ```
    ///
    /// ## How to settle it
    /// Correct the organisation, or, if the two entries are not the same,
    /// give them different ids. If both names are right (an organisation
    /// renamed, a brand against a legal name the gazetteer does not know),
    /// add the pair to `glossary.yaml`.
    pub const RULE = {
        code: "CV302",
        name: "org-mismatch",
        severity: Error,
        check: check,
    };
}

/// Two schools, one named for its place alone (Zhengzhou University, 河南
/// 大学), whose names share no place: another school, even when one place
/// lies in the other (郑州 in 河南), since the place is that school's whole
/// name. Elsewhere a city inside a province agrees (Sabah and 亚庇).
fn schools_of_places(a: &str, b: &str) -> Option<(&'static places::Place, &'static places::Place)> {
    let (pa, pb) = (places::find(a), places::find(b));
    let named = places::named_for_places(a, &pa, org_words::is_generic_word)
        || places::named_for_places(b, &pb, org_words::is_generic_word);
    let place = |p: u16| &places::PLACES[usize::from(p)];
    (named && !pa.iter().any(|p| pb.contains(p)))
        .then(|| Some((place(*pa.first()?), place(*pb.first()?))))
        .flatten()
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    // Alignment already compared the names (gazetteer, glossary, words);
    // this rule reports its verdict on the pairs it made.
    each_pair(ctx, |cmp, kind, pair, ea, eb| {
        let key = kind.name_field();
        let (Some(ta), Some(tb)) = (ea.fields.text(key), eb.fields.text(key)) else {
            return;
        };
        let verdict = match pair.scored.known_orgs_differ {
            Some((oa, ob)) => Some((
                Severity::Error,
                Msg::new("org-mismatch-known")
                    .arg("a", ta.value.trim().to_string())
                    .arg("aknown", ORGS[oa].display())
                    .arg("b", tb.value.trim().to_string())
                    .arg("bknown", ORGS[ob].display()),
            )),
            // Paired by something other than the name (an id, the same
            // URL), yet the names' Latin words disagree.
            None if (pair.by_id || pair.scored.same_url || pair.scored.dates_equal)
                && pair.scored.names_conflict =>
            {
                Some((
                    Severity::Warning,
                    Msg::new("org-mismatch-words")
                        .arg("a", ta.value.trim().to_string())
                        .arg("b", tb.value.trim().to_string()),
                ))
            }
            // Two names of other places, in sections whose names are
            // organisations, unless the gazetteer or the glossary says they
            // are one. Other shared words do not settle it: Shanghai
            // Maritime University and 大连海事大学 share all but the city.
            None if matches!(
                kind,
                SectionKind::Work | SectionKind::Education | SectionKind::Volunteer
            ) && !pair.scored.known_same =>
            {
                places::differ(&ta.value, &tb.value)
                    .or_else(|| {
                        (kind == SectionKind::Education)
                            .then(|| schools_of_places(&ta.value, &tb.value))
                            .flatten()
                    })
                    .map(|(pa, pb)| {
                        (
                            Severity::Warning,
                            Msg::new("org-mismatch-places")
                                .arg("a", ta.value.trim().to_string())
                                .arg("aplace", pa.display())
                                .arg("b", tb.value.trim().to_string())
                                .arg("bplace", pb.display()),
                        )
                    })
            }
            None => None,
        };
        if let Some((severity, msg)) = verdict {
            out.push(
                Finding::new(&RULE, ctx.profile, msg)
                    .severity(severity)
                    .section(kind)
                    .at(&cmp.a.file, ta.span, None)
                    .at(&cmp.b.file, tb.span, None)
                    .help(Msg::new("help-org-mismatch")),
            );
        }
    });
}

#[cfg(test)]
mod tests {
    use super::schools_of_places;

    #[test]
    fn a_school_named_for_its_place_is_another_school_elsewhere() {
        for (a, b) in [
            ("Zhengzhou University", "河南大学"),
            ("Kunming University of Science and Technology", "云南大学"),
            ("Zhejiang University", "宁波大学"),
            ("Harbin Normal University", "东北师范大学"),
            (
                "National Taipei University of Technology",
                "國立臺灣科技大學",
            ),
        ] {
            assert!(schools_of_places(a, b).is_some(), "{a} / {b}");
        }
        for (a, b) in [
            ("Shenzhen University", "深圳大学"),
            ("National Taiwan University", "國立臺灣大學"),
            ("University of Nottingham Ningbo China", "宁波诺丁汉大学"),
            ("Sun Yat-sen University", "中山大学"),
            ("Hong Kong Baptist University", "香港浸會大學"),
            ("National Taiwan Normal University", "國立臺灣師範大學"),
            (
                "University of Science and Technology Beijing",
                "北京科技大学",
            ),
        ] {
            assert!(schools_of_places(a, b).is_none(), "{a} / {b}");
        }
    }
}
