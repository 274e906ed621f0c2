# 各规则发现的问题。

section-work = 工作经历
section-volunteer = 志愿服务
section-education = 教育背景
section-projects = 项目经历
section-publications = 出版刊物
section-awards = 荣誉奖项
section-certificates = 证书

field-startDate = 开始日期
field-endDate = 结束日期
field-date = 日期
field-releaseDate = 发表日期

label-lang-value = { $lang }：{ $value }
label-ends = 结束于 { $date }
label-starts = 开始于 { $date }
label-no-end = { $lang }：没有结束日期，即至今
label-possible-counterpart = 可能是同一条目

invalid-date-unrecognised = `{ $value }` 不是 cvpair 能识别的日期（{ $field }）
invalid-date-ongoing-start = `{ $value }` 表示“至今”，只能用作结束日期（{ $field }）
invalid-date-year = `{ $value }`：年份 { $year } 不在 1900–2100 之间（{ $field }）
invalid-date-month = `{ $value }`：没有 { $month } 月（{ $field }）
invalid-date-day = `{ $value }`：该月只有 { $max } 天，没有 { $day } 日（{ $field }）
invalid-date-two-digit-year = `{ $value }`：两位数年份 { $yy } 既可能是 { $western } 年，也可能是民国 { $yy } 年（{ $roc } 年）（{ $field }）
help-date-full-year = 请写出完整年份（`{ $western }年`），或注明纪年（`民國{ $yy }年`）
help-date-forms = 可写作 `2023`、`2023-09`、`2023.9`、`09/2023`、`Sep 2023`、`2023年9月` 或 `民國112年9月`；结束日期还可以写 `present` 或 `至今`

date-order = 结束早于开始：{ $end } 早于 { $start }

future-date = { $field } { $value } 晚于今天（{ $today }）

unknown-key = cvpair 不认识的键（不解读其含义），共 { $count } 个：{ $keys }
help-unknown-key = JSON Resume 允许自定义键；只有当它的值是链接、日期或数字时，cvpair 才会在两种语言之间比较它。以 `x-` 开头的键不会被提及

missing-entry = `{ $entry }`（{ $section }）在 { $has } 中存在，但在 { $lacks } 中没有对应条目
help-missing-entry = 请把它加到 { $path }；如果它以另一个名称存在，请给两个条目相同的 `id:`
help-missing-entry-nearest = 它可能是 `{ $candidate }`（{ $path }:{ $line }），但相似度不足以配对；如果是，请给两者相同的 `id:`

date-mismatch = { $field }不一致：{ $alang } 为 { $a }，{ $blang } 为 { $b }
date-mismatch-ongoing = { $onlang } 为至今（{ $ongoing }），但 { $offlang } 已结束：{ $end }
ongoing-left-out = 未写结束日期
ongoing-written = { $value }
help-weak-pairing = 这两个条目仅凭日期和顺序配对；如果它们不是同一条目，请分别给它们不同的 `id:`

facet-seniority = 职级
facet-employment = 雇佣类型
facet-family = 岗位
facet-role = 项目角色
facet-degree = 学位
title-mismatch = { $what }不一致：{ $alang } 为 `{ $a }`（{ $fa }），{ $blang } 为 `{ $b }`（{ $fb }）
title-mismatch-one-side = { $what }只在一方写明：{ $alang } 为 `{ $a }`（{ $fa }），{ $blang } 为 `{ $b }`（{ $fb }）
title-mismatch-several = 职称有多处不一致：{ $alang } 为 `{ $a }`，{ $blang } 为 `{ $b }`：{ $ways }
title-way = { $what }不一致（{ $fa } 对 { $fb }）
title-way-one-side = { $what }只在一方写明（{ $fa } 对 { $fb }）
title-ways = { $first }；{ $rest }
help-title-mismatch = 请改正错误的一方；如果两者都正确，请把这对词加入 glossary.yaml（`cvpair align` 会显示每个头衔的解读）
unknown-term = cvpair 不认识头衔 `{ $term }`（{ $lang }），因此无法比较
help-unknown-term = 请把它和译名一起加入 glossary.yaml，例如 `terms: [{"{"} { $lang }: "{ $term }", { $otherlang }: "{ $other }" {"}"}]`
contact-mismatch = { $field } 不一致：{ $alang } 为 { $a }，{ $blang } 为 { $b }
url-mismatch = { $field } 不一致：{ $alang } 为 { $a }，{ $blang } 为 { $b }
area-mismatch = 专业不一致：{ $alang } 为 { $a }，{ $blang } 为 { $b }
score-mismatch = 成绩不一致：{ $alang } 为 { $a }，{ $blang } 为 { $b }
name-mismatch-surname = 姓名 `{ $latin }` 与 `{ $han }`（{ $pinyin }）的姓氏不符
name-mismatch-surname-unread = `{ $latin }` 中没有一个词能按拼音、威妥玛拼音或 cvpair 已知的方言拼法拼出 `{ $han }`（{ $pinyin }）的姓氏：请核对；若无误，请抑制此条并在理由中写明这种拼法
name-mismatch-given = `{ $latin }` 中的名字看似拼音，但与 `{ $han }`（{ $pinyin }）不符
name-mismatch-given-cantonese = `{ $latin }` 中的名字与 `{ $han }` 的粤语拼法（{ $cantonese }）不符
name-mismatch-given-southern = `{ $latin }` 中的名字与 `{ $han }` 的闽南、潮州或客家拼法（{ $southern }）不符
org-mismatch-known = 机构不同：`{ $a }` 是 { $aknown }，`{ $b }` 是 { $bknown }
org-mismatch-words = 两个机构名称没有共同的词：`{ $a }` 与 `{ $b }`
org-mismatch-places = 两边的机构位于不同地方：`{ $a }`（{ $aplace }）与 `{ $b }`（{ $bplace }）
help-org-mismatch = 请改正机构名称；如果两个条目并非同一条目，请给它们不同的 id；如果两个名称都正确，请把这对名称加入 glossary.yaml
number-mismatch = 数字不一致：{ $alang } 为 { $a }，{ $blang } 为 { $b }
number-one-side = { $n } 只出现在 { $has } 中，{ $lacks } 中没有
invalid-suppression-malformed = 这条注释以抑制的形式开头，但不是 `# cvpair: ignore[规则] 原因`
help-suppression-form = 请写成 `# cvpair: ignore[规则名] 原因`，多条规则用逗号分隔
invalid-suppression-unknown-rule = 此抑制指定的规则不存在：`{ $rule }`
unexplained-suppression = 对 `{ $rule }` 的抑制没有写明原因
help-unexplained-suppression = 请在方括号后写明原因：`# cvpair: ignore[{ $rule }] 原因`，键形式则写成映射 `{"{"} { $rule }: 原因 {"}"}`
unused-suppression = 对 `{ $rule }` 的抑制在此处没有抑制任何问题
help-unused-suppression = 两个版本已经一致，或问题在别处：请删除这条抑制
untagged-source = { $path } 是一份简历，但文件名中没有语言，因此没有检查它
untagged-source-help = 请按语言命名（`{ $en }`、`{ $zh }`），或在 cvpair.yaml 的 `profiles:` 下把它与另一语言的文件配成一对
