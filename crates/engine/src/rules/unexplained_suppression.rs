use crate::declare_rule;

declare_rule! {
    /// ## What it does
    /// Reports a suppression that gives no reason: nothing after
    /// `ignore[rule]` in the comment form, or a list instead of a map of
    /// rule to reason in the key form. The suppression still applies.
    ///
    /// ## Why is this bad?
    /// A reviewer, or the owner a year later, cannot tell an accepted
    /// difference (the Chinese title is the official one) from a slip
    /// someone silenced to get a commit through.
    ///
    /// ## Example
    /// ```yaml
    /// - name: Orange Mobility   # cvpair: ignore[title-mismatch]
    /// ```
    ///
    /// ## How to settle it
    /// Add the reason after the bracket:
    /// `# cvpair: ignore[title-mismatch] 中文职称以劳动合同为准`, or in the key
    /// form `x-cvpair-ignore: {title-mismatch: the contract's title}`.
    /// Teams that do not want reasons turn the rule off with
    /// `ignore: [unexplained-suppression]` in `cvpair.yaml`.
    pub const RULE = {
        code: "CV903",
        name: "unexplained-suppression",
        severity: Warning,
        check: crate::rules::found_by_suppression_pass,
    };
}
