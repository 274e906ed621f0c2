use crate::align::score::normalise_url;
use crate::declare_rule;
use crate::finding::Finding;
use crate::message::Msg;
use crate::rules::contact_mismatch::paired_profiles;
use crate::rules::unknown_key::{self, Kind};
use crate::rules::{Context, each_pair, value_differs};

declare_rule! {
    /// ## What it does
    /// Compares the links of the two versions: the personal site
    /// (`basics.url`), each social profile's `url` (profiles matched by
    /// `network`), the `url` of entries paired across languages, and the
    /// `doi` of publications. Scheme, `www.`, letter case of the host and a
    /// trailing slash do not count; a DOI is compared without its
    /// `https://doi.org/` or `doi:` prefix, ignoring case. A key cvpair does
    /// not know (`website`) is compared the same way when both languages
    /// give it a link at the same place (see `unknown-key`).
    ///
    /// ## Why is this bad?
    /// A link fixed in one version only leaves the other pointing at an old
    /// page, a typo or a different paper.
    ///
    /// ## Example
    /// ```yaml
    /// # en.yaml                                # zh.yaml
    /// url: https://github.com/kzhou/tidewatch   url: https://github.com/kzhou/tidewatcher
    /// ```
    ///
    /// ## How to settle it
    /// Make both entries link the same page. A link in one language only is
    /// not reported; a localised page (`/en/`, `/zh/`) can be settled with a
    /// suppression on the entry.
    pub const RULE = {
        code: "CV402",
        name: "url-mismatch",
        severity: Error,
        check: check,
    };
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for cmp in ctx.comparisons {
        let (ba, bb) = (&cmp.a.basics, &cmp.b.basics);
        let links = std::iter::once(("url", ba, bb))
            .chain(paired_profiles(ba, bb).map(|(pa, pb)| ("profiles.url", pa, pb)));
        for (key, fa, fb) in links {
            let (Some(ta), Some(tb)) = (fa.text("url"), fb.text("url")) else {
                continue;
            };
            if normalise_url(&ta.value) != normalise_url(&tb.value) {
                let msg = Msg::new("url-mismatch").arg("field", key);
                out.push(value_differs(&RULE, ctx, cmp, true, msg, (ta, tb)));
            }
        }
    }
    each_pair(ctx, |cmp, kind, pair, ea, eb| {
        for (key, norm) in [
            ("url", normalise_url as fn(&str) -> String),
            ("doi", normalise_doi),
        ] {
            let (Some(ta), Some(tb)) = (ea.fields.text(key), eb.fields.text(key)) else {
                continue;
            };
            if norm(&ta.value) != norm(&tb.value) {
                let msg = Msg::new("url-mismatch").arg("field", key);
                out.push(
                    value_differs(&RULE, ctx, cmp, pair.confident(), msg, (ta, tb)).section(kind),
                );
            }
        }
    });
    unknown_key::differing(ctx, &RULE, Kind::Url, out);
}

fn normalise_doi(doi: &str) -> String {
    let d = doi.trim().to_lowercase();
    let d = d
        .trim_start_matches("https://doi.org/")
        .trim_start_matches("http://doi.org/")
        .trim_start_matches("https://dx.doi.org/")
        .trim_start_matches("doi:")
        .trim();
    d.to_string()
}
