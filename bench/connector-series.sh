#!/usr/bin/env bash
# The range rules' scaling: N connectors and N subnetworks on one network, N = 250 .. 2000, each checked RUNS
# times (median wall time, start-up included, and without it: the time of an empty module subtracted).
# bench/connector-series.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timed() {
  for _ in $(seq "$runs"); do
    s=$(date +%s%N); bin/vpcgate check "$1" --format json > /dev/null || true; e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
  done | median
}
mkdir -p "$work/n0" && printf 'locals {}\n' > "$work/n0/main.tf"
base=$(timed "$work/n0")
first=""
for n in 250 500 1000 2000; do
  mkdir -p "$work/n$n" && bench/connector-series.py "$n" "$work/n$n/main.tf"
  ms=$(timed "$work/n$n"); net=$((ms - base)); [ -z "$first" ] && first=$net
  echo "connector series: $n connectors + $n subnetworks: ${ms} ms (${net} ms beyond start-up), x$(python3 -c "print(round($net / max($first, 1), 1))") the 250 case"
done
echo "connector series: target linear (2000 within 10/8 x 8 = 10x of 250)"
