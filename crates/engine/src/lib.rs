//! The engine of cvpair: bytes in, structured findings out.
//!
//! The flow is `discover` (paths to profiles), `source` (a file's bytes to
//! a located tree, `tree`, to the `model`), `align` (entries paired across
//! languages, with `terms` as the bilingual evidence), `rules` (findings),
//! `suppress` (the writer's own decisions), and `check`, which runs them
//! for one profile. Nothing here prints, parses a command line or knows a
//! user's language: a finding names its rule, its places in both files
//! and the arguments of its message, and the `cvpair` crate makes text of
//! it.
//!
//! Modules import only modules below them, in this order: `message`,
//! `date`, `lang_tag`, `suggest`, `parallel`; `tree`; `file`; `model`;
//! `rule`; `finding`; `source`; `terms`; `align`; `rules`; `config`;
//! `suppress`; `discover`; `check`.

pub mod align;
pub mod check;
pub mod config;
pub mod date;
pub mod discover;
pub mod file;
pub mod finding;
pub mod lang_tag;
pub mod message;
pub mod model;
pub mod parallel;
pub mod rule;
pub mod rules;
pub mod source;
pub mod suggest;
pub mod suppress;
pub mod terms;
pub mod tree;
