use crate::declare_rule;

declare_rule! {
    /// ## What it does
    /// Reports a suppression (`# cvpair: ignore[rule]` or `x-cvpair-ignore`)
    /// that suppresses no finding of a rule that ran.
    ///
    /// ## Why is this bad?
    /// A suppression outlives the slip it excused: once the two versions
    /// agree again, the leftover comment would silently excuse the next,
    /// different slip on the same entry. Suppressions of a rule the
    /// configuration turns off are not reported: they may serve another run.
    ///
    /// ## Example
    /// ```yaml
    /// - name: Orange Mobility   # cvpair: ignore[date-mismatch] zh.yaml lagged
    ///   startDate: 2022-03      # …and zh.yaml now says 2022-03 too
    /// ```
    ///
    /// ## How to settle it
    /// Delete the suppression. If it still matters for another
    /// configuration, turn this rule off there with `ignore: [unused-suppression]`.
    pub const RULE = {
        code: "CV901",
        name: "unused-suppression",
        severity: Warning,
        check: crate::rules::found_by_suppression_pass,
    };
}
