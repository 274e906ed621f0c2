# `cvpair rules` 列出的规则简介。
# 完整说明见各规则模块的文档注释（英文）和 locales/zh-CN/rules/<name>.md（中文）。

rule-invalid-date = 无法识别或不存在的日期（如 2023-02-30）
rule-date-order = 结束日期早于开始日期的条目
rule-future-date = 开始日期晚于今天
rule-unknown-key = JSON Resume 允许、但 cvpair 不认识的键，每个文件列出一次
rule-untagged-source = 文件名中没有语言、因而未被检查的简历文件
rule-missing-entry = 某一语言的条目在另一语言中没有对应
rule-date-mismatch = 对应条目的开始或结束日期不一致
rule-title-mismatch = 对应条目的职位、项目角色或学历不一致
rule-org-mismatch = 对应条目的机构名称不一致
rule-unknown-term = cvpair 无法识别的职称，因此未作比较
rule-contact-mismatch = 两个版本的邮箱或电话不一致
rule-url-mismatch = 个人网站、社交账号或对应条目的链接地址不一致
rule-number-mismatch = 对应条目中的数字不一致（91% 与 81%，10万 与 1 million）
rule-area-mismatch = 对应教育经历的专业不一致
rule-score-mismatch = 对应教育经历的成绩或分数不一致
rule-name-mismatch = 两个版本中的姓名不一致
rule-unused-suppression = 没有抑制任何问题的抑制
rule-invalid-suppression = 无法识别或指定了不存在规则的抑制
rule-unexplained-suppression = 没有写明原因的抑制
