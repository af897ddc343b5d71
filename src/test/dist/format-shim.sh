#!/usr/bin/env bash
# Test harness only: stands in for `vpcgate` while the CLI has no repeatable `-f FORMAT[=FILE]` yet, by running
# `vpcgate check` once per format (`--format F --output FILE`, the one without a file on stdout). e2e.sh uses it
# only when the real CLI rejects `-f sarif=FILE`; the Action itself always runs vpcgate once.
set -euo pipefail
: "${VPCGATE_REAL:?the real launcher}"
args=() formats=()
while [ $# -gt 0 ]; do
  case "$1" in
    -f|--format) formats+=("$2"); shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
code=0
for f in "${formats[@]}"; do
  case "$f" in
    *=*) "$VPCGATE_REAL" "${args[@]}" --format "${f%%=*}" --output "${f#*=}" || code=$? ;;
    *) "$VPCGATE_REAL" "${args[@]}" --format "$f" || code=$? ;;
  esac
done
exit "$code"
