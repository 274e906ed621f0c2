//! Reading titles (positions, project roles, degrees) as language-neutral
//! facets, so "Senior Algorithm Engineer" and 高级算法工程师 can be compared
//! without translating either.
//!
//! The words come from the term base `data/terms/titles.yaml`, compiled
//! into [`generated::TERMS`] by `tests/codegen.rs`: no parsing at start-up,
//! which a pre-commit hook pays on every commit.

use super::generated::titles as generated;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    Seniority,
    Employment,
    Family,
    ProjectRole,
    Degree,
}

/// One facet of the term base with the words that express it.
#[derive(Debug)]
pub struct Term {
    pub category: Category,
    pub facet: &'static str,
    pub rank: i8,
    pub parent: Option<&'static str>,
    pub en: &'static [&'static str],
    pub zh: &'static [&'static str],
}

pub use generated::TERMS;

/// What a title was read as: per category, the facets found, each as the
/// set of facets its word may mean (`PM`: product or project manager).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reading {
    pub found: Vec<Found>,
    /// Whether any word of the title was recognised (or covered by the
    /// glossary). An unrecognised title is uncertain, never wrong.
    pub known: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub category: Category,
    /// The facets its word may mean.
    pub facets: &'static [&'static str],
    /// Written in Chinese: a few rank words translate one way only
    /// (English "Assistant" may render 副, but 助理 is never a deputy).
    pub han: bool,
}

impl Reading {
    pub fn in_category(&self, category: Category) -> impl Iterator<Item = &Found> {
        self.found.iter().filter(move |f| f.category == category)
    }

    pub fn has(&self, category: Category) -> bool {
        self.in_category(category).next().is_some()
    }

    /// Every facet of a category, flattened.
    pub fn facets(&self, category: Category) -> Vec<&'static str> {
        let mut v: Vec<&'static str> = self
            .in_category(category)
            .flat_map(|f| f.facets.iter().copied())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// The facets put into words for `--explain` and `align`:
    /// `seniority=senior family=algorithm`.
    pub fn describe(&self) -> String {
        self.found
            .iter()
            .map(|f| format!("{}={}", category_name(f.category), f.facets.join("|")))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

pub fn category_name(c: Category) -> &'static str {
    match c {
        Category::Seniority => "seniority",
        Category::Employment => "employment",
        Category::Family => "family",
        Category::ProjectRole => "role",
        Category::Degree => "degree",
    }
}

/// Lower-cases and turns every separator into one space, keeping the
/// joiners that belong inside words (`b.sc`, `co-founder`, `r&d`,
/// `ui/ux`), and dropping a word's trailing full stop (`Sr.`). Titles and
/// terms go through the same function, so they meet in one form.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    let mut prev_han = false;
    for c in text.chars() {
        let c = c.to_lowercase().next().unwrap_or(c);
        let han = crate::terms::pinyin::is_han(c);
        // Latin words inside Chinese (联合创始人兼CTO) are words of their own.
        if c.is_ascii_alphanumeric() && prev_han
            || han && out.ends_with(|p: char| p.is_ascii_alphanumeric())
        {
            end_word(&mut out);
        }
        prev_han = han;
        if c.is_alphanumeric() || matches!(c, '.' | '&' | '-' | '/' | '\'' | '+') {
            out.push(c);
        } else {
            end_word(&mut out);
        }
    }
    end_word(&mut out);
    // "X-in-Y" titles (Pharmacist-in-Charge, Editor-in-Chief) are read as
    // words, so their rank (`in charge`, `in chief`) is found whatever
    // profession comes first.
    if out.contains("-in-") {
        out = out.replace("-in-", " in ");
    }
    // Vice-Principal, Vice-Chair: the rank word joined to the post.
    if out.contains(" vice-") {
        out = out.replace(" vice-", " vice ");
    }
    out
}

/// Ends a word: drops its trailing full stop ("sr." -> "sr") and adds one
/// separating space.
fn end_word(out: &mut String) {
    if out.ends_with('.') {
        out.pop();
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
}

/// A word of the term base as matched: its normalised text and what it
/// means. Generated (see [`build_words`]) so start-up does no work.
#[derive(Debug)]
pub struct Word {
    pub text: &'static str,
    pub han: bool,
    pub category: Category,
    pub facets: &'static [&'static str],
}

pub use generated::{WORD_INDEX, WORDS};

use crate::terms::word_map::{self, WordMap};

/// The key a word is indexed under: its first character (Chinese, which
/// matches inside longer words) or its first token (Latin, which matches
/// at word boundaries).
pub fn first_key(text: &str, han: bool) -> String {
    if han {
        text.chars().next().map(String::from).unwrap_or_default()
    } else {
        text.split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string()
    }
}

/// A word as `tests/codegen.rs` builds it from the term base.
#[derive(Debug, PartialEq)]
pub struct OwnedWord {
    pub text: String,
    pub han: bool,
    pub category: Category,
    pub facets: Vec<String>,
}

/// Builds the word table from `(category, facet, word)` triples: words
/// normalised, merged when one word means several facets (`PM`), sorted
/// longest first so "product manager" is consumed before "manager" can
/// match inside it; and the index from [`first_key`] to positions, sorted
/// by key for binary search. Used by codegen, so the running binary only
/// reads the result.
pub fn build_words<'a>(
    triples: impl IntoIterator<Item = (Category, &'a str, &'a str)>,
) -> (Vec<OwnedWord>, Vec<(String, Vec<usize>)>) {
    let mut words: Vec<OwnedWord> = Vec::new();
    for (category, facet, word) in triples {
        let text = normalise(word);
        let han = word.chars().any(crate::terms::pinyin::is_han);
        let text = if han { text.trim().to_string() } else { text };
        match words
            .iter_mut()
            .find(|x| x.text == text && x.category == category)
        {
            Some(x) if !x.facets.iter().any(|f| f == facet) => x.facets.push(facet.to_string()),
            Some(_) => {}
            None => words.push(OwnedWord {
                text,
                han,
                category,
                facets: vec![facet.to_string()],
            }),
        }
    }
    words.sort_by(|a, b| {
        b.text
            .chars()
            .count()
            .cmp(&a.text.chars().count())
            .then(a.text.cmp(&b.text))
            .then(a.category.cmp(&b.category))
    });
    let mut index: std::collections::BTreeMap<String, Vec<usize>> =
        std::collections::BTreeMap::new();
    for (i, w) in words.iter().enumerate() {
        index.entry(first_key(&w.text, w.han)).or_default().push(i);
    }
    (words, index.into_iter().collect())
}

/// `haystack.find(needle)` for the short needles of the term base: the
/// standard two-way search prepares each needle before searching, which
/// costs more than the search itself on a title; here the first byte
/// picks the places to compare.
fn find(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    // Terms are written between spaces: the first letter is the telling byte.
    let k = n.iter().position(|b| *b != b' ').unwrap_or(0);
    let key = *n.get(k)?;
    (0..h.len().checked_sub(n.len())? + 1).find(|&i| h[i + k] == key && h[i..].starts_with(n))
}

/// "Executive" opening a title names its head (Executive Chef, Executive
/// Pastry Chef, Executive Housekeeper = 行政总厨, 行政西饼总厨, 行政管家);
/// closing one it is the officer grade (Sales Executive = 销售主任). The
/// opening one is read as "head", unless the term base knows the phrase it
/// begins (Executive Director, Executive Assistant).
fn executive_first(rest: &mut String, text: &str) {
    const OPENING: &str = " executive ";
    let Some(after) = rest.strip_prefix(OPENING) else {
        return;
    };
    // "Executive, Bus Services" is the grade, of a department named after
    // the comma: only a word straight after it makes it the head.
    let written = text.trim_start();
    let next = written
        .get("executive".len()..)
        .and_then(|r| r.strip_prefix(' '))
        .and_then(|r| r.chars().next());
    if after.trim().is_empty() || !next.is_some_and(char::is_alphabetic) {
        return;
    }
    // An executive committee, council or board is a body, not a head:
    // its member is a member (執行委員).
    if ["committee", "council", "board"]
        .iter()
        .any(|body| after.trim_start().starts_with(body))
    {
        return;
    }
    let known = WORDS.iter().any(|w| {
        w.text.len() > OPENING.len() && w.text.starts_with(OPENING) && rest.starts_with(w.text)
    });
    if !known {
        rest.replace_range(..OPENING.len(), " head ");
    }
}

/// "Senior Assistant" as the whole post: a Malaysian school's Penolong
/// Kanan (学生事务副校长, a deputy principal) or an office's senior
/// assistant (高级助理), so either reading agrees. Before a post
/// ("Senior Assistant Director") the words are that post's ranks.
fn senior_assistant_alone(
    rest: &mut String,
    text: &str,
    reading: &mut Reading,
    categories: &[Category],
) {
    const POST: &str = " senior assistant ";
    // Every title passes here: a word-by-word test before any search.
    if !rest.split_whitespace().any(|w| w == "assistant") {
        return;
    }
    let written = text.to_lowercase();
    let (Some(at), Some(w)) = (rest.find(POST), written.find("senior assistant")) else {
        return;
    };
    // Only a department after a comma or in brackets may follow.
    let after = written[w + "senior assistant".len()..].trim_start();
    let alone = after.is_empty() || after.starts_with(['(', '（', ',', '，']);
    if alone && categories.contains(&Category::Seniority) {
        rest.replace_range(at..at + POST.len(), " ");
        reading.known = true;
        reading.found.push(Found {
            category: Category::Seniority,
            facets: &["assistant", "deputy", "senior"],
            han: false,
        });
    }
}

/// The term-base words a title word may start. Every word of every title
/// is looked up, so the generated index is hashed once.
fn lookup_key(key: &str) -> &'static [u16] {
    static MAP: std::sync::OnceLock<WordMap<&'static [u16]>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| word_map::build(WORD_INDEX.iter().copied()))
        .get(key)
        .copied()
        .unwrap_or_default()
}

/// Reads a title in the given categories. `glossary` words found in the
/// title are consumed first and make it known: the user's word overrides
/// the term base.
pub fn read(text: &str, categories: &[Category], glossary: &[&str]) -> Reading {
    let mut rest = normalise(text);
    executive_first(&mut rest, text);
    let mut reading = Reading::default();
    senior_assistant_alone(&mut rest, text, &mut reading, categories);
    for g in glossary {
        let g = normalise(g);
        let g = g.trim();
        if !g.is_empty() && rest.contains(g) {
            rest = rest.replacen(g, " ", 1);
            reading.known = true;
        }
    }
    let mut candidates: Vec<u16> = rest
        .split_whitespace()
        .flat_map(|key| lookup_key(key).iter().copied())
        .collect();
    let mut buf = [0u8; 4];
    for c in rest.chars().filter(|c| crate::terms::pinyin::is_han(*c)) {
        candidates.extend_from_slice(lookup_key(c.encode_utf8(&mut buf)));
    }
    // Table order is longest first, and a word listed in several
    // categories ("associate professor": a rank and a family) sits in
    // consecutive rows: the first consumes it, the others count what it
    // consumed.
    candidates.sort_unstable();
    candidates.dedup();
    let mut consumed: (&str, usize) = ("", 0);
    let ranks = categories.contains(&Category::Seniority);
    for w in candidates.into_iter().map(|i| &WORDS[usize::from(i)]) {
        // In a project role read for rank the profession is not compared,
        // but it still holds its words ("Executive Producer" is a
        // producer, not an executive) and the rank its opening character
        // gives it (Chief Designer = 总设计师).
        let counted = categories.contains(&w.category);
        if !(counted || ranks && w.category == Category::Family) {
            continue;
        }
        if w.text != consumed.0 {
            consumed = (w.text, 0);
            while let Some(at) = find(&rest, w.text) {
                let end = at + w.text.len();
                let led = (w.han && ranks)
                    .then(|| opening_rank(&rest[..at], w.category))
                    .flatten();
                rest.replace_range(at..end, if w.han { "  " } else { " " });
                consumed.1 += 1;
                if let Some((prefix, facets)) = led {
                    rest.replace_range(at - prefix.len_utf8()..at, " ");
                    reading.found.push(Found {
                        category: Category::Seniority,
                        facets,
                        han: true,
                    });
                }
            }
        }
        if !counted {
            // Recognised, though not compared here.
            reading.known |= consumed.1 > 0;
            continue;
        }
        for _ in 0..consumed.1 {
            reading.known = true;
            // A word listed under deputy and another rank is both ranks
            // (副理 = deputy manager, 副总工程师 = deputy chief engineer,
            // Associate Director = 聯席董事), as "Deputy Manager" is two
            // words; other words listed under several ranks may mean any
            // one of them (主管). A vice president is one rank of its own.
            let both = w.facets.len() > 1 && w.facets[0] == "deputy" && !w.facets.contains(&"vp");
            let (first, rest) = if both {
                w.facets.split_at(1)
            } else {
                (w.facets, &[][..])
            };
            for facets in [first, rest].into_iter().filter(|f| !f.is_empty()) {
                reading.found.push(Found {
                    category: w.category,
                    facets,
                    han: w.han,
                });
            }
        }
    }
    // The posts read below are all written in Chinese.
    if categories.contains(&Category::Seniority) && !rest.is_ascii() {
        for (count, facets) in [
            (heads_of_units(&mut rest), UNIT_HEAD),
            (leads_of_crafts(&mut rest), CRAFT_LEAD),
            (supervisors(&mut rest), SUPERVISOR),
        ] {
            for _ in 0..count {
                reading.known = true;
                reading.found.push(Found {
                    category: Category::Seniority,
                    facets,
                    han: true,
                });
            }
        }
    }
    reading
}

/// What 主 before a craft the table does not list may be: its lead
/// (主修复师, Lead Restorer; 主讲人, Lead Lecturer) or the one who does it
/// (主讲人, Presenter), or its principal one (主要起草人, Principal
/// Author). It meets a lead and, alone, states no rank.
const CRAFT_LEAD: &[&str] = &["lead", "principal", "staff"];

/// What a supervisor (监督) may be in English: a lead, a head or a manager.
const SUPERVISOR: &[&str] = &["lead", "head", "manager"];

/// Person nouns that end the name of a craft (修复师, 讲人, 理人).
const PERSON_ENDINGS: &[char] = &['师', '師', '人', '员', '員', '家', '手'];

/// 主 opening a person's word the table does not list: the lead of that
/// craft (主修复师 = Lead Restorer, 主讲人 = Lead Lecturer, 主理人), as 主
/// before a listed profession is. Not a host (主持人), an anchor (主播) or
/// an owner (主人).
fn leads_of_crafts(rest: &mut String) -> usize {
    const NOT_A_LEAD: &[&str] = &["主持", "主播", "主人", "主教", "主妇", "主婦"];
    let mut found = 0;
    let mut from = 0;
    while let Some(at) = rest[from..].find('主').map(|i| from + i) {
        from = at + '主'.len_utf8();
        let opens = rest[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !crate::terms::pinyin::is_han(c));
        let word: String = rest[at..]
            .chars()
            .take_while(|c| crate::terms::pinyin::is_han(*c))
            .collect();
        let len = word.chars().count();
        let ends_person = word
            .chars()
            .last()
            .is_some_and(|c| PERSON_ENDINGS.contains(&c));
        if opens
            && (3..=5).contains(&len)
            && ends_person
            && !NOT_A_LEAD.iter().any(|n| word.starts_with(n))
        {
            rest.replace_range(at..from, " ");
            from = at + 1;
            found += 1;
        }
    }
    found
}

/// What a post named 某长 may be in English: the head of a farm or a
/// site (场长, Site Manager), of a shift (值长, Shift Supervisor), of an
/// association (会长, President), or a grade named for its unit (消防區長,
/// Station Officer; 事務長, Purser). Which of them the unit decides, so
/// the post meets any of these ranks and, alone, states none the other
/// side could have left out (it reads as an officer's grade).
const UNIT_HEAD: &[&str] = &["head", "manager", "lead", "director", "chief", "officer"];

/// Words ending in 长 that name no post: growing, being good at, a
/// parent, an elder schoolmate.
const NOT_A_POST: &[&str] = &[
    "成长", "成長", "擅长", "擅長", "特长", "特長", "专长", "專長", "延长", "延長", "见长", "見長",
    "家长", "家長", "学长", "學長", "兄长", "兄長", "增长", "增長",
];

/// Consumes each post the table does not list whose name is a unit and
/// 长 (場長, 值长, 船长, 段长): Chinese names the head of any unit so, and
/// no list of units is ever complete. Returns how many were found.
fn heads_of_units(rest: &mut String) -> usize {
    posts_ending(rest, &["长", "長"], true)
}

/// Consumes each post named by what it supervises and 监督 (護士監督, a
/// nursing supervisor; 工程监督): 监督 ending a word is the supervisor,
/// inside one (监督员, 监督局) the regulator's inspection, not a rank.
fn supervisors(rest: &mut String) -> usize {
    posts_ending(rest, &["监督", "監督"], false)
}

/// Consumes each `suffix` that ends a word (before a non-Chinese character,
/// 兼 or 暨), after a unit's character when `after_unit`; returns how many.
fn posts_ending(rest: &mut String, suffixes: &[&'static str], after_unit: bool) -> usize {
    let mut found = 0;
    let mut from = 0;
    // Every title is read so: a character search (memchr) first, since a
    // substring searcher's set-up costs more than most titles.
    let firsts: Vec<char> = suffixes.iter().filter_map(|x| x.chars().next()).collect();
    let next = |rest: &str, from: usize| -> Option<(usize, &'static str)> {
        let mut at = from;
        while let Some(i) = rest[at..].find(firsts.as_slice()) {
            let i = at + i;
            if let Some(x) = suffixes.iter().find(|x| rest[i..].starts_with(*x)) {
                return Some((i, x));
            }
            at = i + rest[i..].chars().next().map_or(1, char::len_utf8);
        }
        None
    };
    while let Some((at, suffix)) = next(rest, from) {
        let end = at + suffix.len();
        from = end;
        let ends_word = rest[end..]
            .chars()
            .next()
            .is_none_or(|c| !crate::terms::pinyin::is_han(c) || matches!(c, '兼' | '暨'));
        let unit = rest[..at]
            .chars()
            .next_back()
            .filter(|c| crate::terms::pinyin::is_han(*c));
        let start = match (after_unit, unit) {
            (true, Some(u)) => at - u.len_utf8(),
            (true, None) => continue,
            (false, _) => at,
        };
        if !ends_word || NOT_A_POST.contains(&&rest[start..end]) {
            continue;
        }
        rest.replace_range(start..end, "  ");
        from = start + 2;
        found += 1;
    }
    found
}

/// The rank a character opening a profession's word gives it, when the
/// text before the profession ends in one: 主 names its lead (主架构师 =
/// Lead Architect, 主律师 = the lawyer leading a case), as 主策 and 主笔
/// do; 总 its chief (总精算师 = Chief Actuary, 总设计师 = Chief Designer),
/// as 总工程师 does. Inside a word (业主代表, the owner's representative;
/// 汇总) it names nothing.
///
/// Before a rank word (`category` Seniority) only 总 does so (总导演 =
/// Chief Director); 主 before one is part of the word (主任, 主管).
fn opening_rank(before: &str, category: Category) -> Option<(char, &'static [&'static str])> {
    const OPENERS: &[(char, &[&str])] =
        &[('主', &["lead"]), ('总', &["chief"]), ('總', &["chief"])];
    let allowed = |c: char| match category {
        Category::Family => true,
        Category::Seniority => c != '主',
        _ => false,
    };
    OPENERS
        .iter()
        .copied()
        .filter(|(c, _)| allowed(*c))
        .find(|(c, _)| {
            before.strip_suffix(*c).is_some_and(|head| {
                head.chars()
                .next_back()
                .is_none_or(|c| !crate::terms::pinyin::is_han(c))
                // A rank word before it (高级主架构师) ends a word too.
                || WORDS
                    .iter()
                    .any(|w| w.han && w.category == Category::Seniority && head.ends_with(w.text))
            })
        })
}

/// Whether family `a` is `b` or one of its ancestors (algorithm ⊃
/// machine-learning ⊃ recommendation).
pub fn is_ancestor(a: &str, b: &str) -> bool {
    let mut cur = Some(b);
    while let Some(f) = cur {
        if f == a {
            return true;
        }
        cur = TERMS
            .iter()
            .find(|t| t.category == Category::Family && t.facet == f)
            .and_then(|t| t.parent);
    }
    false
}

/// The rank of a facet in its category, for "higher"/"lower".
pub fn rank(category: Category, facet: &str) -> i8 {
    TERMS
        .iter()
        .find(|t| t.category == category && t.facet == facet)
        .map_or(0, |t| t.rank)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Category::*;

    const JOB: &[Category] = &[Seniority, Employment, Family];

    fn facets(text: &str, cats: &[Category]) -> String {
        read(text, cats, &[]).describe()
    }

    #[test]
    fn executive_opening_a_title_heads_it_closing_one_is_a_grade() {
        assert_eq!(
            facets("Executive Pastry Chef", &[Seniority]),
            "seniority=head"
        );
        assert_eq!(facets("Sales Executive", &[Seniority]), "seniority=officer");
        assert_eq!(
            facets("Executive, Bus Services", &[Seniority]),
            "seniority=officer"
        );
        assert_eq!(
            facets("Executive Director", &[Seniority]),
            "seniority=director"
        );
        assert_eq!(
            facets("Executive Assistant", &[Seniority]),
            "seniority=assistant"
        );
    }

    #[test]
    fn senior_assistant_alone_may_be_a_deputy() {
        let rank = |t: &str| facets(t, &[Seniority]);
        assert_eq!(
            rank("Senior Assistant (Student Affairs)"),
            "seniority=assistant|deputy|senior"
        );
        assert_eq!(
            rank("Senior Assistant Director"),
            "seniority=assistant seniority=director seniority=senior"
        );
    }

    #[test]
    fn an_executive_body_is_no_head() {
        let rank = |t: &str| facets(t, &[Seniority]);
        assert_eq!(rank("Executive Committee Member"), "seniority=officer");
        assert_eq!(rank("Executive Chef"), rank("行政主廚"));
    }

    #[test]
    fn a_deputy_word_is_both_ranks() {
        let rank = |t: &str| facets(t, &[Seniority]);
        assert_eq!(rank("副理"), "seniority=deputy seniority=manager");
        assert_eq!(rank("副总工程师"), "seniority=deputy seniority=chief");
        assert_eq!(
            rank("Associate Director"),
            "seniority=deputy seniority=director"
        );
        assert_eq!(rank("Vice President"), "seniority=deputy|vp");
    }

    #[test]
    fn zhu_opening_a_craft_is_its_lead() {
        let rank = |t: &str| facets(t, &[Seniority]);
        assert_eq!(rank("主修复师"), "seniority=lead|principal|staff");
        assert_eq!(rank("主讲人"), "seniority=lead|principal|staff");
        for t in ["节目主持人", "主持人", "新闻主播", "业主代表"] {
            assert_eq!(rank(t), "", "{t}");
        }
    }

    #[test]
    fn chief_before_a_profession_is_its_chief() {
        let rank = |t: &str| {
            let mut f: Vec<String> = facets(t, JOB).split(' ').map(String::from).collect();
            f.sort();
            f.join(" ")
        };
        assert_eq!(rank("总精算师"), rank("Chief Actuary"));
        assert_eq!(rank("總設計師"), rank("Chief Designer"));
        // In a project role, where professions are not compared.
        assert_eq!(
            facets("总设计师", &[ProjectRole, Seniority]),
            facets("Chief Designer", &[ProjectRole, Seniority])
        );
        assert_eq!(facets("Executive Producer", &[ProjectRole, Seniority]), "");
        // Inside a word it is no rank.
        assert_eq!(rank("汇总会计师"), rank("会计师"));
        // Before a rank word too.
        assert_eq!(rank("总导演"), rank("Chief Director"));
    }

    #[test]
    fn a_post_named_for_its_unit_is_a_head() {
        let rank = |t: &str| facets(t, &[Seniority]);
        for t in ["场长", "值長", "船长", "風場場長"] {
            assert_eq!(
                rank(t),
                "seniority=head|manager|lead|director|chief|officer",
                "{t}"
            );
        }
        assert_eq!(
            rank("副场长"),
            "seniority=deputy seniority=head|manager|lead|director|chief|officer"
        );
        // Growing, a parent, an elder schoolmate: no post.
        for t in ["成长导师", "家长义工", "学长"] {
            assert_eq!(rank(t), "", "{t}");
        }
        assert_eq!(rank("護士監督（急診部）"), "seniority=lead|head|manager");
        for t in ["食品安全监督员", "市场监督管理局科员"] {
            assert!(!rank(t).contains("lead"), "{t}");
        }
        // The table's own posts are read as the table says.
        assert_eq!(rank("站长"), "seniority=head|manager");
    }

    #[test]
    fn grades_across_professions_read_alike_in_both_languages() {
        assert_eq!(
            facets("运行培训生", &[Employment]),
            facets("Operator Trainee", &[Employment]).replace("intern|", "")
        );
        assert_eq!(
            facets("自由法律譯者", &[Employment]),
            "employment=contractor"
        );
        assert_eq!(
            facets("Assistant Relationship Manager", JOB),
            facets("助理客戶經理", JOB)
        );
        assert_eq!(
            facets("Member of the Board of Directors", &[Seniority]),
            facets("董事", &[Seniority])
        );
        let rank = |t: &str| facets(t, &[Seniority]);
        assert_eq!(rank("Chief Pharmacist"), "seniority=chief");
        assert_eq!(rank("主任药师"), "seniority=chief");
        assert_eq!(
            rank("Deputy Chief Pharmacist"),
            "seniority=deputy seniority=chief"
        );
        assert_eq!(rank("副主任药师"), "seniority=chief seniority=deputy");
        assert_eq!(rank("Pharmacist-in-Charge"), "seniority=lead|head");
        assert_eq!(rank("Editor-in-Chief"), "seniority=chief");
        assert_eq!(rank("Commis Pastry Cook"), "seniority=junior");
        assert_eq!(rank("Pastry Chef de Partie"), "seniority=head");
        assert_eq!(
            facets("会议口译员（自由工作者）", &[Employment]),
            "employment=contractor"
        );
        assert_eq!(facets("主关卡策划", &[ProjectRole]), "role=leader");
        assert_eq!(
            facets("Graduate Surveyor", &[Employment]),
            "employment=trainee"
        );
        assert_eq!(rank("Volunteer Build Leader"), rank("義工建屋隊長"));
        assert_eq!(rank("Scout Leader"), rank("童軍領袖"));
        assert_eq!(rank("Principal Dentist"), rank("主診牙醫"));
        assert_eq!(rank("Associate Producer"), rank("副制片人"));
        assert_eq!(rank("Associate Curator"), "seniority=deputy");
        let job = |t: &str| facets(t, JOB);
        assert!(
            job("主架构师").starts_with("seniority=lead"),
            "{}",
            job("主架构师")
        );
        assert!(job("高级主架构师").contains("seniority=lead"));
        assert_eq!(rank("Charge Nurse"), "seniority=lead|head");
        assert_eq!(rank("Vice-Principal"), rank("Vice Principal"));
        assert_eq!(
            rank("Associate Project Manager"),
            "seniority=assistant|manager"
        );
        assert_eq!(rank("Engagement Manager"), rank("項目經理"));
        assert!(rank("站长").contains("manager"), "{}", rank("站长"));
        assert_eq!(rank("Headmaster"), "seniority=principal");
        assert_eq!(rank("Associate Business Analyst"), rank("助理业务分析师"));
        assert_eq!(job("Senior Product Owner"), job("高级产品负责人"));
        assert!(!job("Executive Trainee, Commercial Banking").contains("seniority"));
        assert!(job("Executive Trainee").contains("employment=trainee"));
        assert_eq!(job("进近管制室带班主任"), job("Shift Supervisor"));
        assert_eq!(
            job("运行指挥中心经理"),
            "family=operations seniority=manager"
        );
        assert_eq!(rank("Executive Chef"), rank("行政主廚"));
        assert!(rank("副处长").contains("director"));
        // A troupe's head may be its chairman; a chief planner its lead.
        assert_eq!(rank("青年团团长"), "seniority=head|chief");
        assert!(rank("Youth Section Chief").contains("head"));
        assert_eq!(rank("总策划"), "seniority=lead|chief");
        assert!(rank("Lead Curator").contains("lead"));
        assert_eq!(
            facets("Pre-registration Pharmacist", &[Employment]),
            "employment=trainee"
        );
        assert_eq!(rank("食品安全监督员"), "");
        assert_eq!(rank("Stage Manager"), rank("舞台监督"));
        assert!(rank("主管护师").contains("lead|head"));
        assert_eq!(rank("Co-lead"), "seniority=lead");
        assert_eq!(rank("Chief Engineer"), rank("轮机长"));
        assert_eq!(rank("Second Engineer"), rank("大管轮"));
        assert_eq!(rank("Director"), rank("董事"));
        assert_eq!(rank("Chairman"), rank("董事长"));
        assert_eq!(rank("董事会秘书"), "seniority=officer");
        // A section's head is its chief, supervisor or manager.
        assert!(rank("課長").contains(&rank("Section Chief")["seniority=".len()..]));
        assert!(rank("課長").contains("lead") && rank("課長").contains("manager"));
        assert_eq!(
            facets("Senior Quantity Surveyor", &[Family]),
            facets("高级工料测量师", &[Family])
        );
        assert!(!job("业主代表").contains("lead"), "{}", job("业主代表"));
    }

    #[test]
    fn short_search_agrees_with_str_find() {
        for (h, n) in [
            (" senior engineer ", " engineer "),
            (" senior engineer ", " senior "),
            (" 高级 工程师 ", " 工程师 "),
            (" a ", " ab "),
            ("", " x "),
            (" x ", ""),
        ] {
            assert_eq!(
                find(h, n),
                if n.is_empty() { None } else { h.find(n) },
                "{h:?} {n:?}"
            );
        }
    }

    #[test]
    fn positions_in_both_languages() {
        assert_eq!(
            facets("Senior Algorithm Engineer", JOB),
            "family=algorithm seniority=senior"
        );
        assert_eq!(
            facets("高级算法工程师", JOB),
            "family=algorithm seniority=senior"
        );
        assert_eq!(facets("Data Analyst", JOB), "family=data-analysis");
        assert_eq!(
            facets("数据挖掘工程师", JOB),
            "family=data-mining family=engineering"
        );
        assert_eq!(
            facets("MLE Intern", JOB),
            "employment=intern family=machine-learning"
        );
        assert_eq!(
            facets("推荐算法实习生", JOB),
            "family=recommendation employment=intern"
        );
        assert_eq!(facets("Product Manager", JOB), "family=product-manager");
        assert_eq!(facets("PM", JOB), "family=product-manager|project-manager");
        assert_eq!(
            facets("Sr. Backend Engineer", JOB),
            "family=engineering family=backend seniority=senior"
        );
    }

    #[test]
    fn roles_and_degrees() {
        assert_eq!(facets("Core Member", &[ProjectRole]), "role=core-member");
        assert_eq!(facets("核心成员", &[ProjectRole]), "role=core-member");
        assert_eq!(facets("Member", &[ProjectRole]), "role=member");
        assert_eq!(facets("项目负责人", &[ProjectRole]), "role=leader");
        assert_eq!(facets("B.Sc.", &[Degree]), "degree=bachelor");
        assert_eq!(facets("硕士", &[Degree]), "degree=master");
        assert_eq!(facets("Ph.D.", &[Degree]), "degree=doctor");
    }

    #[test]
    fn unknown_words_leave_the_reading_unknown() {
        let r = read("Vibes Wrangler Ninja", &[Seniority, Employment], &[]);
        assert!(!r.known);
        // A profession is recognised even where it is not compared.
        let r = read("Growth Hacker Ninja", &[Seniority, Employment], &[]);
        assert!(r.known && r.found.is_empty());
        let r = read("Growth Hacker", JOB, &["growth hacker"]);
        assert!(r.known);
    }

    #[test]
    fn families_nest() {
        assert!(is_ancestor("algorithm", "recommendation"));
        assert!(is_ancestor("software", "machine-learning"));
        assert!(is_ancestor("engineering", "machine-learning"));
        assert!(!is_ancestor("data-analysis", "data-mining"));
    }
}

#[cfg(test)]
mod ranks_and_professions {
    use super::*;
    use Category::*;

    const JOB: &[Category] = &[Seniority, Employment, Family];

    fn ranks(text: &str) -> Vec<&'static str> {
        read(text, &[Seniority], &[]).facets(Seniority)
    }

    #[test]
    fn rank_words_in_both_languages() {
        assert_eq!(ranks("Assistant Professor"), ranks("助理教授"));
        assert_eq!(ranks("Associate Professor"), vec!["deputy"]);
        assert_eq!(ranks("副教授"), vec!["deputy"]);
        assert_eq!(ranks("Deputy Director"), vec!["deputy", "director"]);
        assert_eq!(
            ranks("副主任"),
            vec!["deputy", "director", "head", "lead", "officer", "principal"]
        );
        assert_eq!(ranks("Head of Marketing"), vec!["head"]);
        assert!(ranks("市场部负责人").contains(&"head"));
        assert!(ranks("资深工程师").contains(&"staff"));
        assert!(ranks("資深工程師").contains(&"senior"));
        assert_eq!(ranks("Vice President"), vec!["deputy", "vp"]);
        assert_eq!(ranks("副总裁"), vec!["vp"]);
    }

    #[test]
    fn associate_alone_is_a_job_level_not_a_rank() {
        assert!(ranks("Associate").is_empty());
        assert!(ranks("Senior Associate").contains(&"senior"));
        let r = read("Associate", JOB, &[]);
        for f in ["lawyer", "finance", "consultant"] {
            assert!(r.facets(Family).contains(&f), "{f}");
        }
    }

    #[test]
    fn a_word_in_two_categories_is_read_in_both() {
        assert_eq!(
            read("Associate Professor", JOB, &[]).describe(),
            "seniority=deputy family=professor"
        );
        assert_eq!(
            read("主任医师", JOB, &[]).describe(),
            "seniority=chief family=physician"
        );
        assert_eq!(
            read("Art Director", JOB, &[]).describe(),
            "seniority=director family=art-direction"
        );
    }

    #[test]
    fn taiwan_words_and_generic_engineering() {
        assert_eq!(
            read("硬體工程師", JOB, &[]).facets(Family),
            vec!["hardware"]
        );
        assert_eq!(
            read("軟體工程師", JOB, &[]).facets(Family),
            vec!["software"]
        );
        assert_eq!(
            read("研發工程師", JOB, &[]).facets(Family),
            vec!["engineering"]
        );
        assert!(is_ancestor("engineering", "hardware"));
        assert!(!is_ancestor("software", "hardware"));
    }

    #[test]
    fn professions_have_roots_and_specialties() {
        for (root, child) in [
            ("teaching", "professor"),
            ("teaching", "lecturer"),
            ("legal", "paralegal"),
            ("lawyer", "counsel"),
            ("physician", "attending"),
            ("medicine", "nurse"),
            ("finance", "auditor"),
            ("designer", "ux-design"),
            ("civil", "structural"),
            ("surveying", "quantity-surveying"),
            ("analysis", "data-analysis"),
            ("hr", "recruiting"),
        ] {
            assert!(is_ancestor(root, child), "{root} ⊃ {child}");
        }
        for (text, family) in [
            ("DA Intern", "data-analysis"),
            ("BA", "business-analysis"),
            ("DS", "data-science"),
            ("HR Specialist", "hr"),
            ("UX Designer", "ux-design"),
            ("律师助理", "paralegal"),
            ("护理师", "nurse"),
            ("造价工程师", "quantity-surveying"),
        ] {
            assert!(
                read(text, JOB, &[]).facets(Family).contains(&family),
                "{text}: {}",
                read(text, JOB, &[]).describe()
            );
        }
    }

    #[test]
    fn grant_roles() {
        let role = |t: &str| read(t, &[ProjectRole], &[]).facets(ProjectRole);
        assert_eq!(role("PI"), vec!["leader"]);
        assert_eq!(role("主持"), vec!["leader"]);
        assert_eq!(role("Co-PI"), vec!["core-member"]);
        assert_eq!(role("骨干"), vec!["core-member"]);
        assert_eq!(role("参与（博士后）"), vec!["member"]);
    }
}
