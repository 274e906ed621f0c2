//! A source as a tree of located nodes: what every reader yields,
//! whatever the format, and what the schema check reads.
//!
//! Every scalar keeps its exact span (a finding must point at the value in
//! both files) and its text as written, so `2023.10` stays October and
//! `0123` keeps its zero.

use crate::message::Msg;

/// A region of a source file. Positions count Unicode scalar values, as
/// editors and SARIF's `unicodeCodePoints` do; `line` and `col` are 1-based.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
    pub line: u32,
    pub col: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    /// `~`, `null` or nothing at all: the key is there but says nothing.
    Null,
    Scalar(String),
    Seq(Vec<Node>),
    /// Keys are always scalars; their order is the file's.
    Map(Vec<(Node, Node)>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub kind: Kind,
    pub span: Span,
}

impl Node {
    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            Kind::Scalar(s) => Some(s),
            _ => None,
        }
    }

    pub(crate) fn count(&self) -> usize {
        match &self.kind {
            Kind::Null | Kind::Scalar(_) => 1,
            Kind::Seq(items) => 1 + items.iter().map(Node::count).sum::<usize>(),
            Kind::Map(pairs) => {
                1 + pairs
                    .iter()
                    .map(|(k, v)| k.count() + v.count())
                    .sum::<usize>()
            }
        }
    }
}

/// Why a document could not be turned into a tree, and where.
#[derive(Clone, Debug, PartialEq)]
pub struct TreeError {
    pub span: Span,
    pub msg: Msg,
}
