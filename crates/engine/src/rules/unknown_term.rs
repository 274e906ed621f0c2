use crate::declare_rule;
use crate::finding::Finding;
use crate::message::Msg;
use crate::rules::{Context, each_title_pair};

declare_rule! {
    /// ## What it does
    /// Notes a title (position, project role, degree) of a paired entry that
    /// the term base does not know, so `title-mismatch` could not compare it.
    ///
    /// ## Why is this bad?
    /// It is not: an unknown word is uncertain, never wrong, so this is only
    /// `info`. It tells you which titles cvpair is not checking.
    ///
    /// ## Example
    /// ```yaml
    /// position: Growth Hacker      # zh: 增长黑客
    /// ```
    ///
    /// ## How to settle it
    /// Add the pair to `glossary.yaml` beside the profile
    /// (`terms: [{en: Growth Hacker, zh: 增长黑客}]`); the title then counts
    /// as known and the finding goes away.
    pub const RULE = {
        code: "CV303",
        name: "unknown-term",
        severity: Info,
        check: check,
    };
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    each_title_pair(ctx, |cmp, kind, _pair, t| {
        let (ta, tb, ra, rb) = (&t.a, &t.b, &t.ra, &t.rb);
        for (doc, text, reading, (other_doc, other)) in
            [(cmp.a, ta, ra, (cmp.b, tb)), (cmp.b, tb, rb, (cmp.a, ta))]
        {
            if !reading.known && !text.value.trim().is_empty() {
                out.push(
                    Finding::new(
                        &RULE,
                        ctx.profile,
                        Msg::new("unknown-term")
                            .arg("term", text.value.clone())
                            .arg("lang", doc.file.lang.tag.clone()),
                    )
                    .section(kind)
                    .at(&doc.file, text.span, None)
                    .help(
                        Msg::new("help-unknown-term")
                            .arg("lang", doc.file.lang.language().to_string())
                            .arg("term", text.value.clone())
                            .arg("other", other.value.clone())
                            .arg("otherlang", other_doc.file.lang.language().to_string()),
                    ),
                );
            }
        }
    });
}
