//! Dates as the résumé's language writes them, at the precision the source
//! gave: `Sep 2023 – Present`, `2023年9月 – 至今`, a year alone stays a year.

use super::DateStyle;
use crate::date::{DateValue, PartialDate};
use crate::i18n::Localizer;
use crate::message::Msg;
use crate::model::{DateField, End, Entry};

pub fn date(l10n: &Localizer, d: PartialDate, style: DateStyle) -> String {
    match style {
        DateStyle::Native => {}
        DateStyle::Iso => return d.to_string(),
        DateStyle::Dotted => return d.to_string().replace('-', "."),
    }
    let monthname = |m: u8| l10n.text(&Msg::new("render-month").arg("month", u32::from(m)));
    let msg = match (d.month, d.day) {
        (Some(m), Some(day)) => Msg::new("render-date-day")
            .arg("day", u32::from(day))
            .arg("month", u32::from(m))
            .arg("monthname", monthname(m)),
        (Some(m), None) => Msg::new("render-date-month")
            .arg("month", u32::from(m))
            .arg("monthname", monthname(m)),
        _ => Msg::new("render-date-year"),
    };
    // Years are not numbers to format: no grouping separator in "2,023".
    l10n.text(&msg.arg("year", d.year.to_string()))
}

/// A field's date, or its text as written when it could not be read (only
/// reachable with `--force`, since an unreadable date is a finding).
fn field(l10n: &Localizer, f: &DateField, style: DateStyle) -> String {
    match &f.value {
        Ok(DateValue::Date(d)) => date(l10n, *d, style),
        Ok(DateValue::Ongoing) => l10n.get("render-present"),
        Err(_) => f.text.value.trim().to_string(),
    }
}

/// An entry's dates: a range when it has an end (or is ongoing), else the
/// single date; `None` when it gives no date.
pub fn of_entry(l10n: &Localizer, entry: &Entry, style: DateStyle) -> Option<String> {
    let start = entry.start.as_ref().map(|f| field(l10n, f, style));
    let end = match &entry.end {
        End::None => None,
        End::OpenEnded => Some(l10n.get("render-present")),
        End::Given(f) => Some(field(l10n, f, style)),
    };
    match (start, end) {
        (Some(s), Some(e)) => {
            Some(l10n.text(&Msg::new("render-date-range").arg("start", s).arg("end", e)))
        }
        (Some(s), None) => Some(s),
        (None, Some(e)) => Some(e),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_natively_in_each_language() {
        let en = Localizer::new("en");
        let zh = Localizer::new("zh-CN");
        let sep = PartialDate::ym(2023, 9);
        assert_eq!(date(&en, sep, DateStyle::Native), "Sep 2023");
        assert_eq!(date(&zh, sep, DateStyle::Native), "2023年9月");
        assert_eq!(
            date(&en, PartialDate::year(2021), DateStyle::Native),
            "2021"
        );
        assert_eq!(
            date(&zh, PartialDate::year(2021), DateStyle::Native),
            "2021年"
        );
        let day = PartialDate {
            year: 2023,
            month: Some(9),
            day: Some(1),
        };
        assert_eq!(date(&en, day, DateStyle::Native), "Sep 1, 2023");
        assert_eq!(date(&zh, day, DateStyle::Native), "2023年9月1日");
        assert_eq!(date(&zh, sep, DateStyle::Dotted), "2023.09");
        assert_eq!(date(&en, sep, DateStyle::Iso), "2023-09");
    }
}
