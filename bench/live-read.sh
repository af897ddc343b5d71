#!/usr/bin/env bash
# The live-read benchmark: the real Google Cloud clients against the fake servers with injected
# latency (default 100 ms per call), for a project of 5 regions and ~200 resources:
#   bench/live-read.sh [LATENCY_MS]
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
${MVN:-mvn -B -ntp} -q -pl gcp-adapter -am test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
java -cp "gcp-adapter/target/test-classes:gcp-adapter/target/classes:validator-core/target/classes:$(cat "$work/cp.txt")" \
  io.vpcgate.gcp.LiveReadBench "$@"
