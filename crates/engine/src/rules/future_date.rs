use std::cmp::Ordering;

use crate::declare_rule;
use crate::finding::Finding;
use crate::message::Msg;
use crate::rules::{Context, as_written, entries};

declare_rule! {
    /// ## What it does
    /// Warns about a start date (or the single date of an award, certificate
    /// or publication) later than today, at the precision it gives: `2027-03`
    /// is in the future on 2026-11-25, `2026` is not.
    ///
    /// ## Why is this bad?
    /// A job that has not started, or an award not yet given, usually means a
    /// mistyped year. It is a warning, not an error, because an accepted
    /// offer is sometimes listed on purpose.
    ///
    /// ## Example
    /// ```yaml
    /// startDate: 2027.03    # meant 2024.03
    /// ```
    ///
    /// ## How to settle it
    /// Correct the year, or, for an entry that really is upcoming, suppress
    /// the finding for that entry. `check --today YYYY-MM-DD` sets the date
    /// compared with, for reproducible runs.
    pub const RULE = {
        code: "CV003",
        name: "future-date",
        severity: Warning,
        check: check,
    };
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for doc in ctx.documents {
        for (kind, entry) in entries(doc) {
            let (Some(field), Some(date)) = (&entry.start, entry.start_date()) else {
                continue;
            };
            if date.cmp_common(&ctx.today) == Some(Ordering::Greater) {
                out.push(
                    Finding::new(
                        &RULE,
                        ctx.profile,
                        Msg::new("future-date")
                            .arg("field", field.key)
                            .arg("value", as_written(&field.text.value, &date.to_string()))
                            .arg("today", ctx.today.to_string()),
                    )
                    .section(kind)
                    .at(&doc.file, field.text.span, None),
                );
            }
        }
    }
}
