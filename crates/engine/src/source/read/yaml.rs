//! YAML to a located tree.
//!
//! Built from the parser's event stream rather than through serde, for two
//! reasons: every scalar keeps its exact span and its text as written (see
//! [`crate::source::tree`]). Building the tree by hand also lets the loader
//! enforce its limits (depth, aliases) while parsing, before a hostile file
//! can cost anything.

use std::collections::HashSet;

use saphyr_parser::{Event, Parser, ScalarStyle, ScanError};

use super::slips;
use crate::message::Msg;
use crate::source::limits::{MAX_ALIAS_NODES, MAX_DEPTH, MAX_ENTRIES};
use crate::tree::{Kind, Node, Span, TreeError};

impl From<slips::Slip> for TreeError {
    fn from(slip: slips::Slip) -> Self {
        TreeError {
            span: slip.span,
            msg: slip.msg,
        }
    }
}

enum Frame {
    Seq {
        items: Vec<Node>,
        start: Span,
        anchor: usize,
    },
    Map {
        pairs: Vec<(Node, Node)>,
        key: Option<Node>,
        /// Key index, built only once a map grows past [`LINEAR_KEY_SCAN`].
        index: Option<HashSet<String>>,
        start: Span,
        anchor: usize,
    },
}

fn span_of(s: &saphyr_parser::Span) -> Span {
    Span {
        start: s.start.index() as u32,
        end: s.end.index() as u32,
        line: s.start.line() as u32,
        col: s.start.col() as u32 + 1,
    }
}

fn scan_error(text: &str, e: &ScanError) -> TreeError {
    let m = e.marker();
    if let Some(slip) = slips::find(text, m.line() as u32, m.index() as u32, e.info()) {
        return slip.into();
    }
    TreeError {
        span: Span {
            start: m.index() as u32,
            end: m.index() as u32,
            line: m.line() as u32,
            col: m.col() as u32 + 1,
        },
        // The scanner has its own nesting limit (255 flow levels), above
        // ours; reaching it means the file is nested too deep either way.
        msg: if e.info() == "recursion limit exceeded" {
            Msg::new("error-too-deep").arg("limit", MAX_DEPTH)
        } else {
            Msg::new("error-syntax").arg("detail", e.info().to_string())
        },
    }
}

/// Parses one document. `Ok(None)` means the file holds no document at all
/// (empty, or only comments).
pub fn parse(text: &str) -> Result<Option<Node>, TreeError> {
    let mut parser = Parser::new_from_str(text);
    let mut stack: Vec<Frame> = Vec::new();
    let mut root: Option<Node> = None;
    let mut anchors: Vec<(usize, Node)> = Vec::new();
    let mut alias_nodes = 0usize;
    let mut documents = 0usize;

    while let Some(event) = parser.next_event() {
        let (event, span) = event.map_err(|e| scan_error(text, &e))?;
        let span = span_of(&span);
        let node = match event {
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    return Err(TreeError {
                        span,
                        msg: Msg::new("error-several-documents"),
                    });
                }
                continue;
            }
            Event::Scalar(value, style, anchor, _tag) => {
                let kind = if style == ScalarStyle::Plain
                    && matches!(&*value, "" | "~" | "null" | "Null" | "NULL")
                {
                    Kind::Null
                } else {
                    Kind::Scalar(value.into_owned())
                };
                let node = Node { kind, span };
                remember(&mut anchors, anchor, &node);
                node
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(TreeError {
                        span,
                        msg: Msg::new("error-too-deep").arg("limit", MAX_DEPTH),
                    });
                }
                stack.push(if matches!(event, Event::SequenceStart(..)) {
                    Frame::Seq {
                        items: Vec::new(),
                        start: span,
                        anchor,
                    }
                } else {
                    Frame::Map {
                        pairs: Vec::new(),
                        key: None,
                        index: None,
                        start: span,
                        anchor,
                    }
                });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let (kind, start, anchor) = match stack.pop() {
                    Some(Frame::Seq {
                        items,
                        start,
                        anchor,
                    }) => (Kind::Seq(items), start, anchor),
                    Some(Frame::Map {
                        pairs,
                        start,
                        anchor,
                        ..
                    }) => (Kind::Map(pairs), start, anchor),
                    None => continue,
                };
                let node = Node {
                    kind,
                    span: Span {
                        end: span.end.max(start.start),
                        ..start
                    },
                };
                remember(&mut anchors, anchor, &node);
                node
            }
            Event::Alias(id) => {
                let Some((_, target)) = anchors.iter().rev().find(|(a, _)| *a == id) else {
                    return Err(TreeError {
                        span,
                        msg: Msg::new("error-unknown-alias"),
                    });
                };
                alias_nodes += target.count();
                if alias_nodes > MAX_ALIAS_NODES {
                    return Err(TreeError {
                        span,
                        msg: Msg::new("error-alias-limit").arg("limit", MAX_ALIAS_NODES),
                    });
                }
                // The copy points at the alias, where the reader looks.
                let mut copy = target.clone();
                copy.span = span;
                copy
            }
            Event::StreamEnd => break,
            Event::Nothing | Event::StreamStart | Event::DocumentEnd => continue,
        };
        attach(&mut stack, &mut root, node)?;
    }
    Ok(root)
}

fn remember(anchors: &mut Vec<(usize, Node)>, anchor: usize, node: &Node) {
    if anchor > 0 {
        anchors.push((anchor, node.clone()));
    }
}

/// Maps with more keys than this look duplicates up in a hash set; smaller
/// ones (nearly all) scan, which is faster and allocates nothing.
const LINEAR_KEY_SCAN: usize = 16;

fn attach(stack: &mut [Frame], root: &mut Option<Node>, node: Node) -> Result<(), TreeError> {
    match stack.last_mut() {
        None => *root = Some(node),
        Some(Frame::Seq { items, .. }) => {
            // Checked while parsing, so a file of 100,000 entries costs the
            // parse of the first 10,000, not of all of them.
            if items.len() >= MAX_ENTRIES {
                return Err(TreeError {
                    span: node.span,
                    msg: Msg::new("error-too-many-entries").arg("limit", MAX_ENTRIES),
                });
            }
            items.push(node);
        }
        Some(Frame::Map {
            pairs, key, index, ..
        }) => match key.take() {
            None => {
                let Kind::Scalar(name) = &node.kind else {
                    return Err(TreeError {
                        span: node.span,
                        msg: Msg::new("error-complex-key"),
                    });
                };
                if let Some(slip) = super::slips::full_width_key(name, node.span) {
                    return Err(slip.into());
                }
                if index.is_none() && pairs.len() >= LINEAR_KEY_SCAN {
                    *index = Some(
                        pairs
                            .iter()
                            .filter_map(|(k, _)| k.as_str())
                            .map(String::from)
                            .collect(),
                    );
                }
                let seen = match index {
                    Some(set) => !set.insert(name.clone()),
                    None => pairs.iter().any(|(k, _)| k.as_str() == Some(name)),
                };
                let earlier = if seen {
                    pairs.iter().find(|(k, _)| k.as_str() == Some(name))
                } else {
                    None
                };
                if let Some((first, _)) = earlier {
                    return Err(TreeError {
                        span: node.span,
                        msg: Msg::new("error-duplicate-key")
                            .arg("key", name.clone())
                            .arg("line", first.span.line),
                    });
                }
                *key = Some(node);
            }
            Some(k) => pairs.push((k, node)),
        },
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scalar_at(node: &Node, path: &[&str]) -> (String, u32, u32) {
        let mut n = node;
        for key in path {
            let Kind::Map(pairs) = &n.kind else {
                panic!("not a map")
            };
            n = &pairs
                .iter()
                .find(|(k, _)| k.as_str() == Some(key))
                .unwrap()
                .1;
        }
        (n.as_str().unwrap().to_string(), n.span.line, n.span.col)
    }

    #[test]
    fn scalars_keep_their_text_and_place() {
        let doc = parse("a:\n  date: 2023.10\n  zip: 0123\n  name: 林艾达 x\n")
            .unwrap()
            .unwrap();
        assert_eq!(scalar_at(&doc, &["a", "date"]), ("2023.10".into(), 2, 9));
        assert_eq!(scalar_at(&doc, &["a", "zip"]), ("0123".into(), 3, 8));
        assert_eq!(scalar_at(&doc, &["a", "name"]), ("林艾达 x".into(), 4, 9));
    }

    #[test]
    fn json_is_read_by_the_same_parser() {
        let doc = parse("{\n  \"a\": {\"date\": \"2023-09\"}\n}")
            .unwrap()
            .unwrap();
        assert_eq!(scalar_at(&doc, &["a", "date"]), ("2023-09".into(), 2, 17));
    }

    #[test]
    fn columns_count_characters_after_cjk() {
        let doc = parse("名字: 林\nx: 2\n中文中文: y\n").unwrap().unwrap();
        assert_eq!(scalar_at(&doc, &["中文中文"]), ("y".into(), 3, 7));
    }

    #[test]
    fn crlf_line_ends_keep_lines_right() {
        let doc = parse("a: 1\r\nb:\r\n  c: x\r\n").unwrap().unwrap();
        assert_eq!(scalar_at(&doc, &["b", "c"]), ("x".into(), 3, 6));
    }

    #[test]
    fn empty_and_comment_only_have_no_document() {
        assert_eq!(parse("").unwrap(), None);
        assert_eq!(parse("# only a comment\n").unwrap(), None);
    }

    #[test]
    fn duplicate_keys_are_refused_with_both_lines() {
        let err = parse("a: 1\nb: 2\na: 3\n").unwrap_err();
        assert_eq!(err.msg.id, "error-duplicate-key");
        assert_eq!((err.span.line, err.span.col), (3, 1));
    }

    #[test]
    fn alias_bomb_stops_at_the_limit() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let prev = (b'a' + i - 1) as char;
            let name = (b'a' + i) as char;
            text.push_str(&format!(
                "{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
            ));
        }
        let err = parse(&text).unwrap_err();
        assert_eq!(err.msg.id, "error-alias-limit");
    }

    #[test]
    fn deep_nesting_stops_at_the_limit() {
        let text = "[".repeat(10_000);
        let err = parse(&text).unwrap_err();
        assert_eq!(err.msg.id, "error-too-deep");
    }

    #[test]
    fn syntax_errors_are_located() {
        let err = parse("a: [1, 2\nb: 3\n").unwrap_err();
        assert_eq!(err.msg.id, "error-syntax");
        assert!(err.span.line >= 1);
        // A tab is named, at the tab.
        let err = parse("a:\n\tb: 1\n").unwrap_err();
        assert_eq!(err.msg.id, "error-tab");
        assert_eq!((err.span.line, err.span.col), (2, 1));
    }
}
