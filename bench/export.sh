#!/usr/bin/env bash
# A large Cloud Asset export checked against a one-resource root module: wall time, throughput and peak RSS
# (GNU time), for the streamed snapshot reader. bench/export.sh [SIZE_MB]   (default 1024)
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1024}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bench/export.py "$size" "$work/export.ndjson"
mkdir -p "$work/tf"
printf 'resource "google_compute_network" "vpc" {\n  project = "p1"\n  name    = "vpc"\n}\n' > "$work/tf/main.tf"
bytes=$(stat -c %s "$work/export.ndjson")
/usr/bin/time -f '%e %M' -o "$work/time" bin/vpcgate check "$work/tf" --snapshot "$work/export.ndjson" --format json \
  > "$work/report.json" || true
read -r seconds rss_kb < "$work/time"
python3 - "$bytes" "$seconds" "$rss_kb" <<'PY'
import sys
b, s, kb = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
mb = b / 1048576
print(f"export: {mb:.0f} MB (1% of assets read) in {s:.2f} s = {mb / s:.0f} MB/s including start-up; "
      f"peak RSS {kb / 1024:.0f} MB = {kb * 1024 / b:.2f}x the file (target: at least 100 MB/s, RSS well under the file)")
PY
