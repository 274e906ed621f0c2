use std::cmp::Ordering;

use crate::date::DateValue;
use crate::declare_rule;
use crate::finding::Finding;
use crate::message::Msg;
use crate::model::End;
use crate::rules::{Context, as_written, entries};

declare_rule! {
    /// ## What it does
    /// Reports an entry whose `endDate` is before its `startDate`, compared
    /// at the precision both give (`2021` ends no earlier than `2021-06`
    /// starts).
    ///
    /// ## Why is this bad?
    /// An entry cannot end before it begins: one of the two dates is a typo,
    /// often a year slip (`2019.09 – 2018.06`).
    ///
    /// ## Example
    /// ```yaml
    /// startDate: 2021.09
    /// endDate: 2020.06    # 结束早于开始
    /// ```
    ///
    /// ## How to settle it
    /// Correct whichever date is wrong. Keep the other language in step:
    /// `date-mismatch` will tell you if they disagree afterwards.
    pub const RULE = {
        code: "CV002",
        name: "date-order",
        severity: Error,
        check: check,
    };
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for doc in ctx.documents {
        for (kind, entry) in entries(doc) {
            let (Some(start), End::Given(end)) = (&entry.start, &entry.end) else {
                continue;
            };
            let (Ok(DateValue::Date(s)), Ok(DateValue::Date(e))) = (&start.value, &end.value)
            else {
                continue;
            };
            if e.cmp_common(s) == Some(Ordering::Less) {
                let end_shown = as_written(&end.text.value, &e.to_string());
                let start_shown = as_written(&start.text.value, &s.to_string());
                out.push(
                    Finding::new(
                        &RULE,
                        ctx.profile,
                        Msg::new("date-order")
                            .arg("end", end_shown.clone())
                            .arg("start", start_shown.clone()),
                    )
                    .section(kind)
                    .at(
                        &doc.file,
                        end.text.span,
                        Some(Msg::new("label-ends").arg("date", end_shown)),
                    )
                    .at(
                        &doc.file,
                        start.text.span,
                        Some(Msg::new("label-starts").arg("date", start_shown)),
                    ),
                );
            }
        }
    }
}
