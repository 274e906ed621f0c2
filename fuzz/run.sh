#!/usr/bin/env bash
# Coverage-guided fuzzing with cargo-fuzz (libFuzzer), on nightly:
#
#   fuzz/run.sh [SECONDS] [TARGET...]     # default 600 s, every target
#
# Inputs up to 128 KiB (-max_len): a minified résumé with an inline image
# is one line that long, and long lines are where snippets broke.
# Seeds each target's corpus from the bundled profiles and the test cases,
# runs the targets two at a time (one per core), and prints each target's
# executions and duration. A crash lands in fuzz/artifacts/<target>/; copy
# it to fuzz/regressions/<target>/ so `cargo test` replays it for good.
# Needs `cargo install cargo-fuzz` and a nightly toolchain.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(source date glossary pair)

# Minified one-line sources with a 100 KB `data:` image, a finding and a
# syntax error far along the line: snippets must crop, never overflow.
long_lines() {
    local dir=$1 image
    image="data:image/png;base64,$(head -c 100000 /dev/zero | tr '\0' A)"
    printf '{"basics":{"name":"Mei Chen","image":"%s"},"work":[{"name":"Xiaoju","startDate":"2022-03"}]}' \
        "$image" >"$dir/long-line-json"
    printf '{"basics":{"name":"Mei Chen","image":"%s"} "work":[]}' "$image" >"$dir/long-line-error"
    printf 'basics:\n  name: Mei Chen\n  image: %s\nwork: [{name: Xiaoju, startDate: 2022-13}]\n' \
        "$image" >"$dir/long-line-yaml"
}

seed() {
    local target=$1 dir=corpus/$1
    mkdir -p "$dir"
    case $target in
    source)
        find ../profiles ../tests/cmd -name '*.yaml' -o -name '*.yml' -o -name '*.json' |
            grep -v glossary | while read -r f; do cp "$f" "$dir/$(echo "$f" | md5sum | cut -c1-16)"; done
        long_lines "$dir"
        ;;
    glossary)
        find ../tests/cmd ../profiles -name 'glossary.yaml' -o -name 'company-terms.yaml' |
            while read -r f; do cp "$f" "$dir/$(echo "$f" | md5sum | cut -c1-16)"; done
        ;;
    date)
        for d in 2023 2023-09 2023-09-01 2023.9 2023.09 09/2023 "Sep 2023" "Sept. 2023" "1 Sep 2023" \
            "2023年9月" "2023年9月1日" "２０２３．０９" present Present 至今 现在 now "2023-13" "2023-02-30"; do
            printf '%s' "$d" > "$dir/$(printf '%s' "$d" | md5sum | cut -c1-16)"
        done
        ;;
    pair)
        find ../profiles ../tests/cmd -name 'en.yaml' -o -name 'en.json' -o -name 'resume.en.json' | while read -r en; do
            d=$(dirname "$en")
            zh=$(ls "$d"/zh*.yaml "$d"/zh*.json "$d"/*.zh*.json 2>/dev/null | head -1 || true)
            [ -n "$zh" ] || continue
            { cat "$en"; printf '\377'; cat "$zh"; } > "$dir/$(echo "$en" | md5sum | cut -c1-16)"
        done
        long_lines "$dir"
        { cat "$dir/long-line-json"; printf '\377'; sed 's/Mei Chen/陈美/; s/2022-03/2021-03/' "$dir/long-line-json"; } >"$dir/long-line-pair"
        ;;
    esac
}

cargo +nightly fuzz build -O "${targets[@]}" >/dev/null 2>&1 || cargo +nightly fuzz build -O
for t in "${targets[@]}"; do seed "$t"; done

run() {
    local t=$1
    mkdir -p artifacts/$t logs
    cargo +nightly fuzz run -O "$t" "corpus/$t" -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=131072 -print_final_stats=1 \
        >"logs/$t.log" 2>&1 && status=ok || status="FAILED (see fuzz/logs/$t.log)"
    local execs time
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "logs/$t.log" | grep -o '[0-9]*$' || echo '?')
    time=$(grep -o 'Done [0-9]* runs in [0-9]* second' "logs/$t.log" | grep -o 'in [0-9]*' | grep -o '[0-9]*' || echo '?')
    printf '%-9s %s executions in %s s, corpus %s files: %s\n' "$t" "$execs" "$time" "$(ls "corpus/$t" | wc -l)" "$status"
}

# Two at a time: one per core.
for ((i = 0; i < ${#targets[@]}; i += 2)); do
    run "${targets[$i]}" &
    [ $((i + 1)) -lt ${#targets[@]} ] && run "${targets[$((i + 1))]}" &
    wait
done
