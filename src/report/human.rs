//! The terminal format: rustc-style snippets through miette, with a
//! cross-language finding showing the line in each file it concerns.

use std::fmt;

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceCode};

use super::snippet::MultiSource;
use crate::check::Outcome;
use crate::finding::{Finding, Severity};
use crate::i18n::Localizer;
use crate::source::LoadError;

/// How the terminal output looks.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub color: bool,
    pub width: usize,
}

/// One finding or error, put into words and ready for miette.
struct Rendered {
    header: String,
    severity: miette::Severity,
    help: Option<String>,
    labels: Vec<LabeledSpan>,
    source: MultiSource,
}

impl fmt::Debug for Rendered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.header)
    }
}

impl fmt::Display for Rendered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.header)
    }
}

impl std::error::Error for Rendered {}

impl Diagnostic for Rendered {
    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        (!self.labels.is_empty())
            .then(|| Box::new(self.labels.iter().cloned()) as Box<dyn Iterator<Item = LabeledSpan>>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        (!self.labels.is_empty()).then_some(&self.source as &dyn SourceCode)
    }
}

/// Lines shown above and below a place in a snippet.
const CONTEXT_LINES: usize = 1;

fn finding(f: &Finding, l10n: &Localizer) -> Rendered {
    let places: Vec<_> = f
        .locations
        .iter()
        .map(|l| (l.file.clone(), l.span))
        .collect();
    let (source, spans) = MultiSource::new(&places, CONTEXT_LINES);
    let labels = f
        .locations
        .iter()
        .zip(spans)
        .enumerate()
        .map(|(i, (loc, span))| {
            let text = loc.label.as_ref().map(|m| l10n.text(m));
            if i == 0 {
                LabeledSpan::new_primary_with_span(text, span)
            } else {
                LabeledSpan::new_with_span(text, span)
            }
        })
        .collect();
    Rendered {
        header: format!(
            "{}[{}]: {}",
            f.rule.code,
            f.rule.name,
            l10n.text(&f.message)
        ),
        severity: match f.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        },
        help: f.help.as_ref().map(|h| l10n.text(h)),
        labels,
        source,
    }
}

fn load_error(e: &LoadError, l10n: &Localizer) -> Rendered {
    let message = l10n.text(&e.msg);
    let (header, places) = match (&e.file, e.span) {
        (Some(file), Some(span)) => (format!("{}: {message}", e.path), vec![(file.clone(), span)]),
        (None, Some(span)) => (
            format!("{}:{}:{}: {message}", e.path, span.line, span.col),
            vec![],
        ),
        _ => (format!("{}: {message}", e.path), vec![]),
    };
    let (source, spans) = MultiSource::new(&places, CONTEXT_LINES);
    let labels = spans
        .into_iter()
        .map(|s| LabeledSpan::new_primary_with_span(None, s))
        .collect();
    Rendered {
        header,
        severity: miette::Severity::Error,
        help: e.help.as_ref().map(|h| l10n.text(h)),
        labels,
        source,
    }
}

pub fn render(outcome: &Outcome, l10n: &Localizer, style: Style) -> String {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_context_lines(CONTEXT_LINES)
        .with_word_separator(super::wrap::SEPARATOR)
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
        .with_links(false);
    let mut out = String::new();
    let diagnostics = outcome
        .errors
        .iter()
        .map(|e| load_error(e, l10n))
        .chain(outcome.findings.iter().map(|f| finding(f, l10n)));
    for d in diagnostics {
        if handler.render_report(&mut out, &d).is_err() {
            out.push_str(&d.header);
            out.push('\n');
        }
        out.push('\n');
    }
    out.push_str(&super::summary(outcome, l10n));
    out
}
