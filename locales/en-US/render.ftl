# The rendered résumé: headings, labels and dates, in the résumé's language.

render-heading-summary = Summary
render-heading-work = Work Experience
render-heading-volunteer = Volunteering
render-heading-education = Education
render-heading-projects = Projects
render-heading-publications = Publications
render-heading-awards = Awards
render-heading-certificates = Certificates
render-heading-skills = Skills
render-heading-languages = Languages
render-heading-interests = Interests
render-heading-references = References

render-label-email = Email
render-label-phone = Phone
render-label-website = Website
render-label-score = Score
render-label-roles = Role
render-label-publisher = Published in
render-label-awarder = Awarded by
render-label-issuer = Issued by
render-label-courses = Courses

render-month = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
render-date-year = { $year }
render-date-month = { $monthname } { $year }
render-date-day = { $monthname } { $day }, { $year }
render-date-range = { $start } – { $end }
render-present = Present
render-degree-in = { $degree } in { $area }
render-forced = Rendered although `cvpair check` found { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}{ $warnings ->
    [0] {""}
    [one] {" "}and 1 warning
   *[other] {" "}and { $warnings } warnings
}: this version may contradict the other language.
render-location-separator = {", "}
render-labelled = { $label }: { $value }
