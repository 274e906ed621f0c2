//! Characters typed by mistake that break YAML's structure, named where
//! they are.
//!
//! The parser reports where it gave up, which is often a line after the
//! slip (a full-width colon typed with a Chinese input method leaves a key
//! without its `:`, and the parser notices on the next line) or before it
//! (a tab after a value). Its words (`simple key expect ':'`) name its
//! state, not the character. When a parse fails, the lines around the
//! failure are searched for the slips people make, and the error points at
//! the character itself and says what it is.

use crate::message::Msg;
use crate::tree::Span;

/// A slip's place and what to call it.
pub struct Slip {
    pub span: Span,
    pub msg: Msg,
}

/// The slip that most likely caused a parse error at `line` (1-based) and
/// character `index`, with the parser's own words in `info`.
pub fn find(text: &str, line: u32, index: u32, info: &str) -> Option<Slip> {
    let lines: Vec<(u32, u32, &str)> = numbered_lines(text)
        .filter(|(n, _, _)| n + 1 >= line && *n <= line + 1)
        .collect();
    tab(&lines, index, info.contains("tab"))
        .or_else(|| full_width_colon(text, line))
        .or_else(|| full_width_opener(&lines, line))
}

/// Each line with its 1-based number and the index of its first character.
fn numbered_lines(text: &str) -> impl Iterator<Item = (u32, u32, &str)> {
    let mut start = 0u32;
    text.split('\n').enumerate().map(move |(i, l)| {
        let first = start;
        start += l.chars().count() as u32 + 1;
        (i as u32 + 1, first, l.strip_suffix('\r').unwrap_or(l))
    })
}

fn at(line: u32, first: u32, col0: usize, msg: &'static str) -> Slip {
    let index = first + col0 as u32;
    Slip {
        span: Span {
            start: index,
            end: index + 1,
            line,
            col: col0 as u32 + 1,
        },
        msg: Msg::new(msg),
    }
}

/// A tab where YAML's structure is: in the indentation, or after a `:`
/// or `-` indicator. A tab inside a value is text and harmless. When the
/// parser named a tab, any tab near the failure will do.
fn tab(lines: &[(u32, u32, &str)], index: u32, named: bool) -> Option<Slip> {
    let mut best: Option<(u32, Slip)> = None;
    for &(n, first, l) in lines {
        let chars: Vec<char> = l.chars().collect();
        for (col0, &c) in chars.iter().enumerate() {
            if c != '\t' {
                continue;
            }
            let before = chars[..col0].iter().rev().find(|c| **c != '\t');
            let structural = before.is_none_or(|b| *b == ' ' || *b == ':' || *b == '-');
            if !structural && !named {
                continue;
            }
            let distance = (first + col0 as u32).abs_diff(index);
            if best.as_ref().is_none_or(|(d, _)| distance < *d) {
                best = Some((distance, at(n, first, col0, "error-tab")));
            }
        }
    }
    best.map(|(_, slip)| slip)
}

/// `position：后端工程师`: a field name and a full-width colon, on the line
/// of the failure or the last line with content before it.
fn full_width_colon(text: &str, line: u32) -> Option<Slip> {
    let candidates: Vec<(u32, u32, &str)> = numbered_lines(text)
        .take_while(|(n, _, _)| *n <= line)
        .filter(|(_, _, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .collect();
    let start = candidates.len().saturating_sub(2);
    candidates[start..].iter().rev().find_map(|&(n, first, l)| {
        let body = l.trim_start_matches([' ', '\t']);
        let body = body.strip_prefix("- ").unwrap_or(body);
        let offset = field_colon(body)?;
        let col0 = l.chars().count() - body.chars().count() + offset;
        Some(at(n, first, col0, "error-full-width-colon"))
    })
}

/// Where the full-width colon is (in characters) when `text` starts with
/// a field name and one: `position：后端`, never `负责：后端` or a sentence.
fn field_colon(text: &str) -> Option<usize> {
    let (key, _) = text.split_once('：')?;
    let is_field = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    is_field.then(|| key.chars().count())
}

/// A value read as text where a map was expected, because its only key
/// was written with a full-width colon (`basics:` then `  name：王浩`,
/// which YAML reads as the text "name：王浩"): the colon's place.
pub fn colon_in_text(value: &str, span: Span) -> Option<Slip> {
    let offset = field_colon(value)? as u32;
    Some(Slip {
        span: Span {
            start: span.start + offset,
            end: span.start + offset + 1,
            line: span.line,
            col: span.col + offset,
        },
        msg: Msg::new("error-full-width-colon"),
    })
}

/// Full-width characters that open a line where YAML wants its own: an
/// ideographic space (U+3000) as indentation, a full-width hyphen (U+FF0D)
/// as a list item's dash. Both are typed with a Chinese input method in
/// full-width mode, and YAML reads them as part of a key.
const LINE_OPENERS: &[(char, &str)] = &[
    ('\u{3000}', "error-full-width-space"),
    ('－', "error-full-width-dash"),
];

/// A key that starts with a full-width opener: `　　email:` silently
/// leaves `basics`, and `－ name:` makes `work` a map.
pub fn full_width_key(key: &str, span: Span) -> Option<Slip> {
    let first = key.chars().next()?;
    let (_, msg) = LINE_OPENERS.iter().find(|(c, _)| *c == first)?;
    Some(Slip {
        span: Span {
            end: span.start + 1,
            ..span
        },
        msg: Msg::new(msg),
    })
}

/// A line near a parse failure that opens with a full-width opener.
fn full_width_opener(lines: &[(u32, u32, &str)], line: u32) -> Option<Slip> {
    lines
        .iter()
        .filter(|(n, _, _)| *n <= line)
        .find_map(|&(n, first, l)| {
            let col0 = l.chars().position(|c| c != ' ')?;
            let c = l.chars().nth(col0)?;
            let (_, msg) = LINE_OPENERS.iter().find(|(o, _)| *o == c)?;
            Some(at(n, first, col0, msg))
        })
}

#[cfg(test)]
mod tests {
    use crate::source::read::yaml::parse;

    fn error_at(text: &str) -> (String, u32, u32) {
        let e = parse(text).unwrap_err();
        (e.msg.id.to_string(), e.span.line, e.span.col)
    }

    #[test]
    fn a_full_width_colon_is_named_where_it_is() {
        let text = "work:\n  - name: Acme\n    position：后端工程师\n    startDate: 2021-01\n";
        assert_eq!(error_at(text), ("error-full-width-colon".into(), 3, 13));
        let text = "basics:\n  name：Hao Wang\n  email: a@example.org\n";
        assert_eq!(error_at(text), ("error-full-width-colon".into(), 2, 7));
    }

    #[test]
    fn a_full_width_colon_inside_text_is_not_blamed() {
        // A highlight may say 负责：后端; the error here is the bracket.
        let text = "highlights:\n  - 负责：后端\nkeywords: [a, b\n";
        assert_eq!(error_at(text).0, "error-syntax");
    }

    #[test]
    fn tabs_are_named_where_they_are() {
        let text = "work:\n  - name: Acme\n    position: Engineer\n\tstartDate: 2021-01\n";
        assert_eq!(error_at(text), ("error-tab".into(), 4, 1));
        let text = "basics:\n\tname: Hao Wang\n";
        assert_eq!(error_at(text), ("error-tab".into(), 2, 1));
        let text = "work:\n  - name: Acme\n    startDate:\t2021-01\n";
        assert_eq!(error_at(text), ("error-tab".into(), 3, 15));
    }

    #[test]
    fn a_full_width_dash_is_named() {
        let text = "work:\n  － name: Acme\n    position: Engineer\n";
        assert_eq!(error_at(text), ("error-full-width-dash".into(), 2, 3));
        let text = "work:\n  － name: Acme\n";
        assert_eq!(error_at(text), ("error-full-width-dash".into(), 2, 3));
    }

    #[test]
    fn a_full_width_space_in_the_indentation_is_named() {
        let text = "basics:\n  name: 王浩\n\u{3000}\u{3000}email: a@example.org\nwork: []\n";
        assert_eq!(error_at(text), ("error-full-width-space".into(), 3, 1));
    }
}
