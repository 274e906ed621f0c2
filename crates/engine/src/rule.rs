//! What a rule is, apart from what it checks: its code, name, default
//! severity and documentation. Findings name their rule and the rules
//! produce findings; this description sits below both, so neither module
//! imports the other's superior.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

#[derive(Debug)]
pub struct Rule {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    /// The rule's documentation (what, why, example, how to settle), taken
    /// from the doc comment of its declaration, so the docs users read and
    /// the docs in the source are one text.
    pub doc: &'static str,
    /// The same documentation in Chinese, from
    /// `locales/zh-CN/rules/<name>.md` (the build fails without it).
    pub doc_zh: &'static str,
    /// The Fluent id of the one-line summary `cvpair rules` lists.
    pub summary: &'static str,
}

impl Rule {
    /// The documentation in the interface language (`en-US`, `zh-CN`),
    /// as printed: the doc comment loses the space after each `///`.
    pub fn doc_in(&self, lang: &str) -> String {
        if lang.starts_with("zh") {
            return self.doc_zh.to_string();
        }
        let mut out = String::with_capacity(self.doc.len());
        for line in self.doc.lines() {
            out.push_str(line.strip_prefix(' ').unwrap_or(line));
            out.push('\n');
        }
        out
    }
}
