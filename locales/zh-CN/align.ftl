# `align` 命令：条目为何配对或未配对。

reason-same-id = 相同 id `{ $id }`
reason-pinyin = 拼音 { $pinyin }（{ $han }）= { $latin }
reason-shared-words = 共同词：{ $words }
reason-acronym = 缩写 { $acronym }
reason-names-differ = 名称毫无共同之处
reason-same-url = 网址相同
reason-shared-detail = 职位共同词：{ $words }
reason-translated = 互译：{ $words }
reason-translated-detail = 细节互译：{ $words }
reason-start-equal = 开始日期 { $date } 相同
reason-end-equal = 结束日期 { $date } 相同
reason-both-ongoing = 均为至今
reason-dates-disjoint = 时间段不重叠
reason-order = 在两份列表中位置相同
reason-last-left = 两边仅剩的条目，起止日期有一端相同

align-profile = 简历 { $profile }：{ $a } ↔ { $b }
align-section = { $section }
align-col-score = 得分
align-col-why = 依据
align-unpaired = （无）
align-nearest = 最接近：{ $entry }（得分 { $score }）
reason-glossary = 术语表中的对应词
reason-titles = 解读为 [{ $a }] ↔ [{ $b }]
reason-known-org = 即 { $org }
