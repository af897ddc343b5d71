#!/usr/bin/env bash
# Compares vpcgate's HCL parser with HashiCorp's, file by file, over a directory of real Terraform:
#   bench/hcl-parity.sh DIR...
# Needs node and npm (the reference parser comes from the npm registry; nothing is committed).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: $0 DIR..." >&2; exit 2; }
(cd bench/hcl2json && npm install --silent --no-audit --no-fund >/dev/null)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
find "$@" -name '*.tf' -type f | sort > "$work/files.txt"
node bench/hcl2json/convert.mjs "$work/reference.json" < "$work/files.txt"
${MVN:-mvn -B -ntp} -q -pl validator-core -am test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
java -cp "validator-core/target/classes:validator-core/target/test-classes:$(cat "$work/cp.txt")" \
  io.vpcgate.input.hcl.HclParityCheck "$work/reference.json"
