#!/usr/bin/env bash
# Start-up of the packaged CLI (bin/vpcgate) with and without live state, runs interleaved, median of RUNS
# (default 11): "terraform" checks samples/staging-incident alone ("no-cds": the same without the class data
# sharing archive that make build writes, for the ratio), "snapshot" with its snapshot, "live" reads
# the same state with --project through the real Google Cloud clients (vpcgate-gcp.jar) from fake servers on
# loopback ports (no latency), so the difference is what loading and starting the clients costs. "hello" is the
# reference: a JVM hello world (java with the launcher's JVM options, the JDK's default CDS archive), measured in
# the same interleaved runs; the target is "terraform" at most 4x of it.
#   bench/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
make -s build >/dev/null
${MVN:-mvn -B -ntp} -q -pl cli -am test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="cli/target/test-classes:gcp-adapter/target/test-classes:gcp-adapter/target/classes:rules/target/classes:validator-core/target/classes:$(cat "$work/cp.txt")"
java -cp "$cp" io.vpcgate.cli.IncidentV2Snapshot "$work/live-v2.json"
java -cp "$cp" io.vpcgate.gcp.FakeGcpServer "$work/live-v2.json" > "$work/env.txt" &
server=$!
for _ in $(seq 100); do [ "$(wc -l < "$work/env.txt")" -ge 2 ] && break; sleep 0.1; done
mkdir -p "$work/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello world"); } }\n' \
  > "$work/hello/Hello.java"
javac -d "$work/hello" "$work/hello/Hello.java"
jit="" # the launcher's options: one JIT thread on a machine of at most two processors
grep -qx '0\|0-1' /sys/devices/system/cpu/online 2>/dev/null && jit="-XX:CICompilerCount=1"
S=samples/staging-incident
for i in $(seq "$runs"); do
  for mode in hello terraform no-cds snapshot live; do
    if [ "$mode" = hello ]; then
      start=$(date +%s%N)
      "${JAVA:-java}" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto $jit -cp "$work/hello" Hello >/dev/null
      echo "$mode $(( ($(date +%s%N) - start) / 1000000 ))" >> "$work/times.txt"
      continue
    fi
    cds=on
    case $mode in
      terraform) args=(check "$S/terraform") ;;
      no-cds) args=(check "$S/terraform"); cds=off ;;
      snapshot) args=(check "$S/terraform" --snapshot "$S/live.json") ;;
      live) args=(check "$S/terraform" --project acme-staging) ;;
    esac
    start=$(date +%s%N)
    env $(cat "$work/env.txt") VPCGATE_CDS=$cds bin/vpcgate "${args[@]}" >/dev/null 2>&1 || true
    echo "$mode $(( ($(date +%s%N) - start) / 1000000 ))" >> "$work/times.txt"
  done
done
for mode in hello terraform no-cds snapshot live; do
  grep "^$mode " "$work/times.txt" | awk '{print $2}' | sort -n \
    | awk -v m="$mode" '{v[NR]=$1} END {printf "%-9s median %d ms of %d runs (%d..%d)\n", m, v[int((NR+1)/2)], NR, v[1], v[NR]}'
done | tee "$work/summary.txt"
awk '{median[$1]=$3} END {printf "ratio: check start-up with the archive %.2fx of without; %.2fx of the 0.6 s target\n",
  median["terraform"]/median["no-cds"], median["terraform"]/600
  r=median["terraform"]/median["hello"]
  printf "       check start-up %.2fx of a JVM hello world (%d ms against %d ms); target at most 4x: %s\n",
    r, median["terraform"], median["hello"], (r <= 4 ? "reached" : "NOT reached") }' "$work/summary.txt"
