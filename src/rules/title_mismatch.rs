use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::message::Msg;
use crate::model::Document;
use crate::rules::{Context, each_title_pair};
use crate::terms::titles::{self, Category, Reading};

declare_rule! {
    /// ## What it does
    /// Reads the titles of entries paired across languages as facets of the
    /// term base (`data/terms/titles.yaml`) and reports where they
    /// contradict: a job `position` (seniority, internship, role family), a
    /// project's `roles`, a degree (`studyType`).
    ///
    /// Related role families are compatible: "MLE Intern" and 推荐算法实习生
    /// (machine learning ⊃ recommendation) agree, as do "PM" and 产品经理.
    /// Seniority stated on one side only ("Senior Engineer" against 工程师)
    /// is a warning, as is a kind of employment (contract, part-time) on one
    /// side only; an internship on one side only is an error. A role family
    /// or project role written on one side only is not reported. Every
    /// other difference is an error, and every finding is a warning when
    /// the entries were paired by dates and position alone.
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
        let (ta, tb, ra, rb) = (&t.a, &t.b, &t.ra, &t.rb);
        for (category, severity, msg) in differences(ra, rb) {
            let side = |doc: &Document, t: &crate::model::Text, r: &Reading| {
                (
                    doc.file.lang.tag.clone(),
                    t.value.clone(),
                    shown(r, category),
                )
            };
            let (la, va, fa) = side(cmp.a, ta, ra);
            let (lb, vb, fb) = side(cmp.b, tb, rb);
            let severity = if pair.confident() {
                severity
            } else {
                Severity::Warning
            };
            out.push(
                Finding::new(
                    &RULE,
                    ctx.profile,
                    Msg::new(msg)
                        .arg("what", Msg::new(category_msg(category)))
                        .arg("a", va.clone())
                        .arg("alang", la.clone())
                        .arg("fa", fa.clone())
                        .arg("b", vb.clone())
                        .arg("blang", lb.clone())
                        .arg("fb", fb.clone()),
                )
                .severity(severity)
                .section(kind)
                .at(
                    &cmp.a.file,
                    ta.span,
                    Some(
                        Msg::new("label-lang-value")
                            .arg("lang", la)
                            .arg("value", fa),
                    ),
                )
                .at(
                    &cmp.b.file,
                    tb.span,
                    Some(
                        Msg::new("label-lang-value")
                            .arg("lang", lb)
                            .arg("value", fb),
                    ),
                )
                .help(Msg::new("help-title-mismatch")),
            );
        }
    });
}

/// A category's facets as shown in messages: `senior`, or `none`.
fn shown(r: &Reading, category: Category) -> String {
    let f = r.facets(category);
    if f.is_empty() {
        "—".to_string()
    } else {
        f.join("/")
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

/// The contradictions between two readings: per category, its severity
/// and message id.
pub fn differences(a: &Reading, b: &Reading) -> Vec<(Category, Severity, &'static str)> {
    let mut out = Vec::new();
    for category in [
        Category::Employment,
        Category::Seniority,
        Category::Family,
        Category::ProjectRole,
        Category::Degree,
    ] {
        let (fa, fb) = (a.facets(category), b.facets(category));
        let verdict = match (fa.is_empty(), fb.is_empty()) {
            (true, true) => None,
            (false, false) if category == Category::Family => {
                (!families_compatible(&fa, &fb)).then_some((Severity::Error, "title-mismatch"))
            }
            (false, false) => {
                (!fa.iter().any(|f| fb.contains(f))).then_some((Severity::Error, "title-mismatch"))
            }
            // One side only: an internship is a different job; a seniority
            // left out may be modesty or a translation habit.
            _ => match category {
                Category::Employment if fa.contains(&"intern") || fb.contains(&"intern") => {
                    Some((Severity::Error, "title-mismatch-one-side"))
                }
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
    }

    #[test]
    fn faithful_translations_pass() {
        for (a, b) in [
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
        ] {
            assert!(
                verdict(a, b, JOB).is_empty(),
                "{a} vs {b}: {:?}",
                verdict(a, b, JOB)
            );
        }
        for (a, b) in [
            ("Core Member", "核心成员"),
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
