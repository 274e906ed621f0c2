use crate::align::score::normalise_url;
use crate::declare_rule;
use crate::finding::Finding;
use crate::message::Msg;
use crate::model::{Fields, Text};
use crate::rules::{Context, value_differs};

declare_rule! {
    /// ## What it does
    /// Compares the contact details in `basics` across languages: `email`
    /// (ignoring case), `phone`, and each social profile's `username`,
    /// matched by `network`. Phones are compared by their digits: spaces,
    /// dashes and brackets do not count, nor does the country code written
    /// on one side only, with the trunk `0` the national form puts in its
    /// place (`+886 912-345-678` = `0912-345-678`, `+44 7700 900123` =
    /// `07700 900123`, `+86 138 1234 5678` = `138 1234 5678`). Links (`url`,
    /// `profiles[].url`) are `url-mismatch`; a username whose profile's
    /// link differs as well is that one slip, reported there.
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
        // A username whose profile link differs too is the link's tail:
        // url-mismatch reports that one slip, once.
        let links_differ = |pa: &Fields, pb: &Fields| {
            matches!((pa.text("url"), pb.text("url")),
                (Some(ua), Some(ub)) if normalise_url(&ua.value) != normalise_url(&ub.value))
        };
        for (pa, pb) in paired_profiles(ba, bb).filter(|(pa, pb)| !links_differ(pa, pb)) {
            compare(
                "profiles.username",
                pa.text("username"),
                pb.text("username"),
                |a, b| a.trim().eq_ignore_ascii_case(b.trim()),
            );
        }
    }
}

/// The social profiles of two `basics` that name the same `network`
/// (ignoring case); a profile without a network pairs with nothing.
pub fn paired_profiles<'a>(
    ba: &'a Fields,
    bb: &'a Fields,
) -> impl Iterator<Item = (&'a Fields, &'a Fields)> {
    let network = |p: &Fields| p.text("network").map(|t| t.value.trim().to_lowercase());
    profiles(ba).filter_map(move |pa| {
        let name = network(pa)?;
        let pb = profiles(bb).find(|pb| network(pb).as_ref() == Some(&name))?;
        Some((pa, pb))
    })
}

fn profiles(basics: &Fields) -> impl Iterator<Item = &Fields> {
    match basics.get("profiles") {
        Some(crate::model::Value::Objects(items)) => items.iter(),
        _ => [].iter(),
    }
}

/// The digits of a phone number and whether it is written in international
/// form (`+44…`, `0044…`, whose leading `00` is dropped). A `(0)` is the
/// trunk prefix some write inside the international form
/// (`+44 (0)20 7946 0000`): it is never dialled from abroad, so it is left out.
fn digits(phone: &str) -> (bool, String) {
    let phone = phone.trim_start().replace("(0)", "");
    let d: String = phone.chars().filter(char::is_ascii_digit).collect();
    if phone.starts_with('+') {
        (true, d)
    } else if let Some(rest) = d.strip_prefix("00") {
        (true, rest.to_string())
    } else {
        (false, d)
    }
}

/// Two phone numbers are the same when their digits are, or when one is
/// the international form of the other: a country code of one to three
/// digits the other leaves out, and in its place the national form may have
/// the trunk prefix `0` (`+886 912-345-678` = `0912-345-678`,
/// `+44 7700 900123` = `07700 900123`). Chinese mobiles have no trunk
/// prefix (`+86 138…` = `138…`). A digit dropped from a national number is
/// no country code: only an international form explains extra digits.
pub fn same_phone(a: &str, b: &str) -> bool {
    let ((ia, da), (ib, db)) = (digits(a), digits(b));
    if da == db {
        return true;
    }
    let (long, short) = match (ia, ib) {
        (true, false) => (da, db),
        (false, true) => (db, da),
        _ => return false,
    };
    let national = [short.as_str(), short.strip_prefix('0').unwrap_or("")];
    national.iter().any(|n| {
        n.len() >= 6 && long.len() > n.len() && long.len() - n.len() <= 3 && long.ends_with(n)
    })
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

    #[test]
    fn the_trunk_prefix_gives_way_to_the_country_code() {
        assert!(same_phone("+886 912-345-678", "0912-345-678"));
        assert!(same_phone("+44 7700 900123", "07700 900123"));
        assert!(same_phone("+44 (0)7700 900123", "07700 900123"));
        assert!(same_phone("0044 7700 900123", "07700 900123"));
        assert!(same_phone("+86 138 1234 5678", "138 1234 5678"));
        assert!(same_phone("(852) 6123 4578", "+852 6123 4578"));
        assert!(
            same_phone("+39 06 1234 5678", "06 1234 5678"),
            "Italy keeps its 0"
        );
        assert!(!same_phone("+886 912-345-678", "0912-345-687"));
        assert!(!same_phone("+44 7700 900123", "07700 900124"));
        assert!(!same_phone("+886 912-345-678", "0812-345-678"));
        assert!(
            !same_phone("0912-345-678", "912-345-678"),
            "two national forms: a dropped 0 is a different number"
        );
    }
}
