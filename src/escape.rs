//! Making a user's text inert in each output format, in one place for
//! every format cvpair writes (rendered pages and reports alike). A résumé
//! is free text typed by a person: `<script>`, `{{ site.x }}`, `*`, `[`,
//! `%0A` and `::` must come out as the characters they are, never as
//! markup, template code, links or workflow commands.

/// Text in Markdown, also safe from Jekyll's Liquid: Markdown's control
/// characters are backslash-escaped, and braces become HTML entities so
/// `{{ }}` and `{% %}` are never seen by the template engine. For text
/// that starts a line (a paragraph): nothing in it may start a list,
/// quote or heading underline either.
pub fn markdown(text: &str) -> String {
    escape(text, true)
}

/// The same for text in the middle of a line (after `- `, `### `, a label).
pub fn markdown_inline(text: &str) -> String {
    escape(text.replace('\n', " ").as_str(), false)
}

fn escape(text: &str, block: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let trimmed = line.trim_start();
        // A line may not start a list or a heading underline: "- x" gets
        // "\- x", "1. x" gets "1\. x" (CommonMark's escapes).
        if block && trimmed.starts_with(['-', '+', '=']) {
            out.push('\\');
        }
        let ordered_dot = trimmed
            .split_once('.')
            .filter(|(n, _)| block && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            .map(|(n, _)| line.len() - trimmed.len() + n.len());
        for (at, c) in line.char_indices() {
            if Some(at) == ordered_dot {
                out.push_str("\\.");
                continue;
            }
            match c {
                '\\' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '#' | '|' | '~' | '!' | '<'
                | '>' => {
                    out.push('\\');
                    out.push(c);
                }
                '{' => out.push_str("&#123;"),
                '}' => out.push_str("&#125;"),
                '&' => out.push_str("&amp;"),
                c => out.push(c),
            }
        }
    }
    out
}

/// Text or an attribute value in HTML: the five characters that can end
/// text or an attribute become entities, so no user text is ever markup.
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Whether a URL may become a link: only web and mail addresses, so a
/// `javascript:` or `data:` URL in a source is shown, never followed.
pub fn linkable(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:"))
        && !url.chars().any(|c| c.is_control() || c.is_whitespace())
}

/// A URL inside Markdown's `(...)`: brackets, spaces and quotes
/// percent-encoded.
pub fn markdown_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.trim().chars() {
        match c {
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            ' ' => out.push_str("%20"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '"' => out.push_str("%22"),
            c => out.push(c),
        }
    }
    out
}

/// Element text: markup characters as entities, and a carriage return as
/// `&#13;`, which a parser would otherwise turn into a line feed.
pub fn xml_text(s: &str) -> String {
    xml(s, false)
}

/// Attribute values: as [`xml_text`], and line feeds and tabs as references
/// too, since a parser normalises them to spaces in attributes.
pub fn xml_attr(s: &str) -> String {
    xml(s, true)
}

fn xml(s: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\t' if attribute => out.push_str("&#9;"),
            // XML 1.0 has no way to write these, not even as references;
            // the replacement character shows that something was there.
            '\0'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => {
                out.push('\u{fffd}');
            }
            c => out.push(c),
        }
    }
    out
}

/// `escapeData` of `@actions/core`.
pub fn github_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// `escapeProperty` of `@actions/core`: property values end at `,` and the
/// property list at `:`.
pub fn github_property(s: &str) -> String {
    github_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_is_inert() {
        assert_eq!(markdown("{{ site.x }}"), "&#123;&#123; site.x &#125;&#125;");
        assert_eq!(markdown("{% include x %}"), "&#123;% include x %&#125;");
        assert_eq!(markdown_inline("+86 138"), "+86 138");
        assert_eq!(markdown("+86 138"), "\\+86 138");
        assert_eq!(
            markdown("<script>alert(1)</script>"),
            "\\<script\\>alert\\(1\\)\\</script\\>"
        );
        assert_eq!(
            markdown("[click](javascript:x)"),
            "\\[click\\]\\(javascript:x\\)"
        );
        assert_eq!(markdown("- not a list"), "\\- not a list");
        assert_eq!(markdown("1. not a list"), "1\\. not a list");
        assert_eq!(markdown("> not a quote"), "\\> not a quote");
        assert!(!linkable("javascript:alert(1)"));
        assert!(!linkable("data:text/html,x"));
        assert!(linkable("https://example.org/a"));
        assert!(linkable("mailto:a@example.org"));
        assert_eq!(
            markdown_url("https://example.org/a (b)"),
            "https://example.org/a%20%28b%29"
        );
    }

    #[test]
    fn xml_markup_characters_become_entities() {
        assert_eq!(
            xml_text(r#"<a href="x">&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;"
        );
        assert_eq!(xml_text("]]>"), "]]&gt;");
    }

    #[test]
    fn xml_line_breaks_survive_attribute_normalisation() {
        assert_eq!(xml_attr("a\r\nb\tc"), "a&#13;&#10;b&#9;c");
        assert_eq!(xml_text("a\r\nb\tc"), "a&#13;\nb\tc");
    }

    #[test]
    fn characters_xml_cannot_hold_are_replaced() {
        assert_eq!(
            xml_text("a\u{0}b\u{1b}c\u{ffff}"),
            "a\u{fffd}b\u{fffd}c\u{fffd}"
        );
        assert_eq!(xml_text("中文 é \u{10000}"), "中文 é \u{10000}");
    }

    #[test]
    fn github_data_escapes_percent_first_and_line_breaks() {
        assert_eq!(github_data("100%\r\n::a,b:c"), "100%25%0D%0A::a,b:c");
        // `%0A` written by the user stays text, not a line break.
        assert_eq!(github_data("%0A"), "%250A");
    }

    #[test]
    fn github_properties_also_escape_their_separators() {
        assert_eq!(
            github_property("100%\r\n::a,b:c"),
            "100%25%0D%0A%3A%3Aa%2Cb%3Ac"
        );
    }
}
