//! cvpair, the command: the command line, configuration discovery, the
//! user's language, report formats and rendering, on top of
//! `cvpair_engine`, which reads, pairs and checks.
//!
//! The engine's modules are re-exported under their own names so that a
//! path reads the same from either crate (`cvpair::check`).

pub use cvpair_engine::{
    align, check, config, date, discover, file, finding, lang_tag, message, model, parallel, rules,
    source, suggest, suppress, terms, tree,
};

pub mod cli;
pub mod cmd;
pub mod escape;
pub mod help;
pub mod i18n;
pub mod render;
pub mod report;
pub mod write;
