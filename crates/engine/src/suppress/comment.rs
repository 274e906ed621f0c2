//! The comment form: `# cvpair: ignore[rule, rule] reason`.
//!
//! The YAML parser drops comments, so they are read from the text. A
//! comment starts at a `#` at the start of a line or after a space, which is
//! YAML's own rule; `C# developer` is text, not a comment.

use super::{Malformed, Written};
use crate::model::Span;

pub(super) fn read(text: &str, entries: &[(u32, u32)]) -> (Vec<Written>, Vec<Malformed>) {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut written = Vec::new();
    let mut malformed = Vec::new();
    let mut offset = 0u32;
    for (i, line) in lines.iter().enumerate() {
        let number = i as u32 + 1;
        if let Some((hash, body)) = marker(line) {
            let before = &line[..hash];
            // Alone on its line, a comment speaks of the line below it.
            let target = if before.trim().is_empty() {
                next_content_line(&lines, i).unwrap_or(number)
            } else {
                number
            };
            let covered = entries
                .iter()
                .find(|(first, _)| *first == target)
                .copied()
                .unwrap_or((target, target));
            let col0 = line[..body].chars().count() as u32;
            let at = |col: u32, len: u32| Span {
                start: offset + col,
                end: offset + col + len,
                line: number,
                col: col + 1,
            };
            match parse(&line[body..]) {
                Some((names, reason)) => {
                    for (name, at_char) in names {
                        written.push(Written {
                            name: name.to_string(),
                            reason: reason.clone(),
                            at: at(col0 + at_char, name.chars().count() as u32),
                            lines: covered,
                        });
                    }
                }
                None => malformed.push(Malformed {
                    at: at(line[..hash].chars().count() as u32, 1),
                }),
            }
        }
        offset += line.chars().count() as u32 + 1;
    }
    (written, malformed)
}

/// The `#` of a cvpair comment on this line, and where its text after
/// `cvpair:` begins, as byte offsets.
fn marker(line: &str) -> Option<(usize, usize)> {
    let bytes = line.as_bytes();
    line.match_indices('#').find_map(|(i, _)| {
        if i > 0 && !matches!(bytes[i - 1], b' ' | b'\t') {
            return None;
        }
        let rest = &line[i + 1..];
        let trimmed = rest.trim_start();
        let after = trimmed
            .strip_prefix("cvpair")?
            .trim_start()
            .strip_prefix(':')?;
        Some((i, line.len() - after.len()))
    })
}

/// `ignore[a, b] reason` → names with their char offsets in `body`, and
/// the reason.
#[allow(clippy::type_complexity)]
fn parse(body: &str) -> Option<(Vec<(&str, u32)>, Option<String>)> {
    let lead = body.len() - body.trim_start().len();
    let rest = body[lead..].strip_prefix("ignore")?;
    let open = body.len() - rest.trim_start().len();
    let inner_start = open + 1;
    if !body[open..].starts_with('[') {
        return None;
    }
    let close = inner_start + body[inner_start..].find(']')?;
    let mut names = Vec::new();
    let mut pos = inner_start;
    for part in body[inner_start..close].split(',') {
        let name = part.trim();
        if !name.is_empty() {
            let at = pos + (part.len() - part.trim_start().len());
            names.push((name, body[..at].chars().count() as u32));
        }
        pos += part.len() + 1;
    }
    if names.is_empty() {
        return None;
    }
    let reason = body[close + 1..]
        .trim()
        .trim_start_matches(['-', '—', ':', '–'])
        .trim();
    Some((names, (!reason.is_empty()).then(|| reason.to_string())))
}

fn next_content_line(lines: &[&str], from: usize) -> Option<u32> {
    lines
        .iter()
        .enumerate()
        .skip(from + 1)
        .find(|(_, l)| {
            let t = l.trim();
            !t.is_empty() && !t.starts_with('#')
        })
        .map(|(i, _)| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_reason_and_columns() {
        let (w, m) = read("a: 1  # cvpair: ignore[x-y,  z] because — so\n", &[]);
        assert!(m.is_empty());
        let got: Vec<_> = w
            .iter()
            .map(|w| (w.name.as_str(), w.at.col, w.lines))
            .collect();
        assert_eq!(got, vec![("x-y", 24, (1, 1)), ("z", 30, (1, 1))]);
        assert_eq!(w[0].reason.as_deref(), Some("because — so"));
    }

    #[test]
    fn chinese_text_before_keeps_columns_in_characters() {
        let (w, _) = read("name: 陈美 # cvpair: ignore[name-mismatch] 用英文名\n", &[]);
        assert_eq!(w[0].at.col, 27);
        assert_eq!(w[0].reason.as_deref(), Some("用英文名"));
    }

    #[test]
    fn malformed_forms() {
        for text in [
            "a: 1 # cvpair: ignore date-mismatch\n",
            "a: 1 # cvpair: ignore[]\n",
            "a: 1 # cvpair: skip[x]\n",
            "a: 1 # cvpair: ignore[x\n",
        ] {
            let (w, m) = read(text, &[]);
            assert!(w.is_empty() && m.len() == 1, "{text}");
        }
    }
}
