//! Command-line definitions (clap), and nothing else.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::config::FailOn;

/// Keep the Chinese and English versions of a résumé in agreement.
#[derive(Debug, Parser)]
#[command(name = "cvpair", version, about, max_term_width = 100)]
pub struct Cli {
    /// Language of cvpair's own messages (`en`, `zh-CN`); default from
    /// LC_ALL, LC_MESSAGES or LANG.
    #[arg(long, global = true, value_name = "TAG")]
    pub ui_lang: Option<String>,

    /// When to colour the output.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Align each profile's language versions and report what disagrees.
    Check(CheckArgs),
    /// Show how the entries of a profile were paired, and why.
    Align(AlignArgs),
    /// Render each language's résumé, only when the profile is consistent.
    Render(RenderArgs),
    /// List the rules, or explain one.
    Rules(RulesArgs),
    /// Show which configuration file applies, and the settings in effect.
    Config(ConfigArgs),
}

#[derive(Debug, Args)]
pub struct Common {
    /// The date that "in the future" is measured from (YYYY-MM-DD or
    /// YYYY-MM); default: today.
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,

    /// The language every other language is compared with [default: en].
    #[arg(long, value_name = "TAG")]
    pub reference: Option<String>,

    /// Read settings from this file instead of the cvpair.yaml found above
    /// the checked paths.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Folders of profiles, profile folders or single source files; each
    /// file stands for its whole profile. Default: ./profiles, else ./
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// The lowest severity that makes the exit code 1 [default: error].
    #[arg(long, value_parser = fail_on_parser())]
    pub fail_on: Option<FailOn>,

    /// Check only these rules (codes, names or code prefixes, comma-separated).
    #[arg(long, value_name = "RULES", value_delimiter = ',')]
    pub select: Option<Vec<String>>,

    /// Do not check these rules.
    #[arg(long, value_name = "RULES", value_delimiter = ',')]
    pub ignore: Option<Vec<String>>,

    /// The paths are the files a commit changed (pre-commit): files that are
    /// not profile sources are skipped without a word.
    #[arg(long)]
    pub hook: bool,

    /// Write a suppression for every finding into the sources.
    #[arg(long)]
    pub add_ignores: bool,

    /// With --add-ignores: print the changes as a diff and write nothing.
    #[arg(long, requires = "add_ignores")]
    pub diff: bool,

    /// With --add-ignores: the reason written with each suppression;
    /// required unless --diff (a suppression without one is a finding).
    #[arg(long, value_name = "TEXT", requires = "add_ignores")]
    pub reason: Option<String>,

    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// A rule's name or code: print its documentation.
    pub rule: Option<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = RulesFormat::Human)]
    pub format: RulesFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    /// A table, or the documentation as text.
    Human,
    /// The registry as JSON, for editors and scripts.
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum AlignFormat {
    /// A table per section, for people.
    Table,
    /// Every pair and unpaired entry with indices, ids, score and reasons,
    /// for scripts and tests.
    Json,
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Print every setting in effect and where it came from.
    #[arg(long)]
    pub show: bool,

    /// The paths a check would be given (the file is looked for above them).
    pub paths: Vec<PathBuf>,

    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Args)]
pub struct AlignArgs {
    /// A profile folder, or one of its source files.
    pub profile: PathBuf,

    /// Output format.
    #[arg(long, value_enum, default_value_t = AlignFormat::Table)]
    pub format: AlignFormat,

    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("destination").args(["output", "out_dir"]))]
pub struct RenderArgs {
    /// A profile folder, or one of its source files.
    pub profile: PathBuf,

    /// Languages to render, by tag (`en`, `zh-CN`); default: every one.
    /// One language goes to standard output; several are written beside
    /// the profile's sources as `resume-TAG.EXT` (or to `--out-dir`).
    #[arg(long = "lang", value_name = "TAG")]
    pub langs: Vec<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = crate::render::Format::Md)]
    pub format: crate::render::Format,

    /// Write to this file (one language only).
    #[arg(short, long, value_name = "FILE", conflicts_with = "out_dir")]
    pub output: Option<PathBuf>,

    /// Write each language to DIR/resume.TAG.EXT.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,

    /// Render even when `check` finds errors; the output says so.
    #[arg(long)]
    pub force: bool,

    /// Write nothing: compare with the files already written, print a
    /// unified diff and exit 1 when they are stale.
    #[arg(long, requires = "destination")]
    pub check: bool,

    /// Jekyll front matter at the top of Markdown.
    #[arg(long)]
    pub front_matter: bool,

    /// How dates are written.
    #[arg(long, value_enum, default_value_t = crate::render::DateStyle::Native)]
    pub dates: crate::render::DateStyle,

    #[command(flatten)]
    pub common: Common,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Snippets of both files, for people at a terminal.
    Human,
    /// One JSON document, as specified in findings.md.
    Json,
    /// One line per finding: path:line:col: CODE [rule] message.
    Concise,
    /// GitHub Actions annotations (workflow commands).
    Github,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// JUnit XML: a test suite per profile, a test case per finding.
    Junit,
    /// GitLab Code Quality report.
    Gitlab,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when standard output is a terminal and NO_COLOR is not set.
    Auto,
    Always,
    Never,
}

/// `--fail-on` takes the words the configuration file takes: the engine's
/// own list, so the two cannot drift apart.
fn fail_on_parser() -> impl clap::builder::TypedValueParser<Value = FailOn> {
    use clap::builder::TypedValueParser;
    let names: Vec<&str> = FailOn::ALL.iter().map(|(n, _)| *n).collect();
    clap::builder::PossibleValuesParser::new(names)
        .map(|name| FailOn::from_name(&name).expect("a possible value"))
}
