# 生成的简历：标题、标签和日期，使用简历本身的语言。

render-heading-summary = 个人简介
render-heading-work = 工作经历
render-heading-volunteer = 志愿服务
render-heading-education = 教育背景
render-heading-projects = 项目经历
render-heading-publications = 出版刊物
render-heading-awards = 荣誉奖项
render-heading-certificates = 资格证书
render-heading-skills = 专业技能
render-heading-languages = 语言能力
render-heading-interests = 兴趣爱好
render-heading-references = 推荐人

render-label-email = 邮箱
render-label-phone = 电话
render-label-website = 个人网站
render-label-score = 成绩
render-label-roles = 角色
render-label-publisher = 发表于
render-label-awarder = 颁发机构
render-label-issuer = 发证机构
render-label-courses = 主修课程

render-month = { $month }
render-date-year = { $year }年
render-date-month = { $year }年{ $month }月
render-date-day = { $year }年{ $month }月{ $day }日
render-date-range = { $start } – { $end }
render-present = 至今
render-degree-in = { $area }{ $degree }
render-forced = 此版本在 `cvpair check` 报告 { $errors } 个错误{ $warnings ->
    [0] {""}
   *[other] 、{ $warnings } 个警告
}的情况下仍被生成，可能与另一语言版本不一致。
render-location-separator = ，
render-labelled = { $label }：{ $value }
