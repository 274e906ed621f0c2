//! Readers: one module per source format, each turning text into the same
//! located tree ([`crate::source::tree`]). What every format shares comes
//! before and after them in [`crate::source`]: decoding bytes to text,
//! the size limits, and the schema check that builds the model from the
//! tree. A new format (Markdown, plain text) is a module here and a
//! variant of [`Format`]; nothing after the tree changes.

pub mod json;
pub mod slips;
pub mod yaml;

use std::path::Path;

use crate::tree::{Node, TreeError};

/// The formats a source may be written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Yaml,
    Json,
}

impl Format {
    /// By extension: `.json` is JSON, anything else YAML (`.yaml`, `.yml`,
    /// and the files a user names whatever their extension).
    pub fn of(path: &Path) -> Format {
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        {
            Format::Json
        } else {
            Format::Yaml
        }
    }
}

/// Parses a source's text in its format. `Ok(None)`: the text holds no
/// document (empty, or only comments). Every error found comes back, in
/// file order.
pub fn parse(format: Format, text: &str) -> Result<Option<Node>, Vec<TreeError>> {
    match format {
        Format::Yaml => yaml::parse(text).map_err(|e| vec![e]),
        Format::Json => json::parse(text),
    }
}
