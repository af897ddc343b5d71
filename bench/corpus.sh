#!/usr/bin/env bash
# Runs every rule over every directory with .tf files under DIR... (public Terraform nobody here wrote)
# and prints findings, input errors and crashes for review:  bench/corpus.sh DIR...
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: $0 DIR..." >&2; exit 2; }
# CORPUS_MODULES=dir: registry modules fetched beforehand, resolved as terraform init would (bench/corpus-modules.py)
if [ -n "${CORPUS_MODULES:-}" ]; then bench/corpus-modules.py "$CORPUS_MODULES" "$@"; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -ntp -q -pl cli -am test-compile >/dev/null
mvn -B -ntp -q -pl validator-core dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
java -cp "cli/target/test-classes:cli/target/classes:rules/target/classes:validator-core/target/classes:$(cat "$work/cp.txt")" \
  io.vpcgate.cli.CorpusCheck "$@"
