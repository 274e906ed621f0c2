//! Tables generated from `data/` by `tests/codegen.rs`.

#[rustfmt::skip]
pub mod cantonese;
#[rustfmt::skip]
pub mod gazetteer;
#[rustfmt::skip]
pub mod lexicon;
#[rustfmt::skip]
pub mod places;
#[rustfmt::skip]
pub mod southern;
#[rustfmt::skip]
pub mod titles;
