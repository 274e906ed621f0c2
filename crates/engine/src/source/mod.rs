//! Reading one source: decoding bytes to text, parsing each format with
//! spans (`read`), and checking the tree against the schema to build the
//! model (`validate`). Finding the sources of a profile is
//! [`crate::discover`]'s job, above the rules and the configuration it
//! needs.

pub mod decode;
pub mod limits;
pub mod read;
pub mod schema;
pub mod sniff;
pub mod validate;

use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use crate::file::SourceFile;
use crate::lang_tag::Lang;
use crate::tree::Span;

use crate::message::Msg;
use crate::model::Document;

/// A source that could not be read, with the place to look when there is one.
#[derive(Clone, Debug)]
pub struct LoadError {
    pub path: String,
    /// The file's text when it could be decoded, for a snippet.
    pub file: Option<Arc<SourceFile>>,
    pub span: Option<Span>,
    pub msg: Msg,
    pub help: Option<Msg>,
    /// The profile the source belongs to, once `check` knows it: discovery
    /// reports bad paths before there are profiles, and formats that group
    /// by profile (JUnit) need to know where the error goes.
    pub profile: Option<String>,
}

impl LoadError {
    pub fn at_path(path: impl Into<String>, msg: Msg) -> Self {
        LoadError {
            path: path.into(),
            file: None,
            span: None,
            msg,
            help: None,
            profile: None,
        }
    }

    /// An error at a place in a file whose text was read.
    pub fn located(file: &Arc<SourceFile>, span: Span, msg: Msg, help: Option<Msg>) -> Self {
        LoadError {
            path: file.display.clone(),
            file: Some(file.clone()),
            span: Some(span),
            msg,
            help,
            profile: None,
        }
    }

    pub fn with_help(mut self, help: Msg) -> Self {
        self.help = Some(help);
        self
    }
}

/// Reads, decodes, parses and validates one source file. All problems of
/// one file come back together.
pub fn load(path: &Path, display: &str, lang: Lang) -> Result<Document, Vec<LoadError>> {
    let bytes = read(path, display).map_err(|e| vec![e])?;
    from_bytes(&bytes, path, display, lang)
}

/// [`load`] for bytes already read: decodes, parses and validates them as
/// the source at `path` (which is only named, not read).
pub fn from_bytes(
    bytes: &[u8],
    path: &Path,
    display: &str,
    lang: Lang,
) -> Result<Document, Vec<LoadError>> {
    let text = decode_bytes(bytes, display).map_err(|e| vec![e])?;
    let file = Arc::new(SourceFile::new(
        path.to_path_buf(),
        display.to_string(),
        lang,
        text,
    ));
    let located =
        |span: Span, msg: Msg, help: Option<Msg>| LoadError::located(&file, span, msg, help);
    let root = match read::parse(read::Format::of(path), &file.text) {
        Ok(Some(root)) => root,
        Ok(None) => return Err(vec![empty(&file)]),
        Err(errors) => {
            return Err(errors
                .into_iter()
                .map(|e| located(e.span, e.msg, None))
                .collect());
        }
    };
    match validate::document(&root) {
        Ok(v) => Ok(Document {
            file,
            basics: v.basics,
            sections: v.sections,
            extra: v.extra,
        }),
        Err(problems) => Err(problems
            .into_iter()
            .map(|p| located(p.span, p.msg, p.help))
            .collect()),
    }
}

/// A file with no document: with only comments, shown at its first line;
/// with nothing at all, named without a snippet, which would be empty.
fn empty(file: &Arc<SourceFile>) -> LoadError {
    let start = Span {
        line: 1,
        col: 1,
        ..Span::default()
    };
    let help = Some(Msg::new("help-empty-file"));
    if file.text.trim().is_empty() {
        LoadError {
            span: Some(start),
            help,
            ..LoadError::at_path(file.display.clone(), Msg::new("error-blank-file"))
        }
    } else {
        LoadError::located(file, start, Msg::new("error-empty-file"), help)
    }
}

// Errors are rare and end the file's processing at once; boxing them
// would buy nothing.
#[allow(clippy::result_large_err)]
fn read(path: &Path, display: &str) -> Result<Vec<u8>, LoadError> {
    let io_error = |e: std::io::Error| {
        LoadError::at_path(display, Msg::new("error-read").arg("detail", e.to_string()))
    };
    let meta = std::fs::metadata(path).map_err(io_error)?;
    if !meta.is_file() {
        return Err(LoadError::at_path(display, Msg::new("error-not-a-file")));
    }
    if meta.len() > limits::MAX_FILE_BYTES {
        return Err(LoadError::at_path(
            display,
            Msg::new("error-file-too-large")
                .arg("size", meta.len().to_string())
                .arg("limit", limits::MAX_FILE_BYTES.to_string()),
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // Read one byte past the limit, in case the file grew since `metadata`.
    std::fs::File::open(path)
        .and_then(|f| f.take(limits::MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(io_error)?;
    Ok(bytes)
}

/// A helper file's text (a glossary, a configuration): read within the
/// same size limit and decoded as a source is.
#[allow(clippy::result_large_err)]
pub fn read_text(path: &Path, display: &str) -> Result<String, LoadError> {
    decode_bytes(&read(path, display)?, display)
}

/// Text from a source's bytes, or where they stop being text.
#[allow(clippy::result_large_err)]
pub fn decode_bytes(bytes: &[u8], display: &str) -> Result<String, LoadError> {
    decode::decode(bytes).map_err(|e| LoadError {
        path: display.to_string(),
        file: None,
        span: Some(Span {
            start: 0,
            end: 0,
            line: e.line,
            col: e.col,
        }),
        msg: e.msg,
        help: Some(Msg::new("help-encoding")),
        profile: None,
    })
}
