#!/usr/bin/env bash
# Where a check's CPU time goes: one run of bin/vpcgate check --recursive under async-profiler (CPU samples from
# perf events every millisecond, every thread: the JIT's compiler threads and the GC included, which the JDK's own
# Flight Recorder does not sample), summed by phase and by the innermost frame of vpcgate's own code.
# The profiler is tools.profiler:async-profiler from Maven Central, fetched into the local Maven repository on
# first use; nothing of it is part of the product.
#   bench/profile.sh [DIR] [ARGS...]   DIR: the tree to check (default: the 2,000-root synthetic monorepo that
#                                      bench/monorepo.sh generates); ARGS: more check options (--rules DIR, ...)
# The collapsed stacks stay in $PROFILE_OUT (default /tmp/vpcgate-profile.collapsed), for flame graphs or a diff.
set -euo pipefail
cd "$(dirname "$0")/.."
version=3.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${PROFILE_OUT:-/tmp/vpcgate-profile.collapsed}
make -s build >/dev/null
jar=$HOME/.m2/repository/tools/profiler/async-profiler/$version/async-profiler-$version.jar
[ -f "$jar" ] || ${MVN:-mvn -B -ntp} -q dependency:get -Dartifact="tools.profiler:async-profiler:$version" >/dev/null
(cd "$work" && unzip -q -o "$jar" 'linux-x64/libasyncProfiler.so')
dir=${1:-}
[ $# -gt 0 ] && shift
if [ -z "$dir" ]; then
  ${MVN:-mvn -B -ntp} -q -pl cli -am test-compile >/dev/null
  java -cp cli/target/test-classes io.vpcgate.cli.SyntheticMonorepo "$work/repo" 2000 >/dev/null
  dir=$work/repo
fi
# the launcher's own options, as bench/monorepo.sh passes them, with the profiler as an agent
opts="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto"
grep -q '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null && opts="$opts -XX:+UseTransparentHugePages"
grep -qx '0\|0-1' /sys/devices/system/cpu/online 2>/dev/null && opts="$opts -XX:CICompilerCount=1" # as the launcher
agent="-agentpath:$work/linux-x64/libasyncProfiler.so=start,event=cpu,interval=1ms,file=$out,collapsed"
code=0
/usr/bin/time -f '%e s wall, %U s user, %S s system' -o "$work/time" env VPCGATE_JAVA_OPTS="$opts $agent" \
  bin/vpcgate check --recursive "$dir" --format json --output "$work/report.json" "$@" >/dev/null 2>"$work/err" || code=$?
echo "check: exit $code, $(tail -1 "$work/time")" # GNU time puts a failed exit on a line of its own first
grep -i 'profiler\|perf' "$work/err" || true

# A sample's phase is the first of these that its stack holds (so a rule's own parsing counts as the rule's).
awk '
  BEGIN {
    n = split("C1:CompileBroker GC:VM_GenCollect GC:GenCollectedHeap GC:GCTaskThread custom-rules-load:CustomRules.load " \
      "custom-rules:io/vpcgate/custom/ root-search:input/terraform/RootModules lex:input/hcl/HclLexer parse:input/hcl/ " \
      "terraform:input/terraform/ plan-state-live:io/vpcgate/input/ rules:io/vpcgate/rules/ engine:io/vpcgate/engine/ " \
      "graph:io/vpcgate/graph/ model:io/vpcgate/model/ report:io/vpcgate/report/ cli:io/vpcgate/", spec, " ")
    for (i = 1; i <= n; i++) { split(spec[i], kv, ":"); name[i] = kv[1]; key[i] = kv[2] }
  }
  {
    count = $NF; stack = substr($0, 1, length($0) - length($NF) - 1); total += count
    phase = "other (JVM, JDK, start-up)"
    for (i = 1; i <= n; i++) if (index(stack, key[i])) { phase = name[i]; break }
    by[phase] += count
    frames = split(stack, f, ";"); own = ""
    for (i = frames; i >= 1; i--) if (index(f[i], "io/vpcgate/")) { own = f[i]; break }
    if (own != "") { sub(/.*\//, "", own); mine[own] += count }
  }
  END {
    printf "%d samples (about 1 ms of CPU each)\n\nby phase:\n", total
    for (p in by) printf "%7d %5.1f%%  %s\n", by[p], 100 * by[p] / total, p | "sort -rn"
    close("sort -rn")
    print "\ninnermost vpcgate frame (with what it calls outside vpcgate):"
    for (m in mine) printf "%7d %5.1f%%  %s\n", mine[m], 100 * mine[m] / total, m | "sort -rn | head -25"
  }' "$out"
echo
echo "collapsed stacks: $out"
