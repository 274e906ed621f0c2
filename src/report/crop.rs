//! Long lines cut down to a window around what a snippet points at.
//!
//! A minified JSON résumé is one line, and a `data:` image in it makes that
//! line 100 KB: printed whole it floods the terminal, and the snippet
//! renderer cannot even indent an underline that far (its padding is
//! limited to 65,535 columns). So a line wider than a terminal keeps only
//! a window around each place on it, with `…` where text was left out.
//! Positions given to the user still count from the real line start: the
//! window only changes what is drawn.

use std::borrow::Cow;
use std::ops::Range;

use unicode_width::UnicodeWidthChar;

/// Lines at most this many columns wide are shown whole, so every snippet
/// of an ordinary source is drawn exactly as the file has it.
pub const MAX_LINE_WIDTH: usize = 200;
/// Columns kept before a place, so the key it belongs to is in view.
const LEAD: usize = 48;
/// Columns of a place shown at most (a long value is cut after these).
const SHOWN: usize = 64;
/// Columns kept after the shown part of a place.
const TAIL: usize = 48;
/// What stands for the text left out.
const MARK: &str = "…";

/// A line as shown, and where each kept piece of it came from.
#[derive(Debug)]
pub struct Cropped<'a> {
    pub text: Cow<'a, str>,
    pieces: Vec<Piece>,
}

/// A run of the line kept verbatim: `at` in the shown text, `from` in the
/// line (bytes).
#[derive(Debug)]
struct Piece {
    at: usize,
    from: Range<usize>,
}

/// Cuts `line` (no line break) down to windows around `places` (byte
/// ranges in the line), when it is wider than [`MAX_LINE_WIDTH`]. A line
/// with no place on it (a context line) keeps its start.
/// O(line length · places).
pub fn crop<'a>(line: &'a str, places: &[Range<usize>]) -> Cropped<'a> {
    if width(line) <= MAX_LINE_WIDTH {
        return Cropped {
            text: Cow::Borrowed(line),
            pieces: vec![Piece {
                at: 0,
                from: 0..line.len(),
            }],
        };
    }
    let mut windows: Vec<Range<usize>> = places
        .iter()
        .map(|p| {
            let start = floor(line, p.start.min(line.len()));
            let end = floor(line, p.end.clamp(start, line.len()));
            let shown = forward(line, start, SHOWN).min(end.max(start));
            back(line, start, LEAD)..forward(line, shown, TAIL)
        })
        .collect();
    if windows.is_empty() {
        windows.push(0..forward(line, 0, LEAD + SHOWN + TAIL));
    }
    windows.sort_by_key(|w| w.start);
    let mut merged: Vec<Range<usize>> = Vec::new();
    for w in windows {
        match merged.last_mut() {
            Some(last) if w.start <= last.end => last.end = last.end.max(w.end),
            _ => merged.push(w),
        }
    }
    let mut text = String::new();
    let mut pieces = Vec::new();
    for w in merged {
        if w.start > pieces.last().map_or(0, |p: &Piece| p.from.end) {
            text.push_str(MARK);
        }
        pieces.push(Piece {
            at: text.len(),
            from: w.clone(),
        });
        text.push_str(&line[w]);
    }
    if pieces.last().is_some_and(|p| p.from.end < line.len()) {
        text.push_str(MARK);
    }
    Cropped {
        text: Cow::Owned(text),
        pieces,
    }
}

impl Cropped<'_> {
    /// The same, owning its text.
    pub fn into_owned(self) -> Cropped<'static> {
        Cropped {
            text: Cow::Owned(self.text.into_owned()),
            pieces: self.pieces,
        }
    }

    /// Where byte `offset` of the line is in the shown text; a place that
    /// was left out maps to the nearest kept text after it.
    pub fn shown(&self, offset: usize) -> usize {
        match self.pieces.iter().find(|p| offset <= p.from.end) {
            Some(p) => p.at + offset.saturating_sub(p.from.start),
            None => self.text.len(),
        }
    }

    /// The shown range of `range` of the line: it starts where the range
    /// starts and ends at most where that piece ends.
    pub fn shown_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.shown(range.start);
        let end = match self.pieces.iter().find(|p| range.start <= p.from.end) {
            Some(p) => p.at + range.end.clamp(p.from.start, p.from.end) - p.from.start,
            None => start,
        };
        start..end.max(start)
    }

    /// The byte of the line shown at `at` (the inverse of [`Self::shown`]
    /// for kept text; a mark maps to the end of the piece before it).
    pub fn original(&self, at: usize) -> usize {
        self.pieces
            .iter()
            .rev()
            .find(|p| p.at <= at)
            .map_or(0, |p| p.from.start + (at - p.at).min(p.from.len()))
    }
}

/// At least the columns the snippet renderer gives the character (a tab
/// is up to 4), so a window never draws wider than planned.
fn char_width(c: char) -> usize {
    if c == '\t' { 4 } else { c.width().unwrap_or(1) }
}

fn width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// The char boundary at or before `at`.
fn floor(s: &str, mut at: usize) -> usize {
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The byte `cols` columns after `from`, or the end.
fn forward(s: &str, from: usize, cols: usize) -> usize {
    let mut used = 0;
    for (i, c) in s[from..].char_indices() {
        used += char_width(c);
        if used > cols {
            return from + i;
        }
    }
    s.len()
}

/// The byte `cols` columns before `to`, or the start.
fn back(s: &str, to: usize, cols: usize) -> usize {
    let mut used = 0;
    for (i, c) in s[..to].char_indices().rev() {
        used += char_width(c);
        if used > cols {
            return i + c.len_utf8();
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cropped around one place.
    fn around(line: &str, place: Range<usize>) -> Cropped<'_> {
        crop(line, std::slice::from_ref(&place))
    }

    #[test]
    fn short_lines_stay_whole() {
        let c = around("  name: Kai", 8..11);
        assert_eq!(c.text, "  name: Kai");
        assert_eq!(c.shown_range(8..11), 8..11);
        assert_eq!(c.original(8), 8);
    }

    #[test]
    fn long_line_keeps_a_window_around_the_place() {
        let line = format!(
            "{{\"image\":\"{}\",\"startDate\":\"2020-07\"}}",
            "A".repeat(100_000)
        );
        let at = line.find("2020-07").unwrap();
        let c = around(&line, at..at + 7);
        assert!(
            c.text.starts_with('…') && c.text.ends_with("}"),
            "{}",
            c.text
        );
        assert!(width(&c.text) <= LEAD + SHOWN + TAIL + 2, "{}", c.text);
        let shown = c.shown_range(at..at + 7);
        assert_eq!(&c.text[shown.clone()], "2020-07");
        assert_eq!(c.original(shown.start), at);
    }

    #[test]
    fn a_long_place_is_cut_and_marked() {
        let line = format!("\"image\": \"{}\"", "B".repeat(5000));
        let c = around(&line, 10..line.len());
        assert!(c.text.starts_with("\"image\": \"BBB") && c.text.ends_with('…'));
        let shown = c.shown_range(10..line.len());
        assert_eq!(shown.len(), SHOWN + TAIL);
    }

    #[test]
    fn context_lines_keep_their_start_and_places_far_apart_get_two_windows() {
        let line = "x".repeat(1000);
        let c = crop(&line, &[]);
        assert_eq!(c.text, format!("{}…", "x".repeat(LEAD + SHOWN + TAIL)));
        let c = crop(&line, &[100..101, 900..901]);
        assert_eq!(c.text.matches('…').count(), 3, "{}", c.text);
        assert_eq!(c.original(c.shown(900)), 900);
    }

    #[test]
    fn wide_characters_count_twice() {
        let line = "中".repeat(500);
        let c = around(&line, 600..603);
        assert!(width(&c.text) <= LEAD + SHOWN + TAIL + 2);
        assert_eq!(c.original(c.shown(600)), 600);
    }
}
