# 命令行输出：汇总与标题。

summary-findings = { $profiles } 份简历中有 { $errors } 个错误、{ $warnings } 个警告、{ $infos } 条提示
summary-clean = { $profiles } 份简历中没有发现问题
summary-load-errors = 有 { $count } 个源文件无法读取，请先修正（退出码 2）
severity-error = 错误
severity-warning = 警告
severity-info = 提示
