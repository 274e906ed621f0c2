//! Making a user's text inert in each output format. A résumé is free text
//! typed by a person: `<script>`, `{{ site.x }}`, `*` and `[` must come out
//! as the characters they are, never as markup, template code or links.

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
}
