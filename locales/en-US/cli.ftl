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
    [one] 1 problem
   *[other] { $count } problems
} in the input stopped cvpair; fix { $count ->
    [one] it
   *[other] them
} first (exit code 2)
severity-error = error
severity-warning = warning
severity-info = info
render-refused = not rendered: `cvpair check` found { $count ->
    [one] 1 error
   *[other] { $count } errors
} (fix them, or use --force)
error-add-ignores-reason = --add-ignores needs --reason TEXT: a suppression without a reason is itself reported (unexplained-suppression); preview with --diff
render-wrote = wrote { $path }
render-stale = { $path } is stale: it differs from what the source renders
warning-ui-lang = warning: cvpair has no messages in `{ $lang }` (it has { $known }); English is used
warning-no-locale = warning: no locale for `{ $lang }`; headings and dates use English
error-render-one-profile = render takes one profile folder (or one of its files)
error-render-several = several languages to render: pick one with --lang, or write them all with --out-dir
error-render-unknown-lang = the profile has no `{ $lang }` source (it has: { $known })
error-write = cannot write { $path }: { $detail }
add-ignores-written = { $path }: { $count ->
    [one] 1 suppression added
   *[other] { $count } suppressions added
}
add-ignores-added = added { $count ->
    [one] 1 suppression
   *[other] { $count } suppressions
} to { $files ->
    [one] 1 file
   *[other] { $files } files
}
add-ignores-would-add = would add { $count ->
    [one] 1 suppression
   *[other] { $count } suppressions
} to { $files ->
    [one] 1 file
   *[other] { $files } files
} (nothing written)
rules-footer = `cvpair rules NAME` prints a rule's documentation; `cvpair.yaml` selects rules and sets their severity
config-file = configuration file: { $path }
config-none = no configuration file (cvpair.yaml or .cvpair.yaml) here or in a folder above; defaults apply
config-value-none = (none)
config-origin-default = default
# Machine-read formats (github, sarif, junit): the words they carry.
report-counterpart = { $message } (counterpart of { $path }:{ $line })
report-related = counterpart in { $lang }
report-help = help: { $text }
report-clean-profile = no findings
