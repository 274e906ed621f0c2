//! Hostile text in a source renders inert. (The CLI snapshots under
//! `tests/cmd/render-hostile-*` show the whole output, but their harness
//! folds `\` into `/` as it does for Windows paths, so the escapes are
//! asserted here, on the raw bytes; the HTML is read back with a real,
//! spec-following HTML parser, never a regex.)

use std::process::Command;

/// `cvpair render` of profile `p` in a case folder under `tests/cmd/`.
fn render_case(case: &str, lang: &str, format: &str) -> String {
    let dir = format!("{}/tests/cmd/{case}.in", env!("CARGO_MANIFEST_DIR"));
    let args = [
        "render",
        "--today",
        "2026-11-25",
        "p",
        "--lang",
        lang,
        "--format",
        format,
    ];
    let out = Command::new(env!("CARGO_BIN_EXE_cvpair"))
        .args(args)
        .current_dir(dir)
        .env("LC_ALL", "C")
        .output()
        .expect("cvpair runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn render(format: &str) -> String {
    render_case("render-hostile-text-md", "en", format)
}

#[test]
fn markdown_escapes_markup_templates_and_links() {
    let md = render("md");
    assert!(md.contains(r"\<script\>alert\(1\)\</script\>"), "{md}");
    assert!(
        !md.contains("{{") && !md.contains("{%"),
        "Liquid must not see a tag: {md}"
    );
    assert!(md.contains("&#123;&#123; site.title &#125;&#125;"), "{md}");
    assert!(
        !md.contains("](javascript:"),
        "javascript: never becomes a link: {md}"
    );
    assert!(md.contains(r"\- not a list"), "{md}");
    assert!(md.contains(r"1\. not a list either"), "{md}");
    assert!(
        md.contains(r"\[not a link\]\(https://example.org\)"),
        "{md}"
    );
    assert!(md.contains(r"- \# not a heading \| not a table"), "{md}");
    assert!(md.contains(r"Acme \<b\>Co\</b\> "), "{md}");
}

#[test]
fn json_resume_carries_text_as_written() {
    let json: serde_json::Value = serde_json::from_str(&render("json")).expect("valid JSON");
    assert_eq!(
        json["basics"]["name"],
        "Eve <script>alert(1)</script> {{ site.title }}"
    );
    assert_eq!(json["work"][0]["startDate"], "2020-01");
    assert!(
        json["work"][0].get("endDate").is_none(),
        "ongoing: no endDate"
    );
    assert!(
        json["work"][0].get("id").is_none(),
        "cvpair's ids are not JSON Resume's"
    );
}

#[test]
fn html_has_no_script_no_unsafe_link_and_text_survives() {
    let page = render("html");
    let doc = scraper::Html::parse_document(&page);
    let select = |css: &str| scraper::Selector::parse(css).expect("selector");
    assert_eq!(
        doc.select(&select("script")).count(),
        0,
        "no script element: {page}"
    );
    assert_eq!(
        doc.select(&select("b")).count(),
        0,
        "user markup stays text"
    );
    for a in doc.select(&select("a")) {
        let href = a.value().attr("href").unwrap_or_default();
        assert!(
            href.starts_with("https://")
                || href.starts_with("http://")
                || href.starts_with("mailto:"),
            "unsafe link {href}"
        );
    }
    for element in doc.select(&select("*")) {
        for (name, _) in element.value().attrs() {
            assert!(!name.starts_with("on"), "event handler attribute {name}");
        }
    }
    let h1: String = doc
        .select(&select("h1"))
        .next()
        .expect("h1")
        .text()
        .collect();
    assert_eq!(
        h1, "Eve <script>alert(1)</script> {{ site.title }}",
        "the name reads as written"
    );
    let title: String = doc
        .select(&select("h3"))
        .next()
        .expect("h3")
        .text()
        .collect();
    assert!(
        title.contains(r#"Acme <b>Co</b> "quoted" & sons"#),
        "{title}"
    );
    let lang = doc
        .select(&select("html"))
        .next()
        .and_then(|h| h.value().attr("lang"));
    assert_eq!(lang, Some("en"));
}

#[test]
fn no_unicode_isolation_marks_leak_into_any_format() {
    for format in ["md", "html", "json"] {
        for lang in ["en", "zh-CN"] {
            let text = render_case("render-md-zh", lang, format);
            assert!(!text.is_empty(), "{format} {lang}");
            assert!(
                !text.contains(['\u{2068}', '\u{2069}']),
                "{format} {lang} carries isolation marks"
            );
        }
    }
}
