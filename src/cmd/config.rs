//! `cvpair config [--show]`: which configuration file a check of the
//! paths would read, and with `--show` every setting in effect and where
//! each came from (the file and line, a flag, or the default).

use unicode_width::UnicodeWidthStr;

use super::Output;
use crate::cli::ConfigArgs;
use crate::config::{Config, Origin};
use crate::i18n::Localizer;
use crate::message::Msg;
use crate::report::human::Style;

pub fn run(args: &ConfigArgs, l10n: &Localizer, style: Style) -> Output {
    let config = match super::config(&args.common, &args.paths) {
        Ok(c) => c,
        Err(f) => return f.output(l10n, style),
    };
    let mut out = match &config.file {
        Some((path, _)) => l10n.text(&Msg::new("config-file").arg("path", path.clone())),
        None => l10n.text(&Msg::new("config-none")),
    };
    out.push('\n');
    if args.show {
        out.push('\n');
        out.push_str(&settings(&config, l10n));
    }
    Output::ok(out, 0)
}

fn settings(config: &Config, l10n: &Localizer) -> String {
    let none = || l10n.text(&Msg::new("config-value-none"));
    let list = |items: Vec<String>| {
        if items.is_empty() {
            none()
        } else {
            items.join(", ")
        }
    };
    let mut rows: Vec<(&str, String, String)> = vec![
        (
            "reference",
            config.reference.value.clone(),
            origin(&config.reference.origin, l10n),
        ),
        (
            "select",
            list(config.select.value.clone()),
            origin(&config.select.origin, l10n),
        ),
        (
            "ignore",
            list(config.ignore.value.clone()),
            origin(&config.ignore.origin, l10n),
        ),
    ];
    if config.severity.is_empty() {
        rows.push(("severity", none(), origin(&Origin::Default, l10n)));
    }
    for o in &config.severity {
        rows.push((
            "severity",
            format!("{} = {}", o.rule.name, o.severity.as_str()),
            origin(&o.origin, l10n),
        ));
    }
    rows.extend([
        (
            "today",
            config.today.value.to_string(),
            origin(&config.today.origin, l10n),
        ),
        (
            "glossary",
            list(
                config
                    .glossary
                    .value
                    .iter()
                    .map(|(w, _)| w.clone())
                    .collect(),
            ),
            origin(&config.glossary.origin, l10n),
        ),
        (
            "exclude",
            list(
                config
                    .exclude
                    .value
                    .iter()
                    .map(|g| g.text.clone())
                    .collect(),
            ),
            origin(&config.exclude.origin, l10n),
        ),
        (
            "fail-on",
            config.fail_on.value.as_str().to_string(),
            origin(&config.fail_on.origin, l10n),
        ),
    ]);
    if config.profiles.is_empty() {
        rows.push(("profiles", none(), origin(&Origin::Default, l10n)));
    }
    for p in &config.profiles {
        let files: Vec<String> = p
            .sources
            .iter()
            .map(|(lang, written, _)| format!("{}: {written}", lang.tag))
            .collect();
        rows.push(("profiles", files.join(", "), origin(&p.origin, l10n)));
    }
    let key_width = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
    let value_width = rows.iter().map(|r| r.1.width()).max().unwrap_or(0);
    let mut out = String::new();
    for (key, value, from) in rows {
        out.push_str(&format!(
            "{key:key_width$}  {value}{}  {from}\n",
            " ".repeat(value_width - value.width())
        ));
    }
    out
}

fn origin(origin: &Origin, l10n: &Localizer) -> String {
    match origin {
        Origin::Default => l10n.text(&Msg::new("config-origin-default")),
        Origin::File { path, line } => format!("{path}:{line}"),
        Origin::Flag(flag) => (*flag).to_string(),
    }
}
