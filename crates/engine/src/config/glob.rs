//! The `exclude` patterns of a configuration file.
//!
//! The gitignore subset people actually write: `*` within one path
//! segment, `**` across segments, `?` one character, and a pattern with no
//! `/` matching a name at any depth (`archive` excludes every folder called
//! archive). Forty lines instead of `globset`, which brings a regex engine
//! into every user's first pre-commit install for a handful of patterns.

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Glob {
    /// The pattern as written, for `config --show`.
    pub text: String,
    segments: Vec<String>,
    /// No `/` in the pattern: it matches a name anywhere.
    anywhere: bool,
}

impl Glob {
    pub fn new(text: &str) -> Glob {
        let trimmed = text.trim().trim_start_matches("./").trim_matches('/');
        Glob {
            text: text.to_string(),
            segments: trimmed.split('/').map(str::to_string).collect(),
            anywhere: !trimmed.contains('/'),
        }
    }

    /// Whether `path` (relative, `/`-separated) or a folder above it matches.
    pub fn matches(&self, path: &str) -> bool {
        let parts: Vec<&str> = path
            .split('/')
            .filter(|p| !p.is_empty() && *p != ".")
            .collect();
        if self.anywhere {
            return parts.iter().any(|p| segment(&self.segments[0], p));
        }
        (1..=parts.len()).any(|n| segments(&self.segments, &parts[..n]))
    }
}

fn segments(pattern: &[String], parts: &[&str]) -> bool {
    match pattern.split_first() {
        None => parts.is_empty(),
        Some((first, rest)) if first == "**" => {
            (0..=parts.len()).any(|skip| segments(rest, &parts[skip..]))
        }
        Some((first, rest)) => parts
            .split_first()
            .is_some_and(|(p, tail)| segment(first, p) && segments(rest, tail)),
    }
}

/// `*` and `?` within one path segment.
fn segment(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    // The classic two-pointer wildcard match with one backtrack point.
    let (mut i, mut j) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while j < n.len() {
        if i < p.len() && (p[i] == '?' || p[i] == n[j]) {
            i += 1;
            j += 1;
        } else if i < p.len() && p[i] == '*' {
            star = Some((i, j));
            i += 1;
        } else if let Some((si, sj)) = star {
            i = si + 1;
            j = sj + 1;
            star = Some((si, sj + 1));
        } else {
            return false;
        }
    }
    p[i..].iter().all(|c| *c == '*')
}

#[cfg(test)]
mod tests {
    use super::Glob;

    #[test]
    fn names_match_at_any_depth() {
        let g = Glob::new("archive");
        assert!(g.matches("archive"));
        assert!(g.matches("profiles/archive/old-me"));
        assert!(!g.matches("profiles/archived"));
    }

    #[test]
    fn paths_match_from_the_top_and_cover_what_is_below() {
        let g = Glob::new("profiles/draft-*");
        assert!(g.matches("profiles/draft-kai"));
        assert!(g.matches("profiles/draft-kai/en.yaml"));
        assert!(!g.matches("other/profiles/draft-kai"));
        assert!(!g.matches("profiles/kai"));
    }

    #[test]
    fn double_star_crosses_folders() {
        let g = Glob::new("**/old/*.json");
        assert!(g.matches("old/en.json"));
        assert!(g.matches("a/b/old/en.json"));
        assert!(!g.matches("a/b/old/en.yaml"));
        let g = Glob::new("people/**/private");
        assert!(g.matches("people/private"));
        assert!(g.matches("people/x/y/private/en.yaml"));
    }

    #[test]
    fn question_mark_and_stars() {
        assert!(Glob::new("v?").matches("v1"));
        assert!(!Glob::new("v?").matches("v10"));
        assert!(Glob::new("*.*.yaml").matches("resume.zh.yaml"));
        assert!(Glob::new("a*b*c").matches("axxbyyc"));
        assert!(!Glob::new("a*b*c").matches("axxbyy"));
    }
}
