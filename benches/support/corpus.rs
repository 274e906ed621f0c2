//! A generator of realistic bilingual profiles for benchmarks: invented
//! people at invented companies, the English and Chinese files faithful to
//! each other except for the slips planted in one profile in ten.
//!
//! Deterministic (a fixed-seed xorshift), so every run measures the same
//! bytes; the corpus is written to a temporary folder, never committed.

use std::fmt::Write as _;
use std::path::Path;

pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// (pinyin brand, Chinese brand, English field, Chinese field)
const BRANDS: &[(&str, &str)] = &[
    ("Xiaoju", "小橘"),
    ("Lanjing", "蓝鲸"),
    ("Yunfan", "云帆"),
    ("Qingshan", "青山"),
    ("Haitao", "海涛"),
    ("Xingchen", "星辰"),
    ("Jinqiao", "金桥"),
    ("Baihe", "百合"),
    ("Feiyu", "飞鱼"),
    ("Mingyue", "明月"),
    ("Songlin", "松林"),
    ("Chuangxin", "创新"),
];
const FIELDS: &[(&str, &str)] = &[
    ("Technology", "科技"),
    ("Information Technology", "信息技术"),
    ("Network", "网络"),
    ("Data", "数据"),
    ("Software", "软件"),
];
const CITIES: &[(&str, &str)] = &[
    ("Hangzhou", "杭州"),
    ("Beijing", "北京"),
    ("Shanghai", "上海"),
    ("Shenzhen", "深圳"),
    ("Chengdu", "成都"),
];
const POSITIONS: &[(&str, &str)] = &[
    ("Backend Engineer", "后端工程师"),
    ("Senior Algorithm Engineer", "高级算法工程师"),
    ("Data Analyst", "数据分析师"),
    ("Product Manager", "产品经理"),
    ("Frontend Engineer", "前端工程师"),
    ("Machine Learning Engineer", "机器学习工程师"),
    ("Algorithm Intern", "算法实习生"),
    ("QA Engineer", "测试工程师"),
];
const UNIVERSITIES: &[(&str, &str)] = &[
    ("Zhejiang University", "浙江大学"),
    ("Wuhan University", "武汉大学"),
    ("Fudan University", "复旦大学"),
    ("Nanjing University", "南京大学"),
    ("Sichuan University", "四川大学"),
    ("Xiamen University", "厦门大学"),
];
const DEGREES: &[(&str, &str)] = &[("Bachelor", "本科"), ("Master", "硕士"), ("PhD", "博士")];
const AREAS: &[(&str, &str)] = &[
    ("Computer Science", "计算机科学"),
    ("Statistics", "统计学"),
    ("Software Engineering", "软件工程"),
];
const PROJECT_WORDS: &[(&str, &str)] = &[
    ("Recommendation Platform", "推荐平台"),
    ("Search Ranking", "搜索排序"),
    ("Data Pipeline", "数据管道"),
    ("Risk Control System", "风控系统"),
    ("Mobile App", "移动应用"),
];
const ROLES: &[(&str, &str)] = &[
    ("Core Member", "核心成员"),
    ("Project Lead", "项目负责人"),
    ("Member", "成员"),
];
const GIVEN: &[(&str, &str)] = &[
    ("Kai", "凯"),
    ("Meiling", "美玲"),
    ("Ada", "艾达"),
    ("Hao", "浩"),
    ("Xinyi", "心怡"),
];
const FAMILY: &[(&str, &str)] = &[
    ("Zhou", "周"),
    ("Chen", "陈"),
    ("Lin", "林"),
    ("Wang", "王"),
    ("Li", "李"),
];

struct Span {
    start: (u32, u32),
    end: Option<(u32, u32)>,
}

fn en_date(rng: &mut Rng, (y, m): (u32, u32)) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match rng.below(3) {
        0 => format!("{y}-{m:02}"),
        1 => format!("{m:02}/{y}"),
        _ => format!("{} {y}", MONTHS[(m - 1) as usize]),
    }
}

fn zh_date(rng: &mut Rng, (y, m): (u32, u32)) -> String {
    match rng.below(3) {
        0 => format!("{y}.{m:02}"),
        1 => format!("{y}年{m}月"),
        _ => format!("{y}.{m}"),
    }
}

/// Writes one profile folder (`en.yaml`, `zh-CN.yaml`) with `entries`
/// entries in all, and returns the bytes written.
pub fn write_profile(dir: &Path, seed: u64, entries: usize) -> std::io::Result<u64> {
    let mut rng = Rng::new(seed);
    let planted = seed % 10 == 0;
    let (gn, gz) = *rng.pick(GIVEN);
    let (fnm, fz) = *rng.pick(FAMILY);
    let mut en = format!(
        "basics:\n  name: {gn} {fnm}\n  email: {}.{}{seed}@example.org\n  phone: +86 138 0000 {:04}\n",
        gn.to_lowercase(),
        fnm.to_lowercase(),
        seed % 10_000
    );
    let mut zh = format!(
        "basics:\n  name: {fz}{gz}\n  email: {}.{}{seed}@example.org\n  phone: +86 138 0000 {:04}\n",
        gn.to_lowercase(),
        fnm.to_lowercase(),
        seed % 10_000
    );
    let jobs = (entries * 2 / 5).max(1);
    let schools = (entries / 5).clamp(1, 3);
    let projects = entries.saturating_sub(jobs + schools).max(1);
    let lengths: Vec<u32> = (0..jobs).map(|_| 1 + rng.below(3) as u32).collect();
    // Careers end in 2025, so no start date is in the future.
    let mut year = 2025 - lengths.iter().sum::<u32>().min(80);
    let mut spans = Vec::new();
    for (i, &len) in lengths.iter().enumerate() {
        let start = (year, 1 + rng.below(12) as u32);
        let end = if i + 1 == jobs {
            None
        } else {
            Some((year + len, 1 + rng.below(12) as u32))
        };
        spans.push(Span { start, end });
        year += len;
    }
    en.push_str("work:\n");
    zh.push_str("work:\n");
    for (i, span) in spans.iter().enumerate() {
        let (bp, bz) = BRANDS[(seed as usize + i) % BRANDS.len()];
        let (fe, fzw) = *rng.pick(FIELDS);
        let (ce, cz) = *rng.pick(CITIES);
        let (pe, pz) = *rng.pick(POSITIONS);
        let start_en = en_date(&mut rng, span.start);
        let mut start_zh = zh_date(&mut rng, span.start);
        if planted && i == 0 {
            start_zh = zh_date(&mut rng, (span.start.0 - 1, span.start.1));
        }
        let _ = write!(
            en,
            "  - name: {ce} {bp} {fe} Co., Ltd.\n    position: {pe}\n    startDate: {start_en}\n"
        );
        let _ = write!(
            zh,
            "  - name: {cz}{bz}{fzw}有限公司\n    position: {pz}\n    startDate: {start_zh}\n"
        );
        match span.end {
            Some(end) => {
                let _ = writeln!(en, "    endDate: {}", en_date(&mut rng, end));
                let _ = writeln!(zh, "    endDate: {}", zh_date(&mut rng, end));
            }
            None => {
                en.push_str("    endDate: present\n");
                zh.push_str("    endDate: 至今\n");
            }
        }
        let n = 10 + rng.below(80);
        let _ = writeln!(
            en,
            "    highlights:\n      - Cut p99 latency by {n}% for 100,000 daily users"
        );
        let _ = writeln!(
            zh,
            "    highlights:\n      - 将 p99 延迟降低 {n}%，服务日均 10万 用户"
        );
    }
    en.push_str("education:\n");
    zh.push_str("education:\n");
    let mut y = 1995 + rng.below(10) as u32;
    for _ in 0..schools {
        let (ue, uz) = *rng.pick(UNIVERSITIES);
        let (de, dz) = *rng.pick(DEGREES);
        let (ae, az) = *rng.pick(AREAS);
        let _ = write!(
            en,
            "  - institution: {ue}\n    studyType: {de}\n    area: {ae}\n    startDate: {y}-09\n    endDate: {}-06\n",
            y + 3
        );
        let _ = write!(
            zh,
            "  - institution: {uz}\n    studyType: {dz}\n    area: {az}\n    startDate: {y}.09\n    endDate: {}.06\n",
            y + 3
        );
        y += 3;
    }
    en.push_str("projects:\n");
    zh.push_str("projects:\n");
    for i in 0..projects {
        let (we, wz) = PROJECT_WORDS[i % PROJECT_WORDS.len()];
        let (re, rz) = *rng.pick(ROLES);
        let start = (2005 + rng.below(18) as u32, 1 + rng.below(12) as u32);
        let (se, sz) = (en_date(&mut rng, start), zh_date(&mut rng, start));
        let _ = write!(
            en,
            "  - name: {we} {i}\n    roles: [{re}]\n    startDate: {se}\n    url: https://example.org/p/{seed}/{i}\n"
        );
        if planted && i == 0 {
            continue; // a project only in English
        }
        let _ = write!(
            zh,
            "  - name: {wz} {i}\n    roles: [{rz}]\n    startDate: {sz}\n    url: https://example.org/p/{seed}/{i}\n"
        );
    }
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("en.yaml"), &en)?;
    std::fs::write(dir.join("zh-CN.yaml"), &zh)?;
    Ok((en.len() + zh.len()) as u64)
}

/// Writes a profile whose `work` section has `n` entries per language,
/// one month each, in reverse order on the Chinese side: the worst case
/// for alignment, which is quadratic in the entries of a section.
pub fn write_long_section(dir: &Path, n: usize) -> std::io::Result<()> {
    let mut en = String::from("basics:\n  name: Kai Zhou\nwork:\n");
    let mut zh = String::from("basics:\n  name: 周凯\nwork:\n");
    let mut rng = Rng::new(n as u64);
    let mut entries: Vec<(String, String)> = Vec::new();
    for i in 0..n {
        let (bp, bz) = BRANDS[i % BRANDS.len()];
        let (ce, cz) = CITIES[(i / BRANDS.len()) % CITIES.len()];
        let (pe, pz) = *rng.pick(POSITIONS);
        let month = 2025 * 12 - 1 - i as u32;
        let date = (month / 12, month % 12 + 1);
        let _ = write!(
            en,
            "  - name: {ce} {bp} Technology Co., Ltd.\n    position: {pe}\n    startDate: {}\n    endDate: {}\n",
            en_date(&mut rng, date),
            en_date(&mut rng, date)
        );
        entries.push((
            format!("  - name: {cz}{bz}科技有限公司\n    position: {pz}\n"),
            format!(
                "    startDate: {}\n    endDate: {}\n",
                zh_date(&mut rng, date),
                zh_date(&mut rng, date)
            ),
        ));
    }
    for (a, b) in entries.iter().rev() {
        zh.push_str(a);
        zh.push_str(b);
    }
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("en.yaml"), en)?;
    std::fs::write(dir.join("zh-CN.yaml"), zh)
}
