//! The key form, for JSON sources and for those who prefer data to
//! comments: `x-cvpair-ignore: [date-mismatch]` (no reason given), or
//! `x-cvpair-ignore: {date-mismatch: the Chinese CV rounds to the year}`.

use super::Written;
use crate::tree::{Kind, Node};

/// The suppressions of one key, covering `lines` (the map holding it).
pub(super) fn read(value: &Node, lines: (u32, u32)) -> Vec<Written> {
    let one = |name: &Node, reason: Option<&Node>| {
        let text = name.as_str()?.trim();
        (!text.is_empty()).then(|| Written {
            name: text.to_string(),
            reason: reason
                .and_then(Node::as_str)
                .map(str::trim)
                .filter(|r| !r.is_empty())
                .map(str::to_string),
            at: name.span,
            lines,
        })
    };
    match &value.kind {
        Kind::Scalar(_) => one(value, None).into_iter().collect(),
        Kind::Seq(items) => items
            .iter()
            .flat_map(|item| match &item.kind {
                Kind::Map(pairs) => pairs.iter().filter_map(|(k, v)| one(k, Some(v))).collect(),
                _ => one(item, None).into_iter().collect::<Vec<_>>(),
            })
            .collect(),
        Kind::Map(pairs) => pairs.iter().filter_map(|(k, v)| one(k, Some(v))).collect(),
        Kind::Null => Vec::new(),
    }
}
