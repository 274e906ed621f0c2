# Command-line output: summaries and headings.

summary-findings = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}, { $infos } info in { $profiles ->
    [one] 1 profile
   *[other] { $profiles } profiles
}
summary-clean = no findings in { $profiles ->
    [one] 1 profile
   *[other] { $profiles } profiles
}
summary-load-errors = { $count ->
    [one] 1 source could not be read
   *[other] { $count } sources could not be read
}; fix { $count ->
    [one] it
   *[other] them
} first (exit code 2)
severity-error = error
severity-warning = warning
severity-info = info
