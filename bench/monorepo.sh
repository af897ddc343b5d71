#!/usr/bin/env bash
# Throughput on a large synthetic monorepo (cli/src/test/java/io/vpcgate/cli/SyntheticMonorepo.java: 2,000 root
# modules, 20,000 resource instances, ~50 MB of .tf), side by side in one run:
#   vpcgate  bin/vpcgate check --recursive, the whole check (walk, parse, evaluate, rules, report) with the
#              launcher's JVM options, heap capped at 1 GB (-Xmx1g: an overrun fails the run); the heap's peak
#              (in use when a collection started) and its live size (after it) from the GC log, peak RSS from GNU time
#   custom     the same with the five policies of samples/custom-rules loaded (--rules): what CEL adds
#   one-core   the same on one core (-XX:ActiveProcessorCount=1), as hcl2json runs
#   hcl2json   HashiCorp's HCL parser (npm @cdktf/hcl2json) parsing the same files and nothing else
#   bench/monorepo.sh [ROOTS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
roots=${1:-2000}
runs=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
make -s build >/dev/null
(cd bench/hcl2json && npm install --silent --no-audit --no-fund >/dev/null)
${MVN:-mvn -B -ntp} -q -pl cli -am test-compile >/dev/null
java -cp cli/target/test-classes io.vpcgate.cli.SyntheticMonorepo "$work/repo" "$roots" | tee "$work/gen.txt"
read -r _ _ _ files _ bytes _ resources _ blocking < "$work/gen.txt"
tf_files=$(find "$work/repo" -name '*.tf' | wc -l)
tf_bytes=$(find "$work/repo" -name '*.tf' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
find "$work/repo" -name '*.tf' | sort > "$work/files.txt"

# wall time, peak resident set and exit of a command, from GNU time (as the other benches; sampling /proc from a
# shell loop would fork about 100 processes a second that compete for the cores); prints "wall_ms peak_rss_kb exit"
measure() {
  local code=0 seconds rss
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" || code=$?
  read -r seconds rss < <(tail -1 "$work/time") # a failed command's exit comes first, on a line of its own
  echo "$(awk -v s="$seconds" 'BEGIN {printf "%d", s * 1000}') $rss $code"
}

# the launcher's own options (these replace them, to add a heap bound and a GC log), huge pages included where the
# kernel gives them on request, as the launcher asks for them
defaults="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto"
grep -q '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null && defaults="$defaults -XX:+UseTransparentHugePages"
grep -qx '0\|0-1' /sys/devices/system/cpu/online 2>/dev/null && defaults="$defaults -XX:CICompilerCount=1" # as the launcher
for i in $(seq "$runs"); do
  for mode in launcher custom one-core hcl2json; do
    opts=$defaults
    [ "$mode" = one-core ] && opts="$opts -XX:ActiveProcessorCount=1"
    extra=()
    [ "$mode" = custom ] && extra=(--rules samples/custom-rules/.vpcgate/rules)
    if [ "$mode" = hcl2json ]; then
      r=$(measure sh -c "exec node bench/hcl2json/parse-only.mjs < '$work/files.txt' > '$work/node.txt'")
      echo "hcl2json $r $(cat "$work/node.txt")" >> "$work/runs.txt"
    else
      r=$(measure env VPCGATE_JAVA_OPTS="$opts -Xmx1g -Xlog:gc:file=$work/gc-$mode.log" \
        bin/vpcgate check --recursive "$work/repo" --format json --output "$work/report.json" "${extra[@]}")
      heap=$({ grep -o '[0-9]*M->[0-9]*M' "$work/gc-$mode.log" || true; } | sed 's/M->/ /; s/M$//' \
        | awk 'p<$1 {p=$1} l<$2 {l=$2} END {print p+0 " live_mb " l+0}')
      found=$(grep -o '"blocking" : [0-9]*' "$work/report.json" | head -1 | grep -o '[0-9]*$')
      echo "$mode $r heap_peak_mb $heap blocking $found" >> "$work/runs.txt"
    fi
  done
done
mb=$(awk -v b="$tf_bytes" 'BEGIN {printf "%.1f", b / 1e6}')
echo "input: $tf_files .tf files, $mb MB of .tf ($files files, $bytes bytes with tfvars), $resources resource instances, $blocking blocking expected"
for mode in launcher custom one-core hcl2json; do
  grep "^$mode " "$work/runs.txt" | sort -k2 -n | awk -v m="$mode" -v f="$tf_files" -v b="$tf_bytes" -v n="$runs" '
    {w[NR]=$2; rss[NR]=$3; code[NR]=$4; line[NR]=$0}
    END {
      k=int((NR+1)/2); split(line[k], x, " ")
      printf "%-9s median wall %6d ms (%d..%d) | %7.0f files/s %5.1f MB/s | peak RSS %4d MB | exit %s", m, w[k], w[1], w[NR],
        f/(w[k]/1000), b/1e6/(w[k]/1000), rss[k]/1024, code[k]
      if (m == "hcl2json") printf " | parse only %d ms = %.1f MB/s, %d failed\n", x[10], b/1e6/(x[10]/1000), x[12]
      else printf " | heap peak %d MB, live %d MB | %s blocking\n", x[6], x[8], x[10]
    }'
done | tee "$work/summary.txt"
awk '{for (i=1;i<=NF;i++) { if ($i=="wall") w[$1]=$(i+1); if ($i=="only") p=$(i+1) }} END {
  r=w["hcl2json"]/w["launcher"]
  printf "ratio: vpcgate checks %.2fx as fast per MB as hcl2json parses (whole processes; %.2fx on one core; %.2fx\n",
    r, w["hcl2json"]/w["one-core"], p/w["launcher"]
  printf "       against its parse time alone; ratios of the medians)\n"
  printf "wall: %d ms, %.2fx of the 5 s target: %s (%.2fx of the earlier 10 s target)\n", w["launcher"],
    w["launcher"]/5000, (w["launcher"] < 5000 ? "reached" : "NOT reached"), w["launcher"]/10000
  c=w["custom"]/w["launcher"]
  printf "custom rules: the five sample policies add %.1f%% to the check (ratio of the medians)\n", (c-1)*100 }' \
  "$work/summary.txt"
# The same ratios run by run: each run of a mode against the launcher's run of the same round (the load of a shared
# machine drifts over minutes; a pair of runs seconds apart shares it, the medians of the modes need not). The targets
# are judged on these medians.
awk '{n[$1]++; w[$1, n[$1]]=$2} END {
  k=n["launcher"]
  for (i=1; i<=k; i++) { c[i]=w["custom", i]/w["launcher", i]; h[i]=w["hcl2json", i]/w["launcher", i] }
  mc=median(c, k); mh=median(h, k)
  printf "run by run (median of %d pairs): %.2fx hcl2json per MB (target at least 10x: %s); the policies add %.1f%%", k,
    mh, (mh >= 10 ? "reached" : "NOT reached"), (mc-1)*100
  printf " (target under 10%%: %s)\n", (mc < 1.10 ? "reached" : "NOT reached") }
  function median(a, k,   i, j, t, s) {
    for (i=1; i<=k; i++) s[i]=a[i]
    for (i=1; i<=k; i++) for (j=i+1; j<=k; j++) if (s[j] < s[i]) { t=s[i]; s[i]=s[j]; s[j]=t }
    return k % 2 ? s[(k+1)/2] : (s[k/2] + s[k/2+1]) / 2 }' "$work/runs.txt"
