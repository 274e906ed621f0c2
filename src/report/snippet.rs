//! Several source files seen by miette as one source, so a single
//! diagnostic can show the English and the Chinese snippet together, each
//! under its own file name, as rustc shows two places of one error.
//!
//! Miette is given an excerpt of each file, not the file: the lines the
//! snippet shows, each too-long line cropped around its places
//! ([`super::crop`]). Line numbers and columns are those of the real file.

use std::ops::Range;
use std::sync::Arc;

use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

use super::crop::{Cropped, crop};
use crate::file::SourceFile;
use crate::model::Span;

/// Excerpts laid end to end in one offset space, one byte apart so an
/// offset at the end of one is never the start of the next.
pub struct MultiSource {
    parts: Vec<Excerpt>,
}

/// The lines of one file that a snippet can show.
struct Excerpt {
    file: Arc<SourceFile>,
    /// Where the excerpt starts in the offset space.
    base: usize,
    text: String,
    /// 0-based number of the file line the excerpt starts with.
    first_line: usize,
    lines: Vec<ExcerptLine>,
}

/// One line of an excerpt: where it starts in the file and in the excerpt,
/// and what of it is shown.
struct ExcerptLine {
    in_file: usize,
    in_excerpt: usize,
    /// Bytes of the line in the file, without its line break.
    len: usize,
    cropped: Cropped<'static>,
}

impl ExcerptLine {
    /// Where byte `at` of the line (past its content: in its line break, or
    /// at the end of the file) is in the excerpt.
    fn shown(&self, at: usize) -> usize {
        match at.checked_sub(self.len) {
            Some(past) => self.in_excerpt + self.cropped.text.len() + past,
            None => self.in_excerpt + self.cropped.shown(at),
        }
    }
}

impl MultiSource {
    /// The source for a diagnostic pointing at `places`, and each place's
    /// span in it. `context` is how many lines around a place the snippet
    /// shows (miette's context lines); every line between two places of
    /// one file is kept too, since miette joins their snippets.
    pub fn new(places: &[(Arc<SourceFile>, Span)], context: usize) -> (Self, Vec<SourceSpan>) {
        let ranges: Vec<Range<usize>> = places
            .iter()
            .map(|(file, span)| first_line_of(file, *span))
            .collect();
        let mut parts: Vec<Excerpt> = Vec::new();
        for (file, _) in places {
            if parts.iter().all(|p| !Arc::ptr_eq(&p.file, file)) {
                let mine: Vec<Range<usize>> = places
                    .iter()
                    .zip(&ranges)
                    .filter(|((f, _), _)| Arc::ptr_eq(f, file))
                    .map(|(_, r)| r.clone())
                    .collect();
                let base = parts.last().map_or(0, |p| p.base + p.text.len() + 1);
                parts.push(Excerpt::new(file, &mine, context, base));
            }
        }
        let spans = places
            .iter()
            .zip(ranges)
            .map(|((file, _), range)| {
                let part = parts.iter().find(|p| Arc::ptr_eq(&p.file, file));
                let shown = part.map_or(0..0, |p| p.shown(range));
                let base = part.map_or(0, |p| p.base);
                SourceSpan::new((base + shown.start).into(), shown.len())
            })
            .collect();
        (MultiSource { parts }, spans)
    }

    fn locate(&self, offset: usize) -> Option<&Excerpt> {
        self.parts.iter().rev().find(|p| p.base <= offset)
    }
}

/// The byte range of `span` in `file`, cut at its first line break: a
/// whole map or list would underline many lines; its first line is where
/// the eye goes.
fn first_line_of(file: &SourceFile, span: Span) -> Range<usize> {
    let range = file.byte_range(span);
    let end = file.text[range.clone()]
        .find('\n')
        .map_or(range.end, |n| range.start + n);
    range.start..end
}

impl Excerpt {
    /// The lines from `context` before the first of `ranges` to `context`
    /// after the last (one more each way: miette reads exactly `context`,
    /// the spare line only guards against an off-by-one at either end).
    /// O(file length) to find them, then O(excerpt length · places).
    fn new(file: &Arc<SourceFile>, ranges: &[Range<usize>], context: usize, base: usize) -> Self {
        let text = &file.text;
        let lowest = ranges.iter().map(|r| r.start).min().unwrap_or(0);
        let highest = ranges.iter().map(|r| r.start).max().unwrap_or(0);
        let mut start = line_start(text, lowest);
        for _ in 0..=context {
            if start == 0 {
                break;
            }
            start = line_start(text, start - 1);
        }
        let mut end = line_end(text, highest);
        for _ in 0..=context {
            end = line_end(text, end);
        }
        let first_line = text[..start].matches('\n').count();
        let mut shown = String::new();
        let mut lines = Vec::new();
        let mut at = start;
        for raw in text[start..end].split_inclusive('\n') {
            let content = raw.trim_end_matches('\n');
            let content = content.strip_suffix('\r').unwrap_or(content);
            let places: Vec<Range<usize>> = ranges
                .iter()
                .filter(|r| (at..=at + content.len()).contains(&r.start))
                .map(|r| r.start - at..r.end.saturating_sub(at))
                .collect();
            let cropped = crop(content, &places);
            let line = ExcerptLine {
                in_file: at,
                in_excerpt: shown.len(),
                len: content.len(),
                cropped: cropped.into_owned(),
            };
            shown.push_str(&line.cropped.text);
            shown.push_str(&raw[content.len()..]);
            lines.push(line);
            at += raw.len();
        }
        Excerpt {
            file: file.clone(),
            base,
            text: shown,
            first_line,
            lines,
        }
    }

    /// Where a byte range of the file (on one line) is in the excerpt.
    fn shown(&self, range: Range<usize>) -> Range<usize> {
        let i = self
            .lines
            .partition_point(|l| l.in_file <= range.start)
            .saturating_sub(1);
        let Some(l) = self.lines.get(i) else {
            return 0..0;
        };
        let (start, end) = (range.start - l.in_file, range.end - l.in_file);
        let shown_end = if end > l.len {
            l.shown(end)
        } else {
            l.in_excerpt + l.cropped.shown_range(start..end).end
        };
        let shown_start = l.shown(start);
        shown_start..shown_end.max(shown_start)
    }

    /// The file byte shown at byte `at` of the excerpt.
    fn original(&self, at: usize) -> usize {
        let i = self
            .lines
            .partition_point(|l| l.in_excerpt <= at)
            .saturating_sub(1);
        self.lines.get(i).map_or(0, |l| {
            let local = at - l.in_excerpt;
            match local.checked_sub(l.cropped.text.len()) {
                Some(past) => l.in_file + l.len + past,
                None => l.in_file + l.cropped.original(local),
            }
        })
    }
}

/// The start of the line holding byte `at`.
fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// The end of the line holding byte `at`, past its line break.
fn line_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |i| at + i + 1)
}

impl SourceCode for MultiSource {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let part = self.locate(span.offset()).ok_or(MietteError::OutOfBounds)?;
        let local = SourceSpan::new((span.offset() - part.base).into(), span.len());
        let inner = part.text.as_str().read_span(&local, before, after)?;
        let data = inner.data();
        let start = inner.span().offset();
        // Columns in characters of the real line, as every other output of
        // cvpair counts them.
        let in_file = part.original(local.offset());
        let text = &part.file.text;
        let column = text[line_start(text, in_file)..in_file].chars().count();
        Ok(Box::new(MietteSpanContents::new_named(
            part.file.display.clone(),
            data,
            SourceSpan::new((start + part.base).into(), inner.span().len()),
            inner.line() + part.first_line,
            column,
            inner.line_count() + part.first_line,
        )))
    }
}
