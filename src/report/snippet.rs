//! Several source files seen by miette as one source, so a single
//! diagnostic can show the English and the Chinese snippet together, each
//! under its own file name, as rustc shows two places of one error.

use std::sync::Arc;

use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

use crate::model::Span;
use crate::source::SourceFile;

/// Files laid end to end in one offset space, one byte apart so an offset
/// at the end of one file is never the start of the next.
pub struct MultiSource {
    files: Vec<(Arc<SourceFile>, usize)>,
}

impl MultiSource {
    pub fn new() -> Self {
        MultiSource { files: Vec::new() }
    }

    /// The global byte range of `span` in `file`, adding the file if new.
    pub fn span(&mut self, file: &Arc<SourceFile>, span: Span) -> SourceSpan {
        let base = match self.files.iter().find(|(f, _)| Arc::ptr_eq(f, file)) {
            Some((_, base)) => *base,
            None => {
                let base = self.files.last().map_or(0, |(f, b)| b + f.text.len() + 1);
                self.files.push((file.clone(), base));
                base
            }
        };
        let range = file.byte_range(span);
        // A whole map or list would underline many lines; its first line is
        // where the eye goes.
        let end = file.text[range.clone()]
            .find('\n')
            .map_or(range.end, |n| range.start + n);
        SourceSpan::new((base + range.start).into(), end - range.start)
    }

    fn locate(&self, offset: usize) -> Option<&(Arc<SourceFile>, usize)> {
        self.files.iter().rev().find(|(_, base)| *base <= offset)
    }
}

impl SourceCode for MultiSource {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let (file, base) = self.locate(span.offset()).ok_or(MietteError::OutOfBounds)?;
        let local = SourceSpan::new((span.offset() - base).into(), span.len());
        let inner = file.text.as_str().read_span(&local, before, after)?;
        let data = inner.data();
        let start = inner.span().offset();
        // Columns in characters, as every other output of cvpair counts them.
        let line_start = file.text[..local.offset()].rfind('\n').map_or(0, |i| i + 1);
        let column = file.text[line_start..local.offset()].chars().count();
        Ok(Box::new(MietteSpanContents::new_named(
            file.display.clone(),
            data,
            SourceSpan::new((start + base).into(), inner.span().len()),
            inner.line(),
            column,
            inner.line_count(),
        )))
    }
}
