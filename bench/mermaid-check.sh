#!/usr/bin/env bash
# Renders the Mermaid wiring diagram of a Markdown report with the Mermaid CLI (npm
# @mermaid-js/mermaid-cli), using Debian's Chromium instead of a downloaded browser:
#   bench/mermaid-check.sh [REPORT.md]      (default: the staging-incident sample's report)
# Needs: apt-get install chromium; node and npm. Writes the rendered SVG next to a temporary copy.
set -euo pipefail
cd "$(dirname "$0")/.."
chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || { echo "mermaid-check: install Debian's chromium first (apt-get install chromium)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ $# -gt 0 ]; then
  cp "$1" "$work/report.md"
else
  make -s build >/dev/null
  bin/vpcgate check samples/staging-incident/terraform --snapshot samples/staging-incident/live.json \
    --format markdown --fail-on never > "$work/report.md"
fi
(cd "$work" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent --no-audit --no-fund @mermaid-js/mermaid-cli@11 >/dev/null)
cat > "$work/puppeteer.json" <<JSON
{"executablePath": "$chromium", "args": ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
 "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]}
JSON
"$work/node_modules/.bin/mmdc" -q -p "$work/puppeteer.json" -i "$work/report.md" -o "$work/rendered.md"
ls "$work"/rendered-*.svg >/dev/null
echo "mermaid-check: the wiring diagram renders ($(ls "$work"/rendered-*.svg | wc -l) chart)"
