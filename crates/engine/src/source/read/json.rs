//! JSON to a located tree, refusing what JSON forbids and YAML's flow
//! syntax allows.
//!
//! A `.json` source is read by the YAML parser (JSON is nearly a subset of
//! YAML, and one parser keeps spans and limits the same), which accepts
//! `{"a": 1,}` and `[1, 2,]`: the file would then work here and fail in
//! every JSON tool that reads it next (a résumé site, a JSON Resume
//! theme). Such commas are reported where they are.

use crate::message::Msg;
use crate::tree::{Node, Span, TreeError};

/// Parses JSON: every trailing comma and the first syntax error, in file
/// order.
pub fn parse(text: &str) -> Result<Option<Node>, Vec<TreeError>> {
    let mut errors: Vec<TreeError> = trailing_commas(text)
        .into_iter()
        .map(|span| TreeError {
            span,
            msg: Msg::new("error-json-trailing-comma"),
        })
        .collect();
    match super::yaml::parse(text) {
        Ok(root) if errors.is_empty() => Ok(root),
        Ok(_) => Err(errors),
        Err(e) => {
            errors.push(e);
            errors.sort_by_key(|e| e.span.start);
            Err(errors)
        }
    }
}

/// Every comma followed, past whitespace, by `}` or `]`, outside strings.
pub fn trailing_commas(text: &str) -> Vec<Span> {
    let mut found = Vec::new();
    let (mut line, mut col, mut index) = (1u32, 1u32, 0u32);
    let mut in_string = false;
    let mut escaped = false;
    let mut comma: Option<Span> = None;
    for c in text.chars() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else {
            match c {
                '"' => {
                    in_string = true;
                    comma = None;
                }
                ',' => {
                    comma = Some(Span {
                        start: index,
                        end: index + 1,
                        line,
                        col,
                    });
                }
                '}' | ']' => found.extend(comma.take()),
                c if c.is_whitespace() => {}
                _ => comma = None,
            }
        }
        index += 1;
        if c == '\n' {
            line += 1;
            col = 1;
        } else {
            col += 1;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(text: &str) -> Vec<(u32, u32)> {
        trailing_commas(text)
            .iter()
            .map(|s| (s.line, s.col))
            .collect()
    }

    #[test]
    fn trailing_commas_are_found() {
        assert_eq!(places("{\"a\": 1,}"), vec![(1, 8)]);
        assert_eq!(places("[1, 2,\n  ]"), vec![(1, 6)]);
        assert_eq!(
            places("{\"a\": [1,], \"b\": {\"c\": 2,\n}}"),
            vec![(1, 9), (1, 25)]
        );
    }

    #[test]
    fn commas_in_strings_and_between_values_are_not() {
        assert!(places("{\"a\": \",}\", \"b\": [1, 2]}").is_empty());
        assert!(places("{\"a\": \"\\\",]\"}").is_empty());
    }
}
