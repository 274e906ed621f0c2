#!/usr/bin/env bash
# Runs cvpair as pre-commit runs it for a user: `pre-commit try-repo` builds
# the hook from this checkout (language: rust, so with cargo) and runs it in
# a scratch repository holding two of the example profiles and some files
# that are not profiles.
#
#   ci/try-repo.sh            # uses pre-commit from PATH, else a venv in target/
#
# It checks three commits' worth of changed files: a clean profile plus
# unrelated files (must pass), a profile with planted slips (must fail with
# its findings), and only files that are not profiles (must pass silently).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v pre-commit >/dev/null; then
    venv="$here/target/pre-commit-venv"
    [ -x "$venv/bin/pre-commit" ] || {
        python3 -m venv "$venv"
        "$venv/bin/pip" install --quiet pre-commit
    }
    PATH="$venv/bin:$PATH"
fi
echo "pre-commit $(pre-commit --version | cut -d' ' -f2)"
# Each try-repo run installs the hook afresh (cargo install from a new
# clone); one shared target folder lets the second and third reuse the
# first one's build, and the first reuse this checkout's release build.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$here/target}"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
git init --quiet
git config user.email try-repo@example.com
git config user.name try-repo
mkdir -p profiles .github/workflows
cp -r "$here/profiles/ada-lin" "$here/profiles/kai-zhou" profiles/
cp "$here/ci/github-actions.yml" .github/workflows/cvpair.yml
cp "$here/ci/pre-commit-config.yaml" .pre-commit-config.yaml
echo "# notes" > README.md
git add -A
git commit --quiet -m "scratch"

run() { # expected-status, files...
    local expected=$1
    shift
    echo
    echo "\$ pre-commit try-repo <cvpair> cvpair --files $*"
    set +e
    pre-commit try-repo "$here" cvpair --verbose --files "$@" 2>&1 | sed -n '/^===/,$p'
    local status=${PIPESTATUS[0]}
    set -e
    if [ "$status" != "$expected" ]; then
        echo "FAILED: pre-commit exited $status, expected $expected" >&2
        exit 1
    fi
}

run 0 profiles/ada-lin/en.yaml README.md .github/workflows/cvpair.yml .pre-commit-config.yaml
run 1 profiles/kai-zhou/zh.yaml profiles/ada-lin/zh-CN.yaml
run 0 README.md .pre-commit-config.yaml .github/workflows/cvpair.yml
echo
echo "try-repo: all three runs behaved"
