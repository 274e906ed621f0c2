use crate::declare_rule;

declare_rule! {
    /// ## What it does
    /// Reports a suppression cvpair cannot read: a comment that starts with
    /// `# cvpair:` but is not `ignore[rule, …]`, or a rule name or code that
    /// does not exist (with the closest real name).
    ///
    /// ## Why is this bad?
    /// A misspelt suppression suppresses nothing, and its author believes the
    /// finding is settled; saying so at once saves a puzzled review.
    ///
    /// ## Example
    /// ```yaml
    /// - name: 小橘出行   # cvpair: ignore[date-mismatches] 英文版只写年份
    /// ```
    ///
    /// ## How to settle it
    /// Write the rule's name or code as `cvpair rules` lists it:
    /// `# cvpair: ignore[date-mismatch] reason`.
    pub const RULE = {
        code: "CV902",
        name: "invalid-suppression",
        severity: Warning,
        check: crate::rules::found_by_suppression_pass,
    };
}
