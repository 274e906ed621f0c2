//! A user-visible message before it is put into words.
//!
//! Findings and errors carry a Fluent message id and its arguments rather
//! than a finished string, so every output format can speak the user's
//! language and the JSON output stays the same facts whatever the language.

use std::borrow::Cow;

#[derive(Clone, Debug, PartialEq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Str(Cow<'static, str>),
    Num(i64),
    /// Another message, put into words first (a field name, a section title).
    Msg(Box<Msg>),
}

impl Msg {
    pub fn new(id: &'static str) -> Self {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(Cow::Owned(s.clone()))
    }
}

impl From<&'static str> for Arg {
    fn from(s: &'static str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(n as i64)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Num(i64::from(n))
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Self {
        Arg::Msg(Box::new(m))
    }
}
