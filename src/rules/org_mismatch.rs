use crate::align::names::{NameFeatures, compare};
use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::message::Msg;
use crate::rules::{Context, each_pair};
use crate::terms::gazetteer::{self, ORGS};

declare_rule! {
    /// ## What it does
    /// Reports paired entries (usually paired by `id`) whose organisations do
    /// not correspond: two different organisations the gazetteer knows
    /// (清华大学 against "Peking University"), or, as a warning, two names in
    /// Latin letters that share no word.
    ///
    /// ## Why is this bad?
    /// An `id` pairs entries whatever they say, so a copy-pasted entry whose
    /// id was kept but whose employer or school was changed in one language
    /// only is invisible to every other check.
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
    each_pair(ctx, |cmp, kind, pair, ea, eb| {
        let key = kind.name_field();
        let (Some(ta), Some(tb)) = (ea.fields.text(key), eb.fields.text(key)) else {
            return;
        };
        let (la, lb) = (cmp.a.file.lang.language(), cmp.b.file.lang.language());
        let (ga, gb) = (
            ctx.glossary.matches(la, &ta.value),
            ctx.glossary.matches(lb, &tb.value),
        );
        if ga.iter().any(|g| gb.contains(g)) {
            return;
        }
        let (oa, ob) = (gazetteer::lookup(&ta.value), gazetteer::lookup(&tb.value));
        let verdict = if !oa.is_empty() && !ob.is_empty() {
            (!oa.iter().any(|o| ob.contains(o))).then(|| {
                (
                    Severity::Error,
                    Msg::new("org-mismatch-known")
                        .arg("a", ta.value.trim().to_string())
                        .arg("aknown", ORGS[oa[0]].display())
                        .arg("b", tb.value.trim().to_string())
                        .arg("bknown", ORGS[ob[0]].display()),
                )
            })
        } else if pair.by_id
            && compare(&NameFeatures::new(&ta.value), &NameFeatures::new(&tb.value)).conflicting
        {
            Some((
                Severity::Warning,
                Msg::new("org-mismatch-words")
                    .arg("a", ta.value.trim().to_string())
                    .arg("b", tb.value.trim().to_string()),
            ))
        } else {
            None
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
