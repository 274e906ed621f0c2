use std::sync::Arc;

use crate::declare_rule;
use crate::file::SourceFile;
use crate::finding::Finding;
use crate::message::Msg;
use crate::tree::Span;

declare_rule! {
    /// ## What it does
    /// Reports a YAML or JSON file that holds a résumé (its top level has
    /// `basics`, `work` or `education`) but whose name says no language,
    /// so cvpair cannot tell which version it is and does not check it.
    ///
    /// ## Why is this bad?
    /// A résumé cvpair never read passes every check: CI stays green while
    /// the file is never compared with its other language.
    ///
    /// ## Example
    /// ```text
    /// profiles/ada/resume.yaml      # which language?
    /// profiles/ada/简历.yaml
    /// ```
    ///
    /// ## How to settle it
    /// Name the file after its language: `en.yaml`, `resume-en.yaml`,
    /// `resume.zh-CN.yaml`, `resume_cn.yaml`, `中文简历.yaml` all work. Or
    /// pair the files in `cvpair.yaml`:
    /// `profiles: [{en: ada/resume.yaml, zh: ada/简历.yaml}]`.
    pub const RULE = {
        code: "CV010",
        name: "untagged-source",
        severity: Warning,
        check: crate::rules::found_by_discovery,
    };
}

/// The finding for a résumé file found without a language in its name,
/// at its first résumé key.
pub fn finding(profile: &str, file: &Arc<SourceFile>, key: Span) -> Finding {
    let stem = file
        .path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = file
        .path
        .extension()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Finding::new(
        &RULE,
        profile,
        Msg::new("untagged-source").arg("path", file.display.clone()),
    )
    .at(file, key, None)
    .help(
        Msg::new("untagged-source-help")
            .arg("en", format!("{stem}-en.{ext}"))
            .arg("zh", format!("{stem}-zh.{ext}")),
    )
}
