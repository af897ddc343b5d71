#!/usr/bin/env bash
# CLI start-up with and without live state, one JVM per run, side by side (median of RUNS, default 7):
#   bench/startup.sh [RUNS]
# "snapshot" checks samples/staging-incident on its snapshot; "live" reads the same state through the
# real Google Cloud clients from the fake servers (no latency), so the difference is the clients' cost.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
${MVN:-mvn -B -ntp} -q -pl cli -am test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="cli/target/test-classes:cli/target/classes:gcp-adapter/target/test-classes:gcp-adapter/target/classes:rules/target/classes:validator-core/target/classes:$(cat "$work/cp.txt")"
for mode in snapshot live; do
  for i in $(seq "$runs"); do java -cp "$cp" io.driftgate.cli.StartupBench "$mode"; done | sort -t' ' -k5 -n \
    | awk -v n="$runs" '{ms[NR]=$5} END {print $1 ": median " ms[int((n+1)/2)] " ms of " n " runs (" ms[1] ".." ms[n] ")"}'
done
