use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::message::Msg;
use crate::model::SectionKind;
use crate::rules::{Context, each_pair};
use crate::terms::gazetteer::ORGS;
use crate::terms::places;

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
                places::differ(&ta.value, &tb.value).map(|(pa, pb)| {
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
