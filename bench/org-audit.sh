#!/usr/bin/env bash
# An organisation audited from its Cloud Asset export: wall time and peak RSS (GNU time -v) of
# `vpcgate audit --snapshot` over 1,000 projects with every kind vpcgate reads (one connector each), then over a
# folder of 10,000 connectors (1,000 projects x 10; target under 5 s). bench/org-audit.sh [PROJECTS]   (default 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
projects=${1:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() { # name, connectors per project
  bench/org-export.py "$projects" "$2" "$work/$1.ndjson" 2> "$work/$1.gen"
  /usr/bin/time -v -o "$work/$1.time" bin/vpcgate audit --snapshot "$work/$1.ndjson" --format json \
    > "$work/$1.json" 2> "$work/$1.err" || true
  python3 - "$1" "$work/$1.gen" "$work/$1.time" "$work/$1.json" <<'PY'
import json, re, sys
name, gen, timing, report = sys.argv[1:]
t = open(timing).read()
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.*)", t).group(1).split(":")
seconds = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1))
code = re.search(r"Exit status: (\d+)", t).group(1)
r = json.load(open(report))
print("org audit (%s): %s; %.2f s wall, peak RSS %.0f MB, exit %s, %d findings" % (
    name, open(gen).read().strip().split(": ", 1)[1], seconds, rss / 1024, code, len(r["findings"])))
PY
}
run organisation 1
run connectors 10
