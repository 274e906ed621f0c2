//! Hard limits on what one source file may contain.
//!
//! A pre-commit hook runs on whatever was typed or pasted; these bounds keep
//! a hostile or accidental file (an alias bomb, a 50 MB paste, ten thousand
//! nested brackets) from hanging the hook or eating memory. Each is far above
//! anything a résumé needs, and each error message names the limit.

/// Largest source file read, in bytes. The longest real résumé is well under 100 KiB.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Deepest nesting of lists and maps. JSON Resume needs 4.
pub const MAX_DEPTH: usize = 64;

/// Most nodes that aliases (`*name`) may expand to in one file, so a
/// "billion laughs" file is refused after a few thousand copies.
pub const MAX_ALIAS_NODES: usize = 10_000;

/// Most items in one list (entries of a section, highlights, keywords),
/// enforced while parsing.
pub const MAX_ENTRIES: usize = 10_000;
