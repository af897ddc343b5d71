#!/usr/bin/env bash
# Measures HCL4j (com.bertramlabs.plugins:hcl4j, the parser the product was first specified with)
# against vpcgate's HCL parser, file by file, over directories of real Terraform:
#   bench/hcl4j.sh DIR...
# Prints parse rates (with HashiCorp's parser, via bench/hcl2json, as the reference), HCL4j's failures
# by error, structure, positions, side effects and warm parse time. Installs validator-core into the
# local Maven repository, then builds the standalone project bench/hcl4j (not a module of the parent
# pom). Needs Maven; node and npm for the hcl2json column (skipped without them). Nothing is committed
# or fetched but packages by name. Findings: docs/hcl4j-measurement.md.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 DIR..." >&2; exit 2; }
dirs=()
for d in "$@"; do dirs+=("$(cd "$d" && pwd)"); done
cd "$(dirname "$0")/.."
mvn=${MVN:-mvn -B -ntp}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
reference=()
if command -v node >/dev/null && command -v npm >/dev/null; then
  (cd bench/hcl2json && npm install --silent --no-audit --no-fund >/dev/null)
  find "${dirs[@]}" -name '*.tf' -type f | sort > "$work/files.txt"
  node bench/hcl2json/convert.mjs "$work/hcl2json.json" < "$work/files.txt"
  reference=(--hcl2json "$work/hcl2json.json")
else
  echo "node or npm missing: no hcl2json column" >&2
fi
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)
$mvn -q -pl validator-core -am install -DskipTests >&2
$mvn -q -f bench/hcl4j/pom.xml -Dvpcgate.version="$version" compile dependency:build-classpath \
  -Dmdep.outputFile="$work/cp.txt" >&2
java -cp "bench/hcl4j/target/classes:$(cat "$work/cp.txt")" io.vpcgate.bench.hcl4j.Hcl4jMeasurement \
  "${reference[@]}" "${dirs[@]}"
