//! `cvpair render`: each language's résumé, but only from a consistent
//! profile: `check` runs first, and errors stop the render (exit 1) unless
//! `--force`, whose output then says it was forced. One language goes to
//! standard output; several go to files, beside the sources unless
//! `--out-dir` says where, and each file written is named on stderr.

use std::path::{Path, PathBuf};

use super::Output;
use crate::check;
use crate::cli::RenderArgs;
use crate::discover::discover;
use crate::i18n::Localizer;
use crate::message::Msg;
use crate::model::Document;
use crate::render::{self, Options};
use crate::report::Summary;
use crate::report::human::{self, Style};

pub fn run(args: &RenderArgs, l10n: &Localizer, style: Style) -> Output {
    let paths = std::slice::from_ref(&args.profile);
    let options = match super::options(&args.common, paths) {
        Ok(o) => o,
        Err(f) => return f.output(l10n, style),
    };
    let found = discover(paths, &options.config, false);
    let report = |outcome: &check::Outcome| human::render(outcome, l10n, style);
    if !found.errors.is_empty() || found.profiles.len() != 1 {
        if found.errors.is_empty() {
            return Output::usage(l10n, &Msg::new("error-render-one-profile"));
        }
        let outcome = check::Outcome {
            errors: found.errors,
            ..Default::default()
        };
        return Output::ok(report(&outcome), 2);
    }
    let profile_dir = found.profiles[0].dir.clone();
    let loaded = match check::load(&found.profiles[0], &options) {
        Ok(l) => l,
        Err(errors) => {
            let outcome = check::Outcome {
                errors,
                ..Default::default()
            };
            return Output::ok(report(&outcome), 2);
        }
    };
    let findings = check::check_loaded(&loaded, &options);
    let summary = Summary::of(&findings);
    let errors = summary.error;
    let mut out = Output::ok(String::new(), 0);
    if errors > 0 {
        let outcome = check::Outcome {
            profiles: vec![loaded.display.clone()],
            findings,
            errors: Vec::new(),
        };
        out.stderr.push_str(&report(&outcome));
        if !args.force {
            out.stderr
                .push_str(&l10n.text(&Msg::new("render-refused").arg("count", errors)));
            out.stderr.push('\n');
            out.code = 1;
            return out;
        }
    }
    let docs = match select(&loaded.documents, &args.langs) {
        Ok(d) => d,
        Err(msg) => return Output::usage(l10n, &msg),
    };
    let render_options = Options {
        forced: (errors > 0).then_some(summary),
        date_style: args.dates,
        front_matter: args.front_matter,
    };
    let mut targets: Vec<(Option<PathBuf>, String)> = Vec::new();
    for doc in &docs {
        if !render::locale_for(doc).1 {
            out.stderr.push_str(
                &l10n.text(&Msg::new("warning-no-locale").arg("lang", doc.file.lang.tag.clone())),
            );
            out.stderr.push('\n');
        }
        let text = render::render(doc, args.format, &render_options);
        let (tag, ext) = (&doc.file.lang.tag, args.format.extension());
        let path = match (&args.output, &args.out_dir) {
            (Some(file), _) => Some(file.clone()),
            (None, Some(dir)) => Some(dir.join(format!("resume.{tag}.{ext}"))),
            // Beside the sources, under a name that is not one (a
            // `resume.en.json` there would be read as a second English
            // source by the next check).
            (None, None) if docs.len() > 1 => Some(profile_dir.join(format!("resume-{tag}.{ext}"))),
            (None, None) => None,
        };
        targets.push((path, text));
    }
    if targets.len() > 1 && args.output.is_some() {
        return Output::usage(l10n, &Msg::new("error-render-several"));
    }
    if let (Some(dir), false) = (&args.out_dir, args.check) {
        if let Err(e) = std::fs::create_dir_all(dir) {
            return write_failed(out, l10n, dir, &e);
        }
    }
    for (path, text) in targets {
        match path {
            None => out.stdout.push_str(&text),
            Some(path) if args.check => compare(&path, &text, l10n, &mut out),
            Some(path) => {
                if let Err(e) = crate::write::atomic(&path, text.as_bytes()) {
                    return write_failed(out, l10n, &path, &e);
                }
                let wrote = Msg::new("render-wrote").arg("path", path.display().to_string());
                out.stderr.push_str(&l10n.text(&wrote));
                out.stderr.push('\n');
            }
        }
    }
    out
}

/// A file or folder that could not be written: exit 2, nothing partial.
fn write_failed(mut out: Output, l10n: &Localizer, path: &Path, e: &std::io::Error) -> Output {
    out.stderr.push_str(
        &l10n.text(
            &Msg::new("error-write")
                .arg("path", path.display().to_string())
                .arg("detail", e.to_string()),
        ),
    );
    out.stderr.push('\n');
    out.code = 2;
    out
}

/// The documents named by `--lang` (by tag, or by primary language), in
/// the profile's order; all of them when none is named.
fn select<'a>(documents: &'a [Document], langs: &[String]) -> Result<Vec<&'a Document>, Msg> {
    if langs.is_empty() {
        return Ok(documents.iter().collect());
    }
    let mut out = Vec::new();
    for tag in langs {
        let doc = documents
            .iter()
            .find(|d| d.file.lang.tag.eq_ignore_ascii_case(tag))
            .or_else(|| {
                documents
                    .iter()
                    .find(|d| d.file.lang.language().eq_ignore_ascii_case(tag))
            })
            .ok_or_else(|| {
                let known: Vec<&str> = documents.iter().map(|d| d.file.lang.tag.as_str()).collect();
                Msg::new("error-render-unknown-lang")
                    .arg("lang", tag.clone())
                    .arg("known", known.join(", "))
            })?;
        out.push(doc);
    }
    Ok(out)
}

/// `--check`: a unified diff from the file as it is to what would be
/// written; exit 1 when they differ.
fn compare(path: &Path, text: &str, l10n: &Localizer, out: &mut Output) {
    let current = std::fs::read_to_string(path).unwrap_or_default();
    if current == text {
        return;
    }
    let shown = path.display().to_string();
    out.stdout.push_str(&crate::report::diff::unified_labelled(
        &current,
        text,
        &shown,
        &format!("{shown} (rendered)"),
    ));
    out.stderr
        .push_str(&l10n.text(&Msg::new("render-stale").arg("path", shown)));
    out.stderr.push('\n');
    out.code = out.code.max(1);
}
