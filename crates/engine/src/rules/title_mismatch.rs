use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::message::Msg;
use crate::rules::{Context, each_title_pair};
use crate::terms::titles::{self, Category, Found, Reading};

declare_rule! {
    /// ## What it does
    /// Reads the titles of entries paired across languages as facets of the
    /// term base (`data/terms/titles.yaml`) and reports where they
    /// contradict: a job `position` (seniority, internship, role family), a
    /// project's `roles`, a degree (`studyType`).
    ///
    /// Rank words are read as a vocabulary of their own (assistant 助理,
    /// associate/deputy/vice 副, senior 高级, head of 负责人, director 总监 or
    /// 主任, chief 首席 or 总工程师): the same rank on both sides agrees whatever
    /// the word order ("Deputy Director" and 副主任). "Associate" alone is
    /// the job level of law firms, banks and consultancies, not 副. Role
    /// families cover engineering, teaching, law, medicine, finance, design,
    /// construction, marketing, sales, HR, operations and product, each with
    /// a generic root and its specialties: one side more specific than the
    /// other agrees ("Engineer" and 后端工程师, 研發工程師 and "R&D Hardware
    /// Engineer"), two specialties do not ("DA" and 数据挖掘, "Paralegal"
    /// and 律师). Grant roles read PI as 主持 and Co-PI as 骨干/主要成员,
    /// both above 参与. Chinese may also write the rank on the profession:
    /// 主 before it names its lead (主架构师 = Lead Architect), 总 its chief
    /// (总精算师 = Chief Actuary); a 副 word such as 副理 or 副总工程师 is both
    /// ranks (deputy and manager); a post named 某长 that the term base does
    /// not list (场长, 值长, 事務長) is some head, and one ending in 监督 a
    /// supervisor (護士監督); 主 opening an unlisted craft (主修复师, 主讲人)
    /// may be its lead or its doer. Such a post meets a head,
    /// manager, lead, director, chief or officer and, alone, states no
    /// rank. A grade code both sides carry in brackets (P7, L5) is not a
    /// translation of the title.
    ///
    /// A rank, or a kind of employment (contract, part-time), stated on one
    /// side only ("Senior Engineer" against 工程师) is a warning; an
    /// internship on one side only is an error. A role family or project
    /// role written on one side only is not reported; a project role
    /// written as a job title ("Associate Producer" against 制片人) is read
    /// for its rank. Two different ways of leading a team (lead, head,
    /// manager, director, chief: "Team Lead" against 部门经理) are a warning, since
    /// translations trade them, as are marketing and sales. Every other
    /// difference is an error. A pair of titles that differs in several
    /// ways ("Software Engineer Intern" against 高级工程师) is one finding
    /// naming every way, as severe as the worst; every finding is a warning
    /// when the entries were paired by dates and position alone.
    ///
    /// ## Why is this bad?
    /// A title is what a recruiter reads first. "Data Analyst" in English and
    /// 数据挖掘工程师 in Chinese, "Member" against 核心成员, 硕士 against
    /// "Bachelor": whichever version they read second makes the candidate
    /// look inflated or careless.
    ///
    /// ## Example
    /// ```yaml
    /// # en.yaml                       # zh.yaml
    /// position: Data Analyst           position: 数据挖掘工程师
    /// roles: [Member]                  roles: [核心成员]
    /// studyType: Bachelor              studyType: 硕士
    /// ```
    ///
    /// ## How to settle it
    /// Correct the side that is wrong. If both are right (a title the term
    /// base reads differently from what your employer meant), add the pair
    /// to `glossary.yaml` beside the profile: glossary pairs override the
    /// term base. `cvpair align PROFILE` shows how each title was read.
    pub const RULE = {
        code: "CV301",
        name: "title-mismatch",
        severity: Error,
        check: check,
    };
}

fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    each_title_pair(ctx, |cmp, kind, pair, t| {
        let ways = differences(&t.ra, &t.rb);
        let worst = ways.iter().map(|w| w.1).max().unwrap_or(Severity::Info);
        let severity = if pair.confident() {
            worst
        } else {
            Severity::Warning
        };
        let (la, lb) = (cmp.a.file.lang.tag.clone(), cmp.b.file.lang.tag.clone());
        let (fa, fb) = (shown_ways(&t.ra, &ways), shown_ways(&t.rb, &ways));
        let msg = match ways.split_first() {
            Some(((category, _, id), [])) => {
                Msg::new(id).arg("what", Msg::new(category_msg(*category)))
            }
            Some((first, rest)) => {
                Msg::new("title-mismatch-several").arg("ways", ways_msg(&t.ra, &t.rb, first, rest))
            }
            None => return,
        };
        let label = |lang: &String, value: &String| {
            Some(
                Msg::new("label-lang-value")
                    .arg("lang", lang.clone())
                    .arg("value", value.clone()),
            )
        };
        out.push(
            Finding::new(
                &RULE,
                ctx.profile,
                msg.arg("a", t.a.value.clone())
                    .arg("alang", la.clone())
                    .arg("fa", fa.clone())
                    .arg("b", t.b.value.clone())
                    .arg("blang", lb.clone())
                    .arg("fb", fb.clone()),
            )
            .severity(severity)
            .section(kind)
            .at(&cmp.a.file, t.a.span, label(&la, &fa))
            .at(&cmp.b.file, t.b.span, label(&lb, &fb))
            .help(Msg::new("help-title-mismatch")),
        );
    });
}

/// A category's facets as shown in messages: `senior`, or `—`.
fn shown(r: &Reading, category: Category) -> String {
    let f = r.facets(category);
    if f.is_empty() {
        "—".to_string()
    } else {
        f.join("/")
    }
}

/// One side's facets in every way the titles differ, for the labels:
/// `senior, intern`; `—` when that side states none of them.
fn shown_ways(r: &Reading, ways: &[Way]) -> String {
    let parts: Vec<String> = ways
        .iter()
        .map(|w| shown(r, w.0))
        .filter(|s| s != "—")
        .collect();
    if parts.is_empty() {
        "—".to_string()
    } else {
        parts.join(", ")
    }
}

/// The ways two titles differ as one message: each way with both sides'
/// facets, joined by the locale's list separator.
fn ways_msg(a: &Reading, b: &Reading, first: &Way, rest: &[Way]) -> Msg {
    let (category, _, id) = first;
    let way = Msg::new(if *id == "title-mismatch" {
        "title-way"
    } else {
        "title-way-one-side"
    })
    .arg("what", Msg::new(category_msg(*category)))
    .arg("fa", shown(a, *category))
    .arg("fb", shown(b, *category));
    match rest.split_first() {
        None => way,
        Some((next, more)) => Msg::new("title-ways")
            .arg("first", way)
            .arg("rest", ways_msg(a, b, next, more)),
    }
}

fn category_msg(c: Category) -> &'static str {
    match c {
        Category::Seniority => "facet-seniority",
        Category::Employment => "facet-employment",
        Category::Family => "facet-family",
        Category::ProjectRole => "facet-role",
        Category::Degree => "facet-degree",
    }
}

/// One way two titles differ: the category, its severity, and whether
/// both sides state it (`title-mismatch`) or one only
/// (`title-mismatch-one-side`).
pub type Way = (Category, Severity, &'static str);

/// The ways two readings contradict each other, at most one per category;
/// the rule reports them together as one finding.
pub fn differences(a: &Reading, b: &Reading) -> Vec<Way> {
    let mut out = Vec::new();
    for category in [
        Category::Employment,
        Category::Seniority,
        Category::Family,
        Category::ProjectRole,
        Category::Degree,
    ] {
        let (fa, fb) = (a.facets(category), b.facets(category));
        // Project roles read on both sides settle the role; rank words in
        // them (a PI is the lead; 主持 is not a rank word) say it again.
        let roles_settle = |r: &Reading| !r.facets(Category::ProjectRole).is_empty();
        if category == Category::Seniority
            && (roles_settle(a) && roles_settle(b)
                || role_meets_rank(a, b)
                || role_meets_rank(b, a))
        {
            continue;
        }
        let verdict = match (fa.is_empty(), fb.is_empty()) {
            (true, true) => None,
            (false, false) if category == Category::Seniority => ranks_differ(a, b),
            (false, false) if category == Category::Family => (!families_compatible(&fa, &fb))
                .then(|| {
                    let severity = if neighbours(&fa, &fb) {
                        Severity::Warning
                    } else {
                        Severity::Error
                    };
                    (severity, "title-mismatch")
                }),
            (false, false) => {
                (!fa.iter().any(|f| fb.contains(f))).then_some((Severity::Error, "title-mismatch"))
            }
            // One side only: an internship is a different job; a seniority
            // left out may be modesty or a translation habit. "Staff" or
            // "Officer" alone is the ordinary grade (Staff Pharmacist = 药师,
            // Marketing Officer = 市场专员), not a rank left out.
            _ => match category {
                Category::Employment if fa.contains(&"intern") || fb.contains(&"intern") => {
                    Some((Severity::Error, "title-mismatch-one-side"))
                }
                Category::Seniority if only_ordinary(a) || only_ordinary(b) => None,
                Category::Employment | Category::Seniority => {
                    Some((Severity::Warning, "title-mismatch-one-side"))
                }
                _ => None,
            },
        };
        if let Some((severity, msg)) = verdict {
            out.push((category, severity, msg));
        }
    }
    out
}

/// Whether one side's project role names the rank the other side's title
/// states ("Project Lead" = 项目主管: the leader of a project is its lead
/// or head), so the rank is not stated on one side only.
fn role_meets_rank(role: &Reading, rank: &Reading) -> bool {
    const LEADER: &[&str] = &["lead", "head", "manager", "director", "chief", "principal"];
    let ranks = rank.facets(Category::Seniority);
    !ranks.is_empty()
        && role.facets(Category::Seniority).is_empty()
        && role.facets(Category::ProjectRole).iter().any(|f| match *f {
            "leader" => ranks.iter().any(|r| LEADER.contains(r)),
            "deputy-leader" => ranks.contains(&"deputy"),
            _ => false,
        })
}

/// Rank words compared one by one, since a title may carry several
/// (副主任: deputy and director): each word must meet some word of the
/// other side. A rank left unmet on one side only ("Senior Manager" vs
/// 经理) is a warning; unmet ranks on both sides (assistant vs 副) are a
/// contradiction.
///
/// Before a managerial rank both sides share, assistant and deputy are
/// one rank: an Assistant Head Nurse is a 副护士长, an Assistant Manager a
/// 副经理. Elsewhere they differ (Assistant Professor is 助理教授, not 副教授).
/// Rank words that, alone, name the ordinary grade of a post: "Staff
/// Pharmacist" = 药师, "Marketing Officer" = 市场专员.
const ORDINARY_GRADES: &[&str] = &["staff", "officer"];

/// Whether every rank word of a title may be read as the ordinary grade
/// (Officer, Staff, 主任 as the officer grade of a post, Audit Associate):
/// such a title states no rank the other could have left out. A word that
/// may also mean senior (资深: senior, or a staff engineer's level) states
/// a rank whatever else it may mean.
fn only_ordinary(r: &Reading) -> bool {
    let mut words = r.in_category(Category::Seniority).peekable();
    words.peek().is_some()
        && words.all(|f| {
            f.facets.iter().any(|x| ORDINARY_GRADES.contains(x)) && !f.facets.contains(&"senior")
        })
}

fn ranks_differ(a: &Reading, b: &Reading) -> Option<(Severity, &'static str)> {
    const MANAGERIAL: &[&str] = &["head", "manager", "director", "principal", "chief"];
    let shared_managerial = {
        let (fa, fb) = (a.facets(Category::Seniority), b.facets(Category::Seniority));
        MANAGERIAL.iter().any(|m| fa.contains(m) && fb.contains(m))
    };
    // English "Assistant" before a head may render 副 (Assistant Manager =
    // 副经理); Chinese 助理 is an assistant, never a deputy (助理校长 is an
    // Assistant Principal, not a Vice-Principal).
    let meets = |f: &Found, g: &Found| {
        let english_assistant_for_deputy = |e: &Found, z: &Found| {
            !e.han && z.han && e.facets.contains(&"assistant") && z.facets.contains(&"deputy")
        };
        f.facets.iter().any(|r| g.facets.contains(r))
            || (shared_managerial
                && (english_assistant_for_deputy(f, g) || english_assistant_for_deputy(g, f)))
    };
    // The ordinary grade ("Staff Member" beside 主任科员's "Principal")
    // is not a rank the other side left out, here as in a title alone.
    // Nor is the head a deputy serves, when the other side names the
    // deputy and no head of its own: "Deputy Registrar" is 註冊處副處長,
    // the registrar being the head.
    let deputy_only = |r: &Reading| {
        let f = r.facets(Category::Seniority);
        f.contains(&"deputy") && !MANAGERIAL.iter().any(|m| f.contains(m))
    };
    let unmet = |x: &Reading, y: &Reading| {
        let x_deputy = x.facets(Category::Seniority).contains(&"deputy");
        x.in_category(Category::Seniority).any(|f| {
            let served_head = x_deputy
                && deputy_only(y)
                && f.facets.iter().any(|g| MANAGERIAL.contains(g))
                && !f.facets.contains(&"deputy");
            !matches!(f.facets, [g] if ORDINARY_GRADES.contains(g))
                && !served_head
                && !y.in_category(Category::Seniority).any(|g| meets(f, g))
        })
    };
    match (unmet(a, b), unmet(b, a)) {
        (false, false) => None,
        // Lead, head, manager, director, principal and chief name one
        // another in translation as often as not (组长 is a team's lead or
        // its head; 主管 a supervisor, a head or a manager; 团长 a troupe's
        // head or its chairman): two of them differing is
        // worth a look, not a contradiction. Any other pair (assistant
        // against manager, officer against head, senior against chief) is.
        (true, true) if within_leadership(a) && within_leadership(b) => {
            Some((Severity::Warning, "title-mismatch"))
        }
        (true, true) => Some((Severity::Error, "title-mismatch")),
        _ => Some((Severity::Warning, "title-mismatch-one-side")),
    }
}

/// Whether every rank word of a title names some form of leading a team.
/// A deputy's own word (副, Deputy) says whose deputy, not how one leads:
/// `Deputy Chairman` against 副团长 differ only in the leading.
fn within_leadership(r: &Reading) -> bool {
    const LEADERSHIP: &[&str] = &["lead", "head", "manager", "director", "principal", "chief"];
    r.in_category(Category::Seniority)
        .filter(|f| f.facets != ["deputy"])
        .all(|f| f.facets.iter().any(|x| LEADERSHIP.contains(x)))
}

/// Families that name one another in everyday translation: "marketing"
/// is the word for selling in Malaysia and Singapore (Marketing Executive
/// = 销售专员), so the two differing is worth a look, not a contradiction.
const NEIGHBOURS: &[(&str, &str)] = &[("marketing", "sales")];

fn neighbours(a: &[&str], b: &[&str]) -> bool {
    NEIGHBOURS
        .iter()
        .any(|(x, y)| a.contains(x) && b.contains(y) || a.contains(y) && b.contains(x))
}

/// Two sets of role families agree when some family of one contains, or
/// is contained in, some family of the other, after each side drops the
/// families it states more precisely itself (工程师 in 算法工程师).
pub fn families_compatible(a: &[&str], b: &[&str]) -> bool {
    fn specific<'a>(fs: &[&'a str]) -> Vec<&'a str> {
        fs.iter()
            .copied()
            .filter(|f| !fs.iter().any(|g| g != f && titles::is_ancestor(f, g)))
            .collect()
    }
    let (sa, sb) = (specific(a), specific(b));
    sa.iter().any(|x| {
        sb.iter()
            .any(|y| titles::is_ancestor(x, y) || titles::is_ancestor(y, x))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Category::*;

    const JOB: &[Category] = &[Seniority, Employment, Family];

    fn verdict(a: &str, b: &str, cats: &[Category]) -> Vec<(Category, Severity)> {
        differences(&titles::read(a, cats, &[]), &titles::read(b, cats, &[]))
            .into_iter()
            .map(|(c, s, _)| (c, s))
            .collect()
    }

    #[test]
    fn the_writers_own_gloss_settles_a_title() {
        let pair = |a: &str, b: &str| {
            let text = |v: &str| crate::model::Text {
                value: v.to_string(),
                span: Default::default(),
            };
            let (ta, tb) = (text(a), text(b));
            let glossary = crate::terms::glossary::Glossary::default();
            let (ra, rb) =
                crate::align::titles::read_pair(&glossary, JOB, ("en", &ta), ("zh", &tb));
            differences(&ra, &rb).len()
        };
        assert_eq!(
            pair(
                "Associate, Senior Architect",
                "副总监（Associate）、高级建筑师"
            ),
            0
        );
        // An acronym gloss that abbreviates the other title.
        assert_eq!(pair("Management Associate", "儲備幹部（MA）"), 0);
        assert_eq!(pair("Chief Financial Officer", "首席财务官（CFO）"), 0);
        assert_eq!(
            pair("Music Teacher (APSM)", "音樂科教師（助理小學學位教師）"),
            0
        );
        // The gloss agrees only with the words it repeats.
        assert_eq!(
            pair("Associate, Architect", "副总监（Associate）、高级建筑师"),
            1
        );
        // A grade code both sides carry is not a gloss: the ranks beside
        // it are still read.
        assert_eq!(
            pair("Senior Software Engineer (P7)", "高级软件工程师（P7）"),
            0
        );
        assert_eq!(pair("Software Engineer (P7)", "高级软件工程师（P7）"), 1);
        assert_eq!(
            pair(
                "Senior Architect",
                "副总监（Associate Director）、高级建筑师"
            ),
            1
        );
    }

    #[test]
    fn planted_slips_are_caught() {
        assert_eq!(
            verdict("Data Analyst", "数据挖掘工程师", JOB),
            vec![(Family, Severity::Error)]
        );
        assert_eq!(
            verdict("Member", "核心成员", &[ProjectRole]),
            vec![(ProjectRole, Severity::Error)]
        );
        assert_eq!(
            verdict("Project Lead", "成员", &[ProjectRole]),
            vec![(ProjectRole, Severity::Error)]
        );
        assert_eq!(
            verdict("Deputy Project Manager", "项目经理", &[ProjectRole]),
            vec![(ProjectRole, Severity::Error)]
        );
        assert_eq!(
            verdict("硕士", "Bachelor", &[Degree]),
            vec![(Degree, Severity::Error)]
        );
        assert_eq!(
            verdict("Senior Engineer", "工程师", JOB),
            vec![(Seniority, Severity::Warning)]
        );
        assert_eq!(
            verdict("Intern", "工程师", JOB),
            vec![(Employment, Severity::Error)]
        );
        // Assistant and deputy are one rank only before a shared head.
        assert_eq!(
            verdict("Assistant Professor", "副教授", JOB),
            vec![(Seniority, Severity::Error)]
        );
        assert_eq!(
            verdict("Assistant Head Nurse", "护士长", JOB),
            vec![(Seniority, Severity::Warning)]
        );
    }

    #[test]
    fn faithful_translations_pass() {
        for (a, b) in [
            ("Deputy Registrar", "註冊處副處長"),
            ("Guest Relations Executive", "宾客关系主任"),
            ("Executive Director", "执行总监"),
            ("Lead Physiotherapist, First Team", "一线队首席康复治疗师"),
            ("Part-time Viola Teacher", "中提琴兼任教師"),
            ("Principal Staff Member (Level 1)", "一级主任科员"),
            ("MLE Intern", "算法实习生"),
            ("MLE Intern", "推荐算法实习生"),
            ("PM", "产品经理"),
            ("Senior Algorithm Engineer", "高级算法工程师"),
            ("Backend Engineer", "后端开发工程师"),
            ("Data Analyst", "数据分析师"),
            ("Research Assistant", "研究助理"),
            ("Machine Learning Engineer", "机器学习工程师"),
            ("Frontend Developer", "前端工程师"),
            ("Product Manager Intern", "产品经理实习生"),
            ("Software Engineer", "软件工程师"),
            ("Teaching Assistant", "助教"),
            ("Assistant Head Nurse, Medical ICU", "内科加护病房副护理长"),
            ("Assistant Manager", "副经理"),
            ("Vice President, Student Union", "学生会副会长"),
            ("Contract Teacher (Mathematics)", "合約教師（數學科）"),
            ("Mathematics Panel Head", "數學科科主任"),
            ("Staff Pharmacist", "药师"),
            ("Social Work Officer", "社會工作主任"),
            ("Assistant Social Work Officer", "助理社會工作主任"),
            ("Team Supervisor", "督導主任"),
            ("Volunteer Team Leader", "義工隊長"),
            ("Founder and Director", "創辦人暨院長"),
            ("Associate Chief Architect", "副总建筑师"),
            ("Senior HR Business Partner", "高级人力资源业务合作伙伴"),
            ("Principal", "园长"),
            ("Deputy Principal", "副园长"),
            ("Chief Financial Officer", "財務長"),
            ("Assistant Director", "导演助理"),
            ("Cabin Supervisor", "座艙長"),
            ("Music Panel Chairperson", "音樂科科主任"),
            ("Honorary Choir Director", "義務詩班指揮"),
            ("Part-time Assistant Conductor", "兼職助理指揮"),
            ("Section Chief, Urban Planning Section", "都市規劃科科長"),
            ("Management Trainee", "見習管理人員"),
            ("Pupil Barrister", "見習大律師"),
        ] {
            assert!(
                verdict(a, b, JOB).is_empty(),
                "{a} vs {b}: {:?}",
                verdict(a, b, JOB)
            );
        }
        for (a, b) in [
            ("Core Member", "核心成员"),
            ("Core Team Member", "核心成员"),
            ("Deputy Project Manager", "副项目经理"),
            ("Project Manager", "项目经理"),
            ("Project Lead", "项目负责人"),
            ("Member", "成员"),
        ] {
            assert!(verdict(a, b, &[ProjectRole]).is_empty(), "{a} vs {b}");
        }
        for (a, b) in [
            ("Bachelor", "本科"),
            ("B.Eng.", "学士"),
            ("Master", "硕士"),
            ("MSc", "研究生"),
            ("PhD", "博士"),
        ] {
            assert!(verdict(a, b, &[Degree]).is_empty(), "{a} vs {b}");
        }
    }
}

#[cfg(test)]
mod more_faithful {
    use super::*;
    use Category::*;

    /// The pairs of `pairs` read as contradicting in `categories`.
    fn contradicting(categories: &[Category], pairs: &[(&str, &str)]) -> Vec<String> {
        pairs
            .iter()
            .filter_map(|(a, b)| {
                let d = differences(
                    &titles::read(a, categories, &[]),
                    &titles::read(b, categories, &[]),
                );
                (!d.is_empty()).then(|| format!("{a} / {b}: {d:?}"))
            })
            .collect()
    }

    #[test]
    fn common_faithful_titles() {
        let mut bad = contradicting(
            &[Seniority, Employment, Family],
            &[
                ("Software Engineer Intern", "软件开发实习生"),
                ("Frontend Developer", "前端开发工程师"),
                ("Research Intern", "研究实习生"),
                ("Tech Lead", "技术负责人"),
                ("CTO", "首席技术官"),
                ("Co-founder & CTO", "联合创始人兼CTO"),
                ("Data Scientist", "数据科学家"),
                ("NLP Algorithm Engineer", "自然语言处理算法工程师"),
                ("Backend Developer", "后台开发"),
                ("Java Developer", "Java开发工程师"),
                ("Senior Data Analyst", "高级数据分析师"),
                ("Engineering Manager", "研发经理"),
                ("QA Engineer", "测试工程师"),
                ("DevOps Engineer", "运维工程师"),
                ("Computer Vision Intern", "计算机视觉实习生"),
                ("UI Designer", "UI设计师"),
            ],
        );
        bad.extend(contradicting(
            &[Degree],
            &[
                ("B.S.", "理学学士"),
                ("M.S.", "硕士研究生"),
                ("Ph.D.", "博士研究生"),
                ("Bachelor of Engineering", "工学学士"),
            ],
        ));
        bad.extend(contradicting(
            &[ProjectRole],
            &[
                ("Team Leader", "队长"),
                ("Contributor", "参与者"),
                ("Advisor", "指导老师"),
            ],
        ));
        assert!(bad.is_empty(), "{bad:#?}");
    }
}

#[cfg(test)]
mod traditional {
    use super::*;
    use Category::*;

    #[test]
    fn traditional_characters_read_like_simplified() {
        let job = &[Seniority, Employment, Family];
        for (a, b) in [
            ("Senior Software Engineer", "資深軟體工程師"),
            ("Data Analyst", "資料分析師"),
            ("Algorithm Intern", "算法實習生"),
        ] {
            let (ra, rb) = (titles::read(a, job, &[]), titles::read(b, job, &[]));
            assert!(rb.known, "{b}");
            assert!(differences(&ra, &rb).is_empty(), "{a} / {b}");
        }
        let (ra, rb) = (
            titles::read("Master", &[Degree], &[]),
            titles::read("碩士", &[Degree], &[]),
        );
        assert!(differences(&ra, &rb).is_empty());
        let (ra, rb) = (
            titles::read("Data Analyst", job, &[]),
            titles::read("資料探勘工程師", job, &[]),
        );
        assert_eq!(differences(&ra, &rb).len(), 1, "still a different role");
    }
}

#[cfg(test)]
mod professions {
    use super::*;
    use Category::*;

    const JOB: &[Category] = &[Seniority, Employment, Family];

    fn ways(a: &str, b: &str, cats: &[Category]) -> Vec<Way> {
        differences(&titles::read(a, cats, &[]), &titles::read(b, cats, &[]))
    }

    #[test]
    fn faithful_titles_across_professions_agree() {
        let mut bad = Vec::new();
        for (a, b) in [
            // Ranks, whatever the word order.
            ("Assistant Professor", "助理教授"),
            (
                "Tenure-track Assistant Professor",
                "助理教授（准聘）、硕士生导师",
            ),
            ("Associate Professor", "副教授"),
            ("Professor", "教授"),
            ("Deputy Director", "副主任"),
            ("Head of Marketing", "市场部负责人"),
            ("Staff Engineer", "资深工程师"),
            ("Senior Software Engineer", "資深軟體工程師"),
            ("Chief Engineer", "总工程师"),
            ("Vice President, Sales", "销售副总裁"),
            // Engineering, Taiwan usage, R&D naming no specialty.
            ("Hardware Engineer", "硬體工程師"),
            ("Senior Hardware Engineer", "資深硬體工程師"),
            ("R&D Hardware Engineer", "研發工程師"),
            ("Engineer", "后端工程师"),
            // Teaching.
            ("Teacher", "老师"),
            ("Mathematics Teacher", "数学教师"),
            ("Lecturer", "讲师"),
            ("Tutor", "助教"),
            // Law.
            ("Lawyer", "律师"),
            ("Attorney", "律师"),
            ("Associate", "律师"),
            ("Partner", "合伙人"),
            ("Paralegal", "律师助理"),
            ("Legal Counsel", "法务"),
            // Medicine.
            ("Physician", "医师"),
            ("Attending Physician", "主治医师"),
            ("Resident", "住院医师"),
            ("Chief Physician", "主任医师"),
            ("Associate Chief Physician", "副主任医师"),
            ("Registered Nurse", "护士"),
            ("Nurse", "護理師"),
            ("Pharmacist", "药剂师"),
            // Finance.
            ("Financial Analyst", "金融分析师"),
            ("Auditor", "审计员"),
            ("Accountant", "会计"),
            ("Investment Manager", "投资经理"),
            ("Actuary", "精算师"),
            ("Associate", "分析师"),
            // Design.
            ("Designer", "设计师"),
            ("UX Designer", "交互设计师"),
            ("UI Designer", "视觉设计师"),
            ("Art Director", "美术指导"),
            // Construction.
            ("Civil Engineer", "土木工程师"),
            ("Structural Engineer", "结构工程师"),
            ("Site Engineer", "现场工程师"),
            ("Project Manager", "项目经理"),
            ("Quantity Surveyor", "造价工程师"),
            ("Surveyor", "测量员"),
            // Business.
            ("Marketing Manager", "市场经理"),
            ("Sales Representative", "销售代表"),
            ("HR Specialist", "人力资源专员"),
            ("Recruiter", "招聘专员"),
            ("Operations Manager", "运营经理"),
            ("Product Manager", "产品经理"),
            ("DA Intern", "数据分析实习生"),
            ("BA", "商业分析师"),
            // Words that only look like titles inside longer ones.
            ("Homeroom Teacher", "班主任"),
            (
                "Teaching Assistant, Data Structures",
                "《数据结构》课程助教",
            ),
            ("Staff Accountant", "会计"),
            ("Mechanical Engineer", "结构工程师"),
            ("Adjunct Lecturer", "兼职讲师"),
            ("Management Trainee", "管理培训生"),
            ("Research Associate", "研究助理"),
            ("Equity Research Analyst", "行业研究员"),
            ("Audit Associate", "审计助理"),
            ("Head of Engineering", "技术负责人"),
            ("Postdoctoral Fellow", "博士后"),
            ("Architect", "建筑师"),
            ("Software Architect", "架构师"),
        ] {
            let w = ways(a, b, JOB);
            if !w.is_empty() {
                bad.push(format!("{a} / {b}: {w:?}"));
            }
        }
        for (a, b) in [
            ("PI", "主持"),
            ("Co-PI", "骨干"),
            ("Co-Investigator", "主要成员"),
        ] {
            let w = ways(a, b, &[ProjectRole]);
            if !w.is_empty() {
                bad.push(format!("{a} / {b}: {w:?}"));
            }
        }
        assert!(bad.is_empty(), "{bad:#?}");
    }

    #[test]
    fn each_kind_of_slip_is_one_way() {
        let one = |a: &str, b: &str, cats: &[Category]| {
            let w = ways(a, b, cats);
            assert_eq!(w.len(), 1, "{a} / {b}: {w:?}");
            (w[0].0, w[0].1)
        };
        use Severity::{Error, Warning};
        for (a, b, want) in [
            // A rank on one side only.
            ("Senior Associate", "审计员", (Seniority, Warning)),
            ("Senior Manager", "经理", (Seniority, Warning)),
            // Two different ranks.
            ("Assistant Professor", "副教授", (Seniority, Error)),
            ("Sales Assistant", "销售经理", (Seniority, Error)),
            // Marketing and sales name each other in translation.
            (
                "Assistant Marketing Officer",
                "助理销售主任",
                (Family, Warning),
            ),
            // An English assistant may render 副; 助理 is never a deputy.
            ("Vice-Principal", "助理校長", (Seniority, Error)),
            // 资深 is senior, or a staff engineer's level: a rank either way.
            (
                "UX Researcher",
                "資深使用者經驗研究員",
                (Seniority, Warning),
            ),
            // Two ways of leading a team: worth a look, not a contradiction.
            ("Team Lead", "部门经理", (Seniority, Warning)),
            ("Supervisor", "經理", (Seniority, Warning)),
        ] {
            assert_eq!(one(a, b, JOB), want, "{a} / {b}");
        }
        assert!(ways("Assistant Manager", "副经理", JOB).is_empty());
        // Different families, in several professions.
        for (a, b) in [
            ("DA Intern", "数据挖掘实习生"),
            ("Lecturer", "教授"),
            ("Paralegal", "律师"),
            ("Nurse", "医师"),
            ("Attending Physician", "住院医师"),
            ("Auditor", "会计"),
            ("UX Designer", "视觉设计师"),
            ("Quantity Surveyor", "测量员"),
            ("Hardware Engineer", "软件工程师"),
            ("Recruiter", "销售"),
        ] {
            assert_eq!(one(a, b, JOB), (Family, Severity::Error), "{a} / {b}");
        }
        // A grant's PI is not a participant; a Co-PI is not one either.
        assert_eq!(
            one("PI", "参与", &[ProjectRole]),
            (ProjectRole, Severity::Error)
        );
        assert_eq!(
            one("Co-PI", "参与（博士后）", &[ProjectRole]).0,
            ProjectRole
        );
    }

    #[test]
    fn one_slip_in_several_ways_is_listed_together() {
        let w = ways("高级工程师", "Software Engineer Intern", JOB);
        assert_eq!(
            w,
            vec![
                (Employment, Severity::Error, "title-mismatch-one-side"),
                (Seniority, Severity::Warning, "title-mismatch-one-side"),
            ]
        );
    }
}
