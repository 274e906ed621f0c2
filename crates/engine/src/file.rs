//! A source file's text and identity: what the model, the findings and
//! every report point into. At the bottom, with the located tree, so that
//! the model does not depend on the readers that build it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::lang_tag::Lang;
use crate::tree::Span;

/// A source file's text and identity, shared by the model and the reports.
#[derive(Debug)]
pub struct SourceFile {
    pub path: PathBuf,
    /// The path as shown to the user: as they named it, or relative to the
    /// working directory.
    pub display: String,
    pub lang: Lang,
    pub text: String,
    line_starts: OnceLock<Vec<usize>>,
}

impl SourceFile {
    pub fn new(path: PathBuf, display: String, lang: Lang, text: String) -> Self {
        SourceFile {
            path,
            display,
            lang,
            text,
            line_starts: OnceLock::new(),
        }
    }

    /// A helper file (a glossary, a configuration), which has no language
    /// of its own, ready for located errors.
    pub fn helper(path: &Path, display: &str, text: String) -> Arc<SourceFile> {
        Arc::new(SourceFile::new(
            path.to_path_buf(),
            display.to_string(),
            Lang::undetermined(),
            text,
        ))
    }

    /// Byte offset of a character position given as 1-based line and column,
    /// for the snippet renderer, which works in bytes.
    pub fn byte_offset(&self, line: u32, col: u32) -> usize {
        let starts = self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        });
        let Some(&start) = starts.get(line.saturating_sub(1) as usize) else {
            return self.text.len();
        };
        let rest = &self.text[start..];
        rest.char_indices()
            .nth(col.saturating_sub(1) as usize)
            .map_or(self.text.len(), |(i, _)| start + i)
    }

    /// Byte range of a span.
    pub fn byte_range(&self, span: Span) -> std::ops::Range<usize> {
        let start = self.byte_offset(span.line, span.col);
        let len_chars = span.end.saturating_sub(span.start) as usize;
        let end = self.text[start..]
            .char_indices()
            .nth(len_chars)
            .map_or(self.text.len(), |(i, _)| start + i);
        start..end.max(start)
    }
}
