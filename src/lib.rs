//! cvpair: align the language versions of a résumé entry by entry and
//! report what disagrees.
//!
//! The pipeline is `source` (files to located trees to the model), `align`
//! (entries paired across languages), `rules` (findings), `report`
//! (output formats). `check` ties them together for one run.

pub mod align;
pub mod check;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod date;
pub mod finding;
pub mod help;
pub mod i18n;
pub mod message;
pub mod model;
pub mod parallel;
pub mod render;
pub mod report;
pub mod rules;
pub mod source;
pub mod suppress;
pub mod terms;
pub mod write;
