//! The engine of cvpair: bytes in, structured findings out.
//!
//! The flow is `source` (files to located trees to the `model`), `align`
//! (entries paired across languages, with `terms` as the bilingual
//! evidence), `rules` (findings), `suppress` (the writer's own decisions),
//! and `check`, which runs them for one profile. Nothing here prints,
//! parses a command line or knows a user's language: a finding names its
//! rule, its places in both files and the arguments of its message, and
//! the `cvpair` crate makes text of it.

pub mod align;
pub mod check;
pub mod config;
pub mod date;
pub mod discover;
pub mod finding;
pub mod message;
pub mod model;
pub mod parallel;
pub mod rules;
pub mod source;
pub mod suggest;
pub mod suppress;
pub mod terms;
