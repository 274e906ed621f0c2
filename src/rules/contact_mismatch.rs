use crate::align::score::normalise_url;
use crate::declare_rule;
use crate::finding::Finding;
use crate::message::Msg;
use crate::model::{Fields, Text};
use crate::rules::{Context, value_differs};

declare_rule! {
    /// ## What it does
    /// Compares the contact details in `basics` across languages: `email`
    /// (ignoring case), `phone` (ignoring spaces, dashes, brackets, and a
    /// country code present on one side only), `url`, and each social
    /// profile's `url` and `username`, matched by `network`.
    ///
    /// ## Why is this bad?
    /// A phone number with one digit changed in one version sends a
    /// recruiter's call to a stranger. Contact details are copied by hand
    /// between versions more than anything else, and read less.
    ///
    /// ## Example
    /// ```yaml
    /// # en.yaml                      # zh.yaml
    /// phone: +86 138 0000 0123        phone: 138-0000-0132
    /// ```
    ///
    /// ## How to settle it
    /// Make both files carry the same value. A detail given in one
    /// language only is not reported.
    pub const RULE = {
        code: "CV401",
        name: "contact-mismatch",
        severity: Error,
        check: check,
    };
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for cmp in ctx.comparisons {
        let (ba, bb) = (&cmp.a.basics, &cmp.b.basics);
        let mut compare = |key: &'static str,
                           ta: Option<&Text>,
                           tb: Option<&Text>,
                           same: fn(&str, &str) -> bool| {
            let (Some(ta), Some(tb)) = (ta, tb) else {
                return;
            };
            if !same(&ta.value, &tb.value) {
                let msg = Msg::new("contact-mismatch").arg("field", key);
                out.push(value_differs(&RULE, ctx, cmp, true, msg, (ta, tb)));
            }
        };
        compare("email", ba.text("email"), bb.text("email"), |a, b| {
            a.trim().eq_ignore_ascii_case(b.trim())
        });
        compare("phone", ba.text("phone"), bb.text("phone"), same_phone);
        compare("url", ba.text("url"), bb.text("url"), |a, b| {
            normalise_url(a) == normalise_url(b)
        });
        for pa in profiles(ba) {
            let network = pa.text("network").map(|t| t.value.trim().to_lowercase());
            let Some(pb) = profiles(bb)
                .find(|pb| pb.text("network").map(|t| t.value.trim().to_lowercase()) == network)
            else {
                continue;
            };
            if network.is_none() {
                continue;
            }
            compare("profiles.url", pa.text("url"), pb.text("url"), |a, b| {
                normalise_url(a) == normalise_url(b)
            });
            compare(
                "profiles.username",
                pa.text("username"),
                pb.text("username"),
                |a, b| a.trim().eq_ignore_ascii_case(b.trim()),
            );
        }
    }
}

fn profiles(basics: &Fields) -> impl Iterator<Item = &Fields> {
    match basics.get("profiles") {
        Some(crate::model::Value::Objects(items)) => items.iter(),
        _ => [].iter(),
    }
}

/// Digits only, keeping whether a country code was written (`+`).
fn digits(phone: &str) -> (bool, String) {
    let plus = phone.trim_start().starts_with('+') || phone.trim_start().starts_with("00");
    let d: String = phone.chars().filter(char::is_ascii_digit).collect();
    (plus, d)
}

/// Two phone numbers are the same when their digits are, or when one adds
/// a country code (`+86`, `0086`) the other leaves out.
pub fn same_phone(a: &str, b: &str) -> bool {
    let ((pa, da), (pb, db)) = (digits(a), digits(b));
    if da == db {
        return true;
    }
    let (long, short, plus) = if da.len() > db.len() {
        (&da, &db, pa)
    } else {
        (&db, &da, pb)
    };
    let extra = long.len() - short.len();
    plus && (1..=5).contains(&extra) && short.len() >= 7 && long.ends_with(short.as_str())
}

#[cfg(test)]
mod tests {
    use super::same_phone;

    #[test]
    fn phones_compare_by_digits() {
        assert!(same_phone("+86 138 0000 0123", "138-0000-0123"));
        assert!(same_phone("(010) 8888-1234", "010 8888 1234"));
        assert!(same_phone("0086 13800000123", "13800000123"));
        assert!(!same_phone("+86 138 0000 0123", "138-0000-0132"));
        assert!(
            !same_phone("138 0000 0123", "38 0000 0123"),
            "a dropped digit is not a country code"
        );
    }
}
