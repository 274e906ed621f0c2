# One-line summaries of the rules, as `cvpair rules` lists them.
# The full documentation is the doc comment of each rule's module (English)
# and locales/zh-CN/rules/<name>.md (Chinese).

rule-invalid-date = a date that cannot be read, or does not exist (2023-02-30)
rule-date-order = an entry that ends before it starts
rule-future-date = a start date after today
rule-unknown-key = keys JSON Resume allows but cvpair does not know, listed once per file
rule-untagged-source = a résumé file whose name says no language, so it is not checked
rule-missing-entry = an entry of one language with no counterpart in the other
rule-date-mismatch = paired entries disagree on a start or end date
rule-title-mismatch = paired entries disagree on a job title, project role or degree
rule-org-mismatch = paired entries name different organisations
rule-unknown-term = a title cvpair cannot read, so it was not compared
rule-contact-mismatch = the versions give different email addresses or phone numbers
rule-url-mismatch = the personal site, a profile or paired entries link to different addresses
rule-number-mismatch = paired entries state different figures (91% vs 81%, 10万 vs 1 million)
rule-area-mismatch = paired education entries name different fields of study
rule-score-mismatch = paired education entries give different grades or scores
rule-name-mismatch = the person's name differs between the versions
rule-unused-suppression = a suppression that suppresses nothing
rule-invalid-suppression = a suppression that names no rule, or cannot be read
rule-unexplained-suppression = a suppression that gives no reason
