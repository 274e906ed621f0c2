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
/// enforced while parsing. It also bounds alignment, which scores every
/// entry of a section against every entry of the other language's: at most
/// `MAX_ENTRIES²` pair scores per section, each over features computed
/// once per entry.
pub const MAX_ENTRIES: usize = 10_000;

/// Longest part of a name (an employer, a school, a project, with its
/// details) read to pair entries, in characters; the rest is ignored. The
/// longest official organisation names are under 60 characters. Reading a
/// name compares each of its words with the ones before, quadratic in its
/// length, which a 700 KB pasted name made take minutes.
pub const MAX_NAME_CHARS: usize = 512;

/// Longest run of Chinese characters matched against pinyin, in
/// characters; the rest of a longer run is not read. Which characters a
/// word spells is a bitmask in a `u64`, and spelling a word against a run
/// of r characters costs O(r² · w).
pub const MAX_HAN_RUN: usize = 64;

/// Longest Latin word (in letters) tried as pinyin: longer words are taken
/// as not pinyin. Four syllables of a brand run together ("Xiaohongshu")
/// are 11 letters; 64 leaves room for any real name while a pasted
/// 100,000-letter word costs nothing.
pub const MAX_PINYIN_WORD: usize = 64;
