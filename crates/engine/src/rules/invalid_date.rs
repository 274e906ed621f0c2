use crate::date::DateError;
use crate::declare_rule;
use crate::finding::Finding;
use crate::message::Msg;
use crate::model::{DateField, End};
use crate::rules::{Context, entries};

declare_rule! {
    /// ## What it does
    /// Reports a date that cvpair cannot read, or that does not exist:
    /// `2023-13`, `2023-02-30`, `2023年13月`, `soon`, `present` as a start,
    /// or a two-digit year such as `98年` that could be 1998 or ROC year 98
    /// (2009).
    ///
    /// ## Why is this bad?
    /// A date no reader can place is a typo a recruiter will see, and cvpair
    /// cannot compare it with the other language, so every check that needs
    /// it is silently weaker until it is fixed. It is an error finding like
    /// any other (exit 1): the rest of the profile is still checked, and the
    /// entry still pairs by its name and its other date.
    ///
    /// ## Example
    /// ```yaml
    /// # en.yaml
    /// startDate: 2023-13
    /// # zh-CN.yaml
    /// startDate: 2023年13月
    /// ```
    /// Use any accepted form: `2023`, `2023-09`, `2023.9`, `09/2023`,
    /// `Sep 2023`, `Jun '24`, `2023年9月`, `24年6月`, the ROC era
    /// `民國112年9月` (year + 1911); for an end date also `present` or `至今`.
    ///
    /// ## How to settle it
    /// Correct the date. There is nothing to accept here: a date that does
    /// not exist is always a mistake.
    pub const RULE = {
        code: "CV001",
        name: "invalid-date",
        severity: Error,
        check: check,
    };
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for doc in ctx.documents {
        for (kind, entry) in entries(doc) {
            let end = match &entry.end {
                End::Given(d) => Some(d),
                _ => None,
            };
            for field in entry.start.iter().chain(end) {
                if let Err(e) = &field.value {
                    out.push(
                        Finding::new(&RULE, ctx.profile, message(field, e))
                            .section(kind)
                            .at(&doc.file, field.text.span, None)
                            .help(help(e)),
                    );
                }
            }
        }
    }
}

fn message(field: &DateField, e: &DateError) -> Msg {
    let base = |id| {
        Msg::new(id)
            .arg("field", field.key)
            .arg("value", field.text.value.clone())
    };
    match e {
        DateError::Unrecognised => base("invalid-date-unrecognised"),
        DateError::OngoingStart => base("invalid-date-ongoing-start"),
        DateError::YearOutOfRange(y) => base("invalid-date-year").arg("year", *y),
        DateError::MonthOutOfRange(m) => base("invalid-date-month").arg("month", *m),
        DateError::DayOutOfRange { day, max } => {
            base("invalid-date-day").arg("day", *day).arg("max", *max)
        }
        DateError::AmbiguousYear(yy) => years(base("invalid-date-two-digit-year"), *yy),
    }
}

fn help(e: &DateError) -> Msg {
    match e {
        DateError::AmbiguousYear(yy) => years(Msg::new("help-date-full-year"), *yy),
        _ => Msg::new("help-date-forms"),
    }
}

/// The two readings of a two-digit year, as text: a year is not a number
/// to group (`1,998`).
fn years(msg: Msg, yy: u32) -> Msg {
    msg.arg("yy", format!("{yy:02}"))
        .arg("western", (1900 + yy).to_string())
        .arg("roc", (1911 + yy).to_string())
}
