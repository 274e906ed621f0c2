# Messages of the rules' findings.

section-work = work
section-volunteer = volunteer
section-education = education
section-projects = projects
section-publications = publications
section-awards = awards
section-certificates = certificates

field-startDate = start date
field-endDate = end date
field-date = date
field-releaseDate = release date

label-lang-value = { $lang }: { $value }
label-ends = ends { $date }
label-starts = starts { $date }
label-no-end = { $lang }: no end date, so ongoing
label-possible-counterpart = possibly the same entry

invalid-date-unrecognised = `{ $value }` is not a date cvpair can read ({ $field })
invalid-date-ongoing-start = `{ $value }` means "ongoing", which only an end date can be ({ $field })
invalid-date-year = `{ $value }`: the year { $year } is outside 1900–2100 ({ $field })
invalid-date-month = `{ $value }`: there is no month { $month } ({ $field })
invalid-date-day = `{ $value }`: that month has { $max } days, not { $day } ({ $field })
invalid-date-two-digit-year = `{ $value }`: the two-digit year { $yy } could be { $western } or ROC year { $yy } ({ $roc }) ({ $field })
help-date-full-year = write the year in full (`{ $western }年`), or with its era (`民國{ $yy }年`)
help-date-forms = write `2023`, `2023-09`, `2023.9`, `09/2023`, `Sep 2023`, `2023年9月` or `民國112年9月`; an end date may also be `present` or `至今`

date-order = ends before it starts: { $end } is before { $start }

future-date = { $field } { $value } is after today ({ $today })

unknown-key = { $count ->
    [one] a key cvpair does not know, so it reads no meaning into it: { $keys }
   *[other] { $count } keys cvpair does not know, so it reads no meaning into them: { $keys }
}
help-unknown-key = JSON Resume allows keys of your own; cvpair compares one across languages only when it holds a link, a date or a number. Start a key with `x-` to leave it unmentioned

missing-entry = `{ $entry }` ({ $section }) is in { $has } but has no counterpart in { $lacks }
help-missing-entry = add it to { $path }; if it is there under another name, give both entries the same `id:`
help-missing-entry-nearest = it may be `{ $candidate }` ({ $path }:{ $line }), which was not similar enough to pair; if so, give both the same `id:`

date-mismatch = { $field } differs: { $a } in { $alang } vs { $b } in { $blang }
date-mismatch-ongoing = ongoing in { $onlang } ({ $ongoing }) but ended in { $offlang }: { $end }
ongoing-left-out = no end date
ongoing-written = { $value }
help-weak-pairing = these entries were paired by dates and list position only; if they are not the same entry, give each a different `id:`

facet-seniority = seniority
facet-employment = employment
facet-family = role
facet-role = project role
facet-degree = degree
title-mismatch = { $what } differs: `{ $a }` in { $alang } ({ $fa }) vs `{ $b }` in { $blang } ({ $fb })
title-mismatch-one-side = { $what } stated on one side only: `{ $a }` in { $alang } ({ $fa }) vs `{ $b }` in { $blang } ({ $fb })
title-mismatch-several = titles differ in several ways: `{ $a }` in { $alang } vs `{ $b }` in { $blang }: { $ways }
title-way = { $what } differs ({ $fa } vs { $fb })
title-way-one-side = { $what } stated on one side only ({ $fa } vs { $fb })
title-ways = { $first }; { $rest }
help-title-mismatch = correct the wrong side; if both are right, add the pair to glossary.yaml (`cvpair align` shows how each title was read)
unknown-term = cvpair does not know the title `{ $term }` ({ $lang }), so it could not compare it
help-unknown-term = add it to glossary.yaml with its translation, e.g. `terms: [{"{"} { $lang }: "{ $term }", { $otherlang }: "{ $other }" {"}"}]`
contact-mismatch = { $field } differs: { $a } in { $alang } vs { $b } in { $blang }
url-mismatch = { $field } differs: { $a } in { $alang } vs { $b } in { $blang }
area-mismatch = field of study differs: { $a } in { $alang } vs { $b } in { $blang }
score-mismatch = score differs: { $a } in { $alang } vs { $b } in { $blang }
name-mismatch-surname = the name `{ $latin }` does not spell the surname of `{ $han }` ({ $pinyin })
name-mismatch-surname-unread = no word of `{ $latin }` spells the surname of `{ $han }` ({ $pinyin }) in pinyin, Wade–Giles or a dialect spelling cvpair knows: check it, and if it is right, suppress this finding with the spelling as the reason
name-mismatch-given = the given name in `{ $latin }` looks like pinyin but does not spell `{ $han }` ({ $pinyin })
name-mismatch-given-cantonese = the given name in `{ $latin }` does not spell `{ $han }` in Cantonese ({ $cantonese })
name-mismatch-given-southern = the given name in `{ $latin }` does not spell `{ $han }` in Hokkien, Teochew or Hakka ({ $southern })
org-mismatch-known = different organisations: `{ $a }` is { $aknown }, `{ $b }` is { $bknown }
org-mismatch-words = the organisations share no word: `{ $a }` vs `{ $b }`
org-mismatch-places = the organisations are in different places: `{ $a }` ({ $aplace }) vs `{ $b }` ({ $bplace })
help-org-mismatch = correct the organisation, give the entries different ids if they are not the same, or add the pair to glossary.yaml if both names are right
number-mismatch = numbers differ: { $a } in { $alang } vs { $b } in { $blang }
number-one-side = { $n } is stated in { $has } only, not in { $lacks }
invalid-suppression-malformed = this comment starts like a suppression but is not `# cvpair: ignore[rule] reason`
help-suppression-form = write `# cvpair: ignore[rule-name] reason`, several rules separated by commas
invalid-suppression-unknown-rule = this suppression names no rule: `{ $rule }`
unexplained-suppression = the suppression of `{ $rule }` gives no reason
help-unexplained-suppression = write why after the bracket: `# cvpair: ignore[{ $rule }] reason`, or in the key form a map `{"{"} { $rule }: reason {"}"}`
unused-suppression = the suppression of `{ $rule }` suppresses nothing here
help-unused-suppression = the versions agree now, or the finding is elsewhere: remove the suppression
untagged-source = { $path } holds a résumé, but its name says no language, so it was not checked
untagged-source-help = name it after its language (`{ $en }`, `{ $zh }`), or pair it with its other language under `profiles:` in cvpair.yaml
