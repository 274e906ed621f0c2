#!/usr/bin/env bash
# Renders a bundled profile as HTML in both languages, loads each page in
# headless Chromium, and checks what a reader would get: the DOM the
# browser built holds every entry, "Print to PDF" stays within two pages,
# and a screenshot is saved to look at.
#
#   bash ci/browser-check.sh [PROFILE] [OUT_DIR]
#
# Installs Debian's chromium, fonts-noto-cjk and poppler-utils when missing
# (as root). Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${1:-profiles/ada-lin}
out=${2:-target/browser-check}
max_pages=2

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v pdfinfo >/dev/null || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

cargo build --release --locked --quiet
bin=target/release/cvpair
mkdir -p "$out"
# Chromium flags for a closed network and a root user in a sandbox.
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
       --disable-background-networking --disable-component-update --disable-sync
       --user-data-dir="$(mktemp -d)")

status=0
for lang in $("$bin" render "$profile" --format json --out-dir "$out/json" >/dev/null && ls "$out/json" | sed -E 's/^resume\.(.*)\.json$/\1/'); do
  html="$out/resume.$lang.html"
  "$bin" render "$profile" --lang "$lang" --format html -o "$html"
  url="file://$(realpath "$html")"
  chromium "${flags[@]}" --dump-dom "$url" 2>/dev/null > "$out/dom.$lang.html"
  chromium "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/resume.$lang.pdf" "$url" 2>/dev/null
  chromium "${flags[@]}" --window-size=1000,1400 --screenshot="$out/resume.$lang.png" "$url" 2>/dev/null
  # Every entry of the source must be in the DOM the browser built.
  missing=$(python3 - "$out/json/resume.$lang.json" "$out/dom.$lang.html" <<'PY'
import html, json, re, sys
resume = json.load(open(sys.argv[1]))
dom = html.unescape(re.sub(r"<[^>]+>", " ", open(sys.argv[2]).read()))
dom = re.sub(r"\s+", " ", dom)
want = [resume["basics"]["name"]]
for section in ("work", "education", "projects", "awards", "publications", "certificates", "volunteer"):
    for entry in resume.get(section, []):
        want.append(entry.get("name") or entry.get("institution") or entry.get("title") or entry.get("organization"))
print("\n".join(w for w in want if w and re.sub(r"\s+", " ", w) not in dom))
PY
)
  pages=$(pdfinfo "$out/resume.$lang.pdf" | awk '/^Pages:/ {print $2}')
  articles=$(grep -o "<article>" "$out/dom.$lang.html" | wc -l)
  echo "$lang: $articles entries in the DOM, PDF $pages page(s), screenshot $out/resume.$lang.png"
  if [ -n "$missing" ]; then
    echo "  missing from the page: $missing"; status=1
  fi
  if [ "$pages" -gt "$max_pages" ]; then
    echo "  the PDF has $pages pages, more than $max_pages"; status=1
  fi
done
exit $status
