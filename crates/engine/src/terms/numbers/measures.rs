//! Units of measure after a number, and what one of each is worth in the
//! unit a kind of measure is compared in: square metres, metres,
//! kilograms, kilowatts, kilowatt-hours, hours.
//!
//! The two languages of one résumé often measure in different systems:
//! a farm of `12 hectares` is `180 亩`, an office of `2,000 sq ft` is
//! `186 平方米` or `56 坪`, a route of `30 miles` is `48 公里`. Read as
//! plain figures they contradict each other; converted, they agree, and a
//! real slip (`12 hectares` against `120 亩`) still stands out.

use super::{Unit, spells};

/// Words written after a number in English, lower case, longest first
/// where one starts another; with the kind of measure and its worth.
const ENGLISH: &[(&str, Unit, f64)] = &[
    ("square kilometres", Unit::Area, 1e6),
    ("square kilometers", Unit::Area, 1e6),
    ("square metres", Unit::Area, 1.0),
    ("square meters", Unit::Area, 1.0),
    // Singular before a noun: `a 149-square-metre shop`.
    ("square metre", Unit::Area, 1.0),
    ("square meter", Unit::Area, 1.0),
    ("square kilometre", Unit::Area, 1e6),
    ("square kilometer", Unit::Area, 1e6),
    ("square feet", Unit::Area, 0.092_903),
    ("square foot", Unit::Area, 0.092_903),
    ("sq. m", Unit::Area, 1.0),
    ("sq m", Unit::Area, 1.0),
    ("sq ft", Unit::Area, 0.092_903),
    ("sq km", Unit::Area, 1e6),
    ("sqm", Unit::Area, 1.0),
    ("sqft", Unit::Area, 0.092_903),
    ("km²", Unit::Area, 1e6),
    ("km2", Unit::Area, 1e6),
    ("m²", Unit::Area, 1.0),
    ("m2", Unit::Area, 1.0),
    ("hectares", Unit::Area, 1e4),
    ("hectare", Unit::Area, 1e4),
    ("ha", Unit::Area, 1e4),
    // The Chinese unit written in English: `12,000 mu (about 800 ha)`.
    ("mu", Unit::Area, 666.667),
    ("acres", Unit::Area, 4_046.86),
    ("acre", Unit::Area, 4_046.86),
    ("kilometres", Unit::Length, 1e3),
    ("kilometers", Unit::Length, 1e3),
    ("kilometre", Unit::Length, 1e3),
    ("kilometer", Unit::Length, 1e3),
    ("km", Unit::Length, 1e3),
    ("miles", Unit::Length, 1_609.34),
    ("mile", Unit::Length, 1_609.34),
    ("metres", Unit::Length, 1.0),
    ("meters", Unit::Length, 1.0),
    ("metre", Unit::Length, 1.0),
    ("meter", Unit::Length, 1.0),
    // Wafers and screens: a 12-inch wafer is a 300 mm one (2% apart, as
    // any converted measure may be).
    ("millimetres", Unit::Length, 1e-3),
    ("millimeters", Unit::Length, 1e-3),
    ("millimetre", Unit::Length, 1e-3),
    ("millimeter", Unit::Length, 1e-3),
    ("mm", Unit::Length, 1e-3),
    ("inches", Unit::Length, 0.0254),
    ("inch", Unit::Length, 0.0254),
    ("tonnes", Unit::Mass, 1e3),
    ("tonne", Unit::Mass, 1e3),
    ("tons", Unit::Mass, 1e3),
    ("ton", Unit::Mass, 1e3),
    ("kilograms", Unit::Mass, 1.0),
    ("kilogram", Unit::Mass, 1.0),
    ("kg", Unit::Mass, 1.0),
    ("gigawatts", Unit::Power, 1e6),
    ("megawatts", Unit::Power, 1e3),
    ("kilowatts", Unit::Power, 1.0),
    ("gwh", Unit::Energy, 1e6),
    ("mwh", Unit::Energy, 1e3),
    ("kwh", Unit::Energy, 1.0),
    ("twh", Unit::Energy, 1e9),
    ("gw", Unit::Power, 1e6),
    ("mw", Unit::Power, 1e3),
    ("kw", Unit::Power, 1.0),
    ("mva", Unit::Power, 1e3),
    ("kva", Unit::Power, 1.0),
    ("hours", Unit::Hours, 1.0),
    ("hour", Unit::Hours, 1.0),
    ("hrs", Unit::Hours, 1.0),
    ("hr", Unit::Hours, 1.0),
];

/// Units glued to the number in English (`120km`, `24h`, `500m²`). `m`
/// and `t` alone are left out: `40m` is forty million as often as forty
/// metres.
const GLUED: &[&str] = &[
    "km²", "km2", "km", "m²", "m2", "mm", "sqm", "ha", "kg", "h", "hrs", "hr",
];

/// Words written after a number in Chinese, Simplified and Traditional,
/// longest first where one starts another.
const CHINESE: &[(&str, Unit, f64)] = &[
    ("平方公里", Unit::Area, 1e6),
    ("平方千米", Unit::Area, 1e6),
    ("平方公尺", Unit::Area, 1.0),
    ("平方米", Unit::Area, 1.0),
    ("平米", Unit::Area, 1.0),
    ("㎡", Unit::Area, 1.0),
    ("公顷", Unit::Area, 1e4),
    ("公頃", Unit::Area, 1e4),
    // Hong Kong writes feet: 平方呎 is a square foot.
    ("平方呎", Unit::Area, 0.092_903),
    ("平方尺", Unit::Area, 0.092_903),
    ("亩", Unit::Area, 666.667),
    ("畝", Unit::Area, 666.667),
    // Taiwan's unit of floor area.
    ("坪", Unit::Area, 3.305_79),
    ("公里", Unit::Length, 1e3),
    ("千米", Unit::Length, 1e3),
    ("英里", Unit::Length, 1_609.34),
    ("公尺", Unit::Length, 1.0),
    ("毫米", Unit::Length, 1e-3),
    ("公釐", Unit::Length, 1e-3),
    ("公厘", Unit::Length, 1e-3),
    ("英寸", Unit::Length, 0.0254),
    ("英吋", Unit::Length, 0.0254),
    ("吋", Unit::Length, 0.0254),
    // 寸 is the old Chinese inch, but where a résumé measures in it (a
    // 12 寸 wafer, a 27 寸 screen) it means the English one.
    ("寸", Unit::Length, 0.0254),
    ("公吨", Unit::Mass, 1e3),
    ("公噸", Unit::Mass, 1e3),
    ("吨", Unit::Mass, 1e3),
    ("噸", Unit::Mass, 1e3),
    ("千克", Unit::Mass, 1.0),
    ("公斤", Unit::Mass, 1.0),
    // An hour after a power is its energy: 千瓦时 before 千瓦.
    ("千瓦时", Unit::Energy, 1.0),
    ("千瓦時", Unit::Energy, 1.0),
    ("兆瓦时", Unit::Energy, 1e3),
    ("兆瓦時", Unit::Energy, 1e3),
    ("千瓦", Unit::Power, 1.0),
    ("兆瓦", Unit::Power, 1e3),
    ("吉瓦", Unit::Power, 1e6),
    ("千伏安", Unit::Power, 1.0),
    ("个小时", Unit::Hours, 1.0),
    ("個小時", Unit::Hours, 1.0),
    ("小时", Unit::Hours, 1.0),
    ("小時", Unit::Hours, 1.0),
    ("钟头", Unit::Hours, 1.0),
    ("鐘頭", Unit::Hours, 1.0),
];

/// A unit of measure spelled at `at`: its kind, its worth, and how many
/// characters it takes. `glued` says the number ends right before `at`.
pub(super) fn at(chars: &[char], at: usize, glued: bool) -> Option<(Unit, f64, usize)> {
    let rest = chars.get(at..)?;
    let first = *rest.first()?;
    if first.is_ascii_alphabetic() {
        let word_end = |len: usize| {
            rest.get(len)
                .is_none_or(|c| !c.is_ascii_alphanumeric() && *c != '²')
        };
        let first = first.to_ascii_lowercase();
        return ENGLISH
            .iter()
            .filter(|(w, _, _)| w.starts_with(first) && (!glued || GLUED.contains(w)))
            .find_map(|&(w, unit, worth)| {
                let len = w.chars().count();
                (spells_joined(rest, w) && word_end(len)).then_some((unit, worth, len))
            });
    }
    CHINESE
        .iter()
        .filter(|(w, _, _)| w.starts_with(first))
        .find_map(|&(w, unit, worth)| spells(rest, w).then(|| (unit, worth, w.chars().count())))
}

/// [`spells`], with a hyphen in the text standing for a space of the
/// unit: a measure before a noun is hyphenated (`a 149-square-metre
/// shop`).
fn spells_joined(chars: &[char], word: &str) -> bool {
    word.chars().enumerate().all(|(n, c)| {
        chars
            .get(n)
            .is_some_and(|x| x.eq_ignore_ascii_case(&c) || c == ' ' && *x == '-')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(Unit, f64, usize)> {
        let chars: Vec<char> = text.chars().collect();
        at(&chars, 0, false)
    }

    #[test]
    fn measures_before_a_noun_and_in_inches_millimetres_and_ping() {
        let q = |t: &str| {
            super::super::extract(t)
                .into_iter()
                .map(|q| (q.unit, (q.value * 1e4).round() / 1e4))
                .collect::<Vec<_>>()
        };
        assert_eq!(q("300 mm wafers"), vec![(Unit::Length, 0.3)]);
        assert_eq!(q("a 149-square-metre flagship"), vec![(Unit::Area, 149.0)]);
        assert_eq!(q("45 坪旗艦店"), vec![(Unit::Area, 148.7606)]);
        assert_eq!(q("200 MWh storage"), vec![(Unit::Energy, 200_000.0)]);
        assert_eq!(q("20万千瓦时储能"), vec![(Unit::Energy, 200_000.0)]);
        assert_eq!(q("100 MW plant"), vec![(Unit::Power, 100_000.0)]);
        assert_eq!(q("12 吋晶圓"), vec![(Unit::Length, 0.3048)]);
        assert_eq!(q("12寸晶圆"), vec![(Unit::Length, 0.3048)]);
    }

    #[test]
    fn units_are_read_whole_and_only_as_words() {
        assert_eq!(read("hectares of farmland"), Some((Unit::Area, 1e4, 8)));
        assert_eq!(read("sq ft office"), Some((Unit::Area, 0.092_903, 5)));
        assert_eq!(read("亩试验田"), Some((Unit::Area, 666.667, 1)));
        assert_eq!(read("小时直播"), Some((Unit::Hours, 1.0, 2)));
        assert_eq!(read("hamburgers"), None);
        assert_eq!(read("hours"), Some((Unit::Hours, 1.0, 5)));
        assert_eq!(read("kmh"), None);
        let glued: Vec<char> = "m traffic".chars().collect();
        assert_eq!(at(&glued, 0, true), None, "40m is not read as metres");
    }
}
