//! Every case under `tests/cmd/` runs cvpair as a user would: a `.toml`
//! with the arguments, exit code and exact output, beside a `.in/` folder
//! holding the files it runs on. A new bug is a new folder, no Rust.
//! Run `TRYCMD=overwrite cargo test --test cli_tests` to rewrite expected
//! output, then read the diff before committing it.

#[test]
fn cli_cases() {
    // Fixed interface language and no colour, whatever the developer's shell.
    // SAFETY: set before any thread of this test binary reads the environment.
    unsafe {
        std::env::set_var("LC_ALL", "C");
        std::env::set_var("NO_COLOR", "1");
        std::env::remove_var("LANG");
        std::env::remove_var("LC_MESSAGES");
        std::env::remove_var("COLUMNS");
    }
    trycmd::TestCases::new()
        .case("tests/cmd/*.toml")
        .case("README.md");
}
