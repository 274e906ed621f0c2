//! Words in organisation names that say little about which organisation.
//!
//! "Beijing Sankuai Online Technology Co., Ltd." and 北京三快在线科技有限公司
//! are the same company because of 三快 / Sankuai, not because both are a
//! limited company in Beijing. Legal forms and city prefixes are dropped;
//! generic words (科技 technology, 大学 university) are kept as weak evidence
//! under a shared English form, so two universities do not look alike merely
//! for being universities.

use std::sync::OnceLock;

use crate::terms::word_map::WordMap;

/// Chinese legal forms, longest first so the longest matching suffix goes.
pub const HAN_LEGAL: &[&str] = &[
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "分公司",
    "集团公司",
    "集团",
    "公司",
];

/// Latin words that are legal forms, articles or joiners.
pub const LATIN_STOP: &[&str] = &[
    "the",
    "of",
    "and",
    "at",
    "for",
    "in",
    "on",
    "a",
    "an",
    "&",
    "co",
    "co.",
    "ltd",
    "ltd.",
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "company",
    "limited",
    "llc",
    "plc",
    "gmbh",
    "group",
    "holdings",
    "s.a.",
    "ag",
];

/// Cities and provinces that prefix Chinese company names, with their
/// English spellings, dropped on both sides.
pub const PLACES: &[(&str, &str)] = &[
    ("北京", "beijing"),
    ("上海", "shanghai"),
    ("广州", "guangzhou"),
    ("深圳", "shenzhen"),
    ("杭州", "hangzhou"),
    ("南京", "nanjing"),
    ("苏州", "suzhou"),
    ("成都", "chengdu"),
    ("重庆", "chongqing"),
    ("武汉", "wuhan"),
    ("西安", "xian"),
    ("天津", "tianjin"),
    ("厦门", "xiamen"),
    ("长沙", "changsha"),
    ("合肥", "hefei"),
    ("青岛", "qingdao"),
    ("大连", "dalian"),
    ("宁波", "ningbo"),
    ("无锡", "wuxi"),
    ("珠海", "zhuhai"),
    ("东莞", "dongguan"),
    ("佛山", "foshan"),
    ("郑州", "zhengzhou"),
    ("济南", "jinan"),
    ("沈阳", "shenyang"),
    ("哈尔滨", "harbin"),
    ("香港", "hongkong"),
    ("广东", "guangdong"),
    ("浙江", "zhejiang"),
    ("江苏", "jiangsu"),
    ("福建", "fujian"),
    ("四川", "sichuan"),
    ("湖北", "hubei"),
    ("湖南", "hunan"),
    ("山东", "shandong"),
    ("河南", "henan"),
    ("河北", "hebei"),
    ("安徽", "anhui"),
    ("中国", "china"),
];

/// Generic words of organisation names and their shared English form.
pub const GENERIC: &[(&str, &str)] = &[
    ("科技", "technology"),
    ("技术", "technology"),
    ("信息", "information"),
    ("网络", "network"),
    ("软件", "software"),
    ("电子", "electronics"),
    ("通信", "communication"),
    ("通讯", "communication"),
    ("在线", "online"),
    ("数据", "data"),
    ("智能", "intelligence"),
    ("人工智能", "ai"),
    ("机器人", "robotics"),
    ("金融", "finance"),
    ("银行", "bank"),
    ("证券", "securities"),
    ("咨询", "consulting"),
    ("投资", "investment"),
    ("控股", "holdings"),
    ("国际", "international"),
    ("研究院", "institute"),
    ("研究所", "institute"),
    ("实验室", "laboratory"),
    ("大学", "university"),
    ("学院", "college"),
    ("学校", "school"),
    ("中学", "school"),
    ("理工", "technology"),
    ("工业", "industry"),
    ("医院", "hospital"),
    ("出行", "mobility"),
    ("移动", "mobile"),
    ("物流", "logistics"),
    ("文化", "culture"),
    ("传媒", "media"),
    ("教育", "education"),
    ("协会", "association"),
    ("基金会", "foundation"),
    ("中心", "center"),
];

/// English forms that count as the same generic word.
pub const LATIN_GENERIC: &[(&str, &str)] = &[
    ("technology", "technology"),
    ("technologies", "technology"),
    ("tech", "technology"),
    ("information", "information"),
    ("network", "network"),
    ("networks", "network"),
    ("software", "software"),
    ("electronics", "electronics"),
    ("electronic", "electronics"),
    ("communication", "communication"),
    ("communications", "communication"),
    ("telecommunications", "communication"),
    ("online", "online"),
    ("data", "data"),
    ("intelligence", "intelligence"),
    ("intelligent", "intelligence"),
    ("ai", "ai"),
    ("robotics", "robotics"),
    ("robot", "robotics"),
    ("finance", "finance"),
    ("financial", "finance"),
    ("bank", "bank"),
    ("securities", "securities"),
    ("consulting", "consulting"),
    ("investment", "investment"),
    ("international", "international"),
    ("institute", "institute"),
    ("laboratory", "laboratory"),
    ("lab", "laboratory"),
    ("labs", "laboratory"),
    ("university", "university"),
    ("college", "college"),
    ("school", "school"),
    ("industry", "industry"),
    ("industrial", "industry"),
    ("hospital", "hospital"),
    ("mobility", "mobility"),
    ("mobile", "mobile"),
    ("logistics", "logistics"),
    ("culture", "culture"),
    ("media", "media"),
    ("education", "education"),
    ("association", "association"),
    ("foundation", "foundation"),
    ("center", "center"),
    ("centre", "center"),
];

pub fn latin_generic(word: &str) -> Option<&'static str> {
    latin_words().get(word).and_then(|w| w.generic)
}

pub fn is_place(word: &str) -> bool {
    latin_words().get(word).is_some_and(|w| w.place)
}

/// Words that say what kind of school a school is (a national one, a
/// teachers' one, one of technology, of the arts), in both languages:
/// "National Taipei University of Technology" and 國立臺灣科技大學 are each
/// named for a place alone, and the places differ.
const SCHOOL_KINDS: &[&str] = &[
    "national",
    "normal",
    "science",
    "sciences",
    "technology",
    "technological",
    "polytechnic",
    "arts",
    "art",
    "medical",
    "medicine",
    "ocean",
    "maritime",
    "agricultural",
    "agriculture",
    "teachers",
    "education",
    "and",
    "the",
    "of",
    "国立",
    "國立",
    "师范",
    "師範",
    "科学",
    "科學",
    "科技",
    "理工",
    "艺术",
    "藝術",
    "医科",
    "醫科",
    "医学",
    "醫學",
    "海洋",
    "海事",
    "农业",
    "農業",
    "教育",
];

/// Whether a word says only what kind of organisation or school a name
/// is (`university`, `of`, `normal`, 大学, 师范, 有限公司), in either
/// language.
pub fn is_generic_word(word: &str) -> bool {
    if SCHOOL_KINDS.contains(&word) {
        return true;
    }
    if word.chars().any(crate::terms::pinyin::is_han) {
        let mut rest = word;
        while !rest.is_empty() {
            match generic_prefix(rest)
                .map(|(w, _)| w)
                .or_else(|| HAN_LEGAL.iter().copied().find(|l| rest.starts_with(l)))
                .or_else(|| SCHOOL_KINDS.iter().copied().find(|k| rest.starts_with(k)))
            {
                Some(w) => rest = &rest[w.len()..],
                None => return false,
            }
        }
        true
    } else {
        latin_generic(word).is_some() || is_latin_stop(word)
    }
}

pub fn is_latin_stop(word: &str) -> bool {
    latin_words().get(word).is_some_and(|w| w.stop)
}

/// What the tables say of one Latin word: names are read word by word, and
/// each word is looked up once for all three.
#[derive(Clone, Copy, Default)]
struct LatinWord {
    generic: Option<&'static str>,
    place: bool,
    stop: bool,
}

fn latin_words() -> &'static WordMap<LatinWord> {
    static MAP: OnceLock<WordMap<LatinWord>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = WordMap::<LatinWord>::default();
        // Reversed, so the first pair of a word wins, as when read in order.
        for (w, g) in LATIN_GENERIC.iter().rev() {
            map.entry(w).or_default().generic = Some(g);
        }
        for (_, en) in PLACES {
            map.entry(en).or_default().place = true;
        }
        for w in LATIN_STOP {
            map.entry(w).or_default().stop = true;
        }
        map
    })
}

/// The longest generic word `text` starts with, and its English form.
/// Names are read character by character, so this runs once per
/// character of every name: the words are grouped by first character and
/// a character that opens none costs one binary search.
pub fn generic_prefix(text: &str) -> Option<(&'static str, &'static str)> {
    let first = text.chars().next()?;
    let by_first = generic_by_first();
    let start = by_first.partition_point(|(c, _)| *c < first);
    by_first[start..]
        .iter()
        .take_while(|(c, _)| *c == first)
        .map(|(_, word)| *word)
        .find(|(w, _)| text.starts_with(w))
}

/// The city or province a Chinese name starts with.
pub fn place_prefix(text: &str) -> Option<&'static str> {
    let first = text.chars().next()?;
    PLACES
        .iter()
        .filter(|(p, _)| p.starts_with(first))
        .map(|(p, _)| *p)
        .find(|p| text.starts_with(p))
}

/// [`GENERIC`] keyed by first character, longest word first within one.
fn generic_by_first() -> &'static [(char, (&'static str, &'static str))] {
    static INDEX: OnceLock<Vec<(char, (&str, &str))>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: Vec<_> = GENERIC
            .iter()
            .filter_map(|&(w, g)| Some((w.chars().next()?, (w, g))))
            .collect();
        index.sort_by_key(|&(c, (w, _))| (c, std::cmp::Reverse(w.len())));
        index
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexed_lookups_agree_with_the_tables_read_in_order() {
        for (w, g) in LATIN_GENERIC {
            let first = LATIN_GENERIC.iter().find(|(x, _)| x == w).map(|(_, g)| *g);
            assert_eq!(latin_generic(w), first, "{w} -> {g}");
        }
        assert_eq!(latin_generic("sankuai"), None);
        assert!(is_place("shenzhen") && !is_place("sankuai"));
        assert!(is_latin_stop("ltd.") && !is_latin_stop("ltd-"));
        for (w, _) in GENERIC {
            let longest = GENERIC
                .iter()
                .filter(|(x, _)| w.starts_with(x))
                .max_by_key(|(x, _)| x.len())
                .copied();
            assert_eq!(generic_prefix(&format!("{w}公司")), longest, "{w}");
        }
        assert_eq!(generic_prefix("三快在线"), None);
        assert_eq!(generic_prefix("人工智能实验室"), Some(("人工智能", "ai")));
        assert_eq!(place_prefix("深圳市腾云"), Some("深圳"));
        assert_eq!(place_prefix("三快"), None);
    }
}
