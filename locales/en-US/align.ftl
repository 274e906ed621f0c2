# The `align` command: why entries were or were not paired.

reason-same-id = same id `{ $id }`
reason-pinyin = pinyin { $pinyin } ({ $han }) = { $latin }
reason-shared-words = shared words: { $words }
reason-acronym = acronym { $acronym }
reason-names-differ = names share nothing
reason-same-url = same URL
reason-shared-detail = shared title words: { $words }
reason-translated = translated: { $words }
reason-translated-detail = translated details: { $words }
reason-start-equal = start { $date } equal
reason-end-equal = end { $date } equal
reason-both-ongoing = both ongoing
reason-dates-disjoint = dates do not overlap
reason-order = in the same place in both lists
reason-last-left = the only entries left on both sides, with one end of their dates equal

align-profile = profile { $profile }: { $a } ↔ { $b }
align-section = { $section }
align-col-score = score
align-col-why = why
align-unpaired = (none)
align-nearest = nearest: { $entry } (score { $score })
reason-glossary = glossary pair
reason-titles = read as [{ $a }] ↔ [{ $b }]
reason-known-org = known as { $org }
