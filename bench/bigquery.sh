#!/usr/bin/env bash
# The BigQuery path (--asset-table) against the loopback fake with added latency per call (default 100 ms), over a
# generated table of 1,000 projects with every kind vpcgate reads: wall time, calls, rows and bytes scanned.
#   bench/bigquery.sh [LATENCY_MS] [PROJECTS]
set -euo pipefail
cd "$(dirname "$0")/.."
latency=${1:-100}
projects=${2:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bench/org-export.py "$projects" 1 "$work/org.ndjson" 2>/dev/null
${MVN:-mvn -B -ntp} -q -pl gcp-adapter -am test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
java -cp "gcp-adapter/target/test-classes:gcp-adapter/target/classes:validator-core/target/classes:$(cat "$work/cp.txt")" \
  io.vpcgate.gcp.AssetTableBench "$work/org.ndjson" "$latency"
