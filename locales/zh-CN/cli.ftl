# 命令行输出：汇总与标题。

summary-findings = { $profiles } 份简历中有 { $errors } 个错误、{ $warnings } 个警告、{ $infos } 条提示
summary-clean = { $profiles } 份简历中没有发现问题
summary-load-errors = 输入中有 { $count } 处问题使 cvpair 无法继续，请先修正（退出码 2）
severity-error = 错误
severity-warning = 警告
severity-info = 提示
render-refused = 未生成：`cvpair check` 发现 { $count } 个错误（请先修正，或使用 --force）
error-add-ignores-reason = --add-ignores 需要 --reason TEXT：没有原因的抑制本身会被报告（unexplained-suppression）；可先用 --diff 预览
render-wrote = 已写入 { $path }
render-stale = { $path } 已过期：与源文件生成的内容不一致
warning-ui-lang = 警告：cvpair 没有 `{ $lang }` 的界面语言（现有 { $known }），使用英文
warning-no-locale = 警告：没有 `{ $lang }` 的语言包，标题和日期使用英文
error-render-one-profile = render 只接受一个简历目录（或其中一个文件）
error-render-several = 要生成多种语言：请用 --lang 选择一种，或用 --out-dir 全部写出
error-render-unknown-lang = 此简历没有 `{ $lang }` 的源文件（已有：{ $known }）
error-write = 无法写入 { $path }：{ $detail }
add-ignores-written = { $path }：添加了 { $count } 条抑制
add-ignores-added = 在 { $files } 个文件中添加了 { $count } 条抑制
add-ignores-would-add = 将在 { $files } 个文件中添加 { $count } 条抑制（未写入）
rules-footer = `cvpair rules 规则名` 显示规则的说明；在 `cvpair.yaml` 中选择规则并设置严重级别
config-file = 配置文件：{ $path }
config-none = 当前目录及其上级目录中没有配置文件（cvpair.yaml 或 .cvpair.yaml），使用默认设置
config-value-none = （无）
config-origin-default = 默认
# 供程序读取的格式（github、sarif、junit）中的文字。
report-counterpart = { $message }（对应 { $path }:{ $line }）
report-related = { $lang } 版本中的对应处
report-help = 建议：{ $text }
report-clean-profile = 没有发现问题
