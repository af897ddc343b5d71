#!/usr/bin/env bash
# End-to-end test of the distribution in dist/ (make dist-test, run by make test): the release files are served
# from a local directory (file://) as GitHub would serve them, and everything that installs or runs them runs with
# `env -i PATH=$trap:/usr/bin:/bin HOME=$tmp/home`, where $trap holds a `java` that fails the test if anything
# runs it: the bundled runtime must be enough. Checked, on samples/staging-incident (exit 4, blocked):
#   the archives (checksums, sorted entries, fixed mtimes, the runtime's modules, jdeps' answer covered),
#   `vpcgate --version` from the tarball, the zip with the JDK on this machine,
#   a live read (--project) through the bundled runtime against the fake Google Cloud servers, and a TLS handshake
#   with ECDHE and an ECDSA certificate only,
#   the GitHub Action's install and check steps (install.sh, check.sh): SARIF, step summary, annotations, outputs,
#   the GitLab job's script lines and the Cloud Build step's script, exactly as written in src/dist/ci,
#   the pre-commit hook as pre-commit runs it (language: script, cwd = the repository, no file names), and through
#   pre-commit itself when it is installed.
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$(pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

tarball=$(ls dist/vpcgate-*-linux-x64.tar.gz)
version=${tarball#dist/vpcgate-}
version=${version%-linux-x64.tar.gz}
zip=dist/vpcgate-$version.zip
if [ ! -f "$zip" ] || [ ! -f dist/SHA256SUMS ]; then fail "dist/ is incomplete; run make dist"; fi
commit=$(unzip -p cli/target/vpcgate.jar io/vpcgate/cli/version.properties | sed -n 's/^commit=//p')

tmp=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT
mkdir -p "$tmp/trap" "$tmp/home" "$tmp/releases/download/v$version"
cat > "$tmp/trap/java" <<EOF
#!/bin/sh
echo "java from PATH was run: \$*" >> "$tmp/java-on-path"
exit 99
EOF
chmod +x "$tmp/trap/java"
cp "$tarball" "$zip" dist/SHA256SUMS "$tmp/releases/download/v$version/"
releases=file://$tmp/releases
clean() { env -i PATH="$tmp/trap:/usr/bin:/bin" HOME="$tmp/home" LANG=C.UTF-8 "$@"; }
no_java_from_path() { [ ! -e "$tmp/java-on-path" ] || fail "$1 ran java from PATH: $(cat "$tmp/java-on-path")"; }
S=samples/staging-incident

# --- the archives
(cd dist && sha256sum --quiet -c SHA256SUMS) || fail "SHA256SUMS does not match dist/"
tar -tzf "$tarball" > "$tmp/entries"
LC_ALL=C sort -c "$tmp/entries" 2>/dev/null || fail "tarball entries are not sorted"
[ "$(tar -tvzf "$tarball" | awk '{print $4}' | sort -u | wc -l)" = 1 ] || fail "tarball mtimes are not all the same"
for f in vpcgate vpcgate.cmd vpcgate.jar vpcgate-gcp.jar runtime/bin/java samples/staging-incident/live.json \
  samples/custom-rules/.vpcgate/rules/payments-platform.yaml; do
  grep -qx "vpcgate-$version/$f" "$tmp/entries" || fail "tarball has no vpcgate-$version/$f"
done
unzip -Z1 "$zip" > "$tmp/zip-entries"
LC_ALL=C sort -c "$tmp/zip-entries" 2>/dev/null || fail "zip entries are not sorted"
! grep -q runtime/ "$tmp/zip-entries" || fail "the zip carries a runtime"
ok "archives: checksums, sorted entries, one mtime ($(du -h "$tarball" | cut -f1) tarball, $(du -h "$zip" | cut -f1) zip)"

# --- the tarball, unpacked, with nothing but its own runtime
mkdir "$tmp/opt"
tar -xzf "$tarball" -C "$tmp/opt"
v=$tmp/opt/vpcgate-$version/vpcgate
out=$(clean "$v" --version)
[ "$out" = "vpcgate $version (commit $commit)" ] || fail "--version printed '$out'"
modules=$("$tmp/opt/vpcgate-$version/runtime/bin/java" --list-modules | sed 's/@.*//' | sort | tr '\n' ' ')
ok "tarball: $out; runtime modules: $modules"
for m in jdk.crypto.ec jdk.unsupported java.naming java.sql; do
  case " $modules" in *" $m "*) ;; *) fail "the runtime lacks $m" ;; esac
done
case " $modules" in *" java.desktop "*) fail "the runtime carries java.desktop" ;; esac
# jdeps' answer over both jars must be covered by the runtime (java.desktop excepted: see src/dist/dist.sh)
if [ "${VPCGATE_E2E_JDEPS:-on}" = on ]; then
  needed=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 cli/target/vpcgate.jar cli/target/vpcgate-gcp.jar)
  for m in ${needed//,/ }; do
    case " $modules java.desktop " in *" $m "*) ;; *) fail "jdeps says the jars need $m, which the runtime lacks" ;; esac
  done
  ok "jdeps' answer ($needed) is covered"
fi
code=0
clean "$v" check "$S/terraform" --snapshot "$S/live.json" --format json --output "$tmp/report.json" || code=$?
[ "$code" = 4 ] || fail "check of $S exited $code, not 4"
no_java_from_path "the tarball"
python3 - "$tmp/report.json" "$S/expected.json" <<'EOF'
import json, sys
got, want = (json.load(open(p)) for p in sys.argv[1:])
key = lambda r: sorted((f["ruleId"], f["resource"]) for f in r["findings"])
assert key(got) == key(want), "the tarball's report differs from expected.json"
EOF
ok "tarball: the staging incident is blocked (exit 4), the report is expected.json's"

# --- the zip, with the JDK on this machine
mkdir "$tmp/zip"
unzip -q "$zip" -d "$tmp/zip"
[ "$("$tmp/zip/vpcgate-$version/vpcgate" --version)" = "vpcgate $version (commit $commit)" ] || fail "zip --version"
code=0
"$tmp/zip/vpcgate-$version/vpcgate" check "$S/terraform" --snapshot "$S/live.json" >/dev/null || code=$?
[ "$code" = 4 ] || fail "the zip's check exited $code"
ok "zip: runs with the system's Java 17, exit 4"

# --- a live read through the bundled runtime: the Google Cloud clients (gRPC, HTTP/JSON) against the fakes
${MVN:-mvn -B -ntp} -q -o -pl cli -am test-compile dependency:build-classpath -Dmdep.outputFile="$tmp/cp.txt" >/dev/null 2>&1
cp="cli/target/test-classes:gcp-adapter/target/test-classes:gcp-adapter/target/classes:rules/target/classes:validator-core/target/classes:$(cat "$tmp/cp.txt")"
java -cp "$cp" io.vpcgate.cli.IncidentV2Snapshot "$tmp/live-v2.json"
java -cp "$cp" io.vpcgate.gcp.FakeGcpServer "$tmp/live-v2.json" > "$tmp/fake-env.txt" 2> "$tmp/fake.err" &
server=$!
for _ in $(seq 300); do [ "$(wc -l < "$tmp/fake-env.txt")" -ge 2 ] && break; sleep 0.1; done
mapfile -t fake_env < "$tmp/fake-env.txt"
code=0
clean "${fake_env[@]}" "$v" check "$S/terraform" --project acme-staging --format json --output "$tmp/live.json" \
  2> "$tmp/live.err" || code=$?
[ "$code" = 4 ] || fail "live read with the bundled runtime exited $code: $(cat "$tmp/live.err")"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert any(f["ruleId"]=="VPCC-05" for f in r["findings"]), r' "$tmp/live.json"
no_java_from_path "the live read"
kill "$server"; server=""
ok "live read (--project, fake servers) through the bundled runtime: exit 4"

# --- TLS as Google's front ends speak it (key exchange X25519 or P-256 only, an ECDSA certificate): what the
#     jdk.crypto.ec module gives the bundled runtime (the fakes above are plaintext; a runtime without it fails here)
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$tmp/tls-key.pem" -out "$tmp/tls.pem" \
  -days 1 -subj /CN=localhost -addext subjectAltName=DNS:localhost >/dev/null 2>&1
javac --release 17 -d "$tmp/probe" src/test/dist/TlsProbe.java
port=$((20000 + RANDOM % 20000))
openssl s_server -accept "$port" -cert "$tmp/tls.pem" -key "$tmp/tls-key.pem" -groups X25519:P-256 -quiet \
  </dev/null >/dev/null 2>&1 &
server=$!
tls=""
for _ in $(seq 50); do
  tls=$(clean "$tmp/opt/vpcgate-$version/runtime/bin/java" -cp "$tmp/probe" TlsProbe "$port" "$tmp/tls.pem" 2>&1) && break
  sleep 0.2
done
kill "$server"; server=""
case "$tls" in TLSv1.3\ *) ;; *) fail "no TLS handshake with the bundled runtime: $tls" ;; esac
ok "TLS with ECDHE and an ECDSA certificate through the bundled runtime: $tls"

# --- the GitHub Action: install.sh as its install steps run it, then check.sh as its check step does
action_env=(VPCGATE_RELEASES="$releases" VPCGATE_REPOSITORY=acme/vpcgate)
[ "$(clean "${action_env[@]}" src/dist/install.sh --resolve "v$version")" = "$version" ] || fail "--resolve"
installed=$(clean "${action_env[@]}" src/dist/install.sh "$version" 2> "$tmp/install.err") \
  || fail "install.sh: $(cat "$tmp/install.err")"
[ "$installed" = "$tmp/home/.cache/vpcgate/$version/vpcgate" ] || fail "install.sh installed $installed"
[ -f "$tmp/home/.cache/vpcgate/$version/runtime/lib/server/classes.jsa" ] || fail "install.sh wrote no JDK CDS archive"
[ -f "$tmp/home/.cache/vpcgate/$version/vpcgate.jsa" ] || fail "install.sh wrote no CDS archive"
[ -f "$tmp/home/.cache/vpcgate/$version/vpcgate-rules.jsa" ] || fail "install.sh wrote no CDS archive for custom rules"
classes=$(clean VPCGATE_JAVA_OPTS="-Xshare:auto -Xlog:class+load=info:stdout" "$installed" --version | grep -c "shared objects file (top)" || true)
[ "$classes" -gt 100 ] || fail "the installed vpcgate loads $classes classes from its CDS archive"
cel=$(clean VPCGATE_JAVA_OPTS="-Xshare:auto -Xlog:class+load=info:stdout" "$installed" check \
  "$tmp/home/.cache/vpcgate/$version/samples/custom-rules/terraform" | grep -c "^.*dev\.cel\..* source: shared objects file (top)" || true)
[ "$cel" -gt 100 ] || fail "a check with custom rules loads $cel of CEL's classes from the installed archive"
again=$(clean "${action_env[@]}" src/dist/install.sh "$version" 2>&1)
[ "$again" = "$installed" ] || fail "a second install.sh downloaded again: $again"
mkdir -p "$tmp/bad/download/v$version"
cp "$tmp/releases/download/v$version/SHA256SUMS" "$tmp/bad/download/v$version/"
printf 'not the tarball' > "$tmp/bad/download/v$version/vpcgate-$version-linux-x64.tar.gz"
clean VPCGATE_RELEASES="file://$tmp/bad" VPCGATE_CACHE="$tmp/bad-cache" src/dist/install.sh "$version" 2> "$tmp/bad.err" \
  && fail "install.sh accepted a tarball that does not match SHA256SUMS"
grep -q "does not match its SHA256SUMS" "$tmp/bad.err" || fail "install.sh: $(cat "$tmp/bad.err")"
no_java_from_path "install.sh"
ok "action install: downloaded once, checksum verified (a bad tarball is refused), CDS archives written ($classes classes of --version from vpcgate's)"

python3 - src/dist/github-action/action.yml .github/workflows/release.yml <<'EOF'
import sys, yaml
action = yaml.safe_load(open(sys.argv[1]))
yaml.safe_load(open(sys.argv[2]))
steps = action["runs"]["steps"]
for s in steps:
    what = s.get("uses", "") + s.get("run", "")
    assert not any(w in what for w in ("setup-java", "mvn", "make ")), f"the action builds or sets up Java: {s}"
check = next(s for s in steps if s.get("id") == "check")
assert check["run"].strip().strip("'\"") == "$GITHUB_ACTION_PATH/check.sh", check["run"]
for name in action["inputs"]:
    if name != "version":
        env = "INPUT_" + name.upper().replace("-", "_")
        assert check["env"].get(env) == "${{ inputs.%s }}" % name, (env, check["env"])
upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
assert "steps.check.outputs.sarif != ''" in upload["if"], upload["if"]
cache = next(s for s in steps if s.get("uses", "").startswith("actions/cache"))
assert "steps.version.outputs.version" in cache["with"]["key"], cache
EOF
ok "action.yml: every input reaches check.sh, no Java set-up or build, cache keyed on the version"
vpcgate=$installed
probe=0
"$installed" check "$S/terraform" -f "sarif=$tmp/probe.sarif" --fail-on never >/dev/null 2>&1 || probe=$?
if [ "$probe" != 0 ] || [ ! -s "$tmp/probe.sarif" ]; then
  echo "note: this CLI has no -f FORMAT=FILE yet; the check step runs through src/test/dist/format-shim.sh"
  vpcgate=$root/src/test/dist/format-shim.sh
fi
action_check() {  # action_check NAME UPLOAD_SARIF DIRECTORY [VAR=VALUE...]: check.sh as the Check step runs it
  local name=$1 upload=$2 dir=$3
  shift 3
  mkdir -p "$tmp/gh-$name"
  : > "$tmp/gh-$name/output"
  : > "$tmp/gh-$name/summary"
  (cd "$root" && clean VPCGATE="$vpcgate" VPCGATE_REAL="$installed" RUNNER_TEMP="$tmp/gh-$name" \
    GITHUB_OUTPUT="$tmp/gh-$name/output" GITHUB_STEP_SUMMARY="$tmp/gh-$name/summary" \
    INPUT_DIRECTORY="$dir" INPUT_RECURSIVE=false INPUT_FAIL_ON=blocking INPUT_UPLOAD_SARIF="$upload" "$@" \
    src/dist/github-action/check.sh > "$tmp/gh-$name/stdout" 2> "$tmp/gh-$name/stderr")
}
code=0
action_check sarif true "$S/terraform" INPUT_SNAPSHOT="$S/live.json" INPUT_VARS=$'\n' || code=$?
[ "$code" = 4 ] || fail "check.sh exited $code: $(cat "$tmp/gh-sarif/stderr")"
grep -qx "sarif=$tmp/gh-sarif/vpcgate.sarif" "$tmp/gh-sarif/output" || fail "no sarif output: $(cat "$tmp/gh-sarif/output")"
grep -qx "exit-code=4" "$tmp/gh-sarif/output" || fail "no exit-code=4 output"
code=0
action_check annotations false "$S/terraform" INPUT_SNAPSHOT="$S/live.json" || code=$?
[ "$code" = 4 ] || fail "check.sh without SARIF upload exited $code"
python3 - "$tmp" "$S/expected.json" <<'EOF'
import json, re, sys
tmp, expected = sys.argv[1], json.load(open(sys.argv[2]))
findings = sorted((f["ruleId"], f["resource"]) for f in expected["findings"])
blocking = sum(1 for f in expected["findings"] if f["severity"] == "BLOCKING")
sarif = json.load(open(f"{tmp}/gh-sarif/vpcgate.sarif"))
assert sarif["version"] == "2.1.0", sarif["version"]
results = sarif["runs"][0]["results"]
assert sorted(r["ruleId"] for r in results) == sorted(r for r, _ in findings), "SARIF results are not expected.json's"
placed = [r for r in results if "physicalLocation" in r["locations"][0]]
summary = open(f"{tmp}/gh-sarif/summary").read()
assert "```mermaid" in summary and "VPCC-05" in summary and "BLOCKED" in summary.upper(), summary[:400]
finding = re.compile(r"^::(error|warning|notice) (file=[^,]*,line=\d+,)?title=([^:]*)::")
def annotations(name):
    lines = open(f"{tmp}/gh-{name}/stdout").read().splitlines()
    assert any("BLOCKED" in l for l in lines), lines[-1:]
    return [(m.group(2), m.group(3)) for m in map(finding.match, lines) if m and not m.group(3).endswith("not evaluated")]
everything = annotations("annotations")
assert len(everything) == len(findings), (len(everything), len(findings))
assert sum(1 for f in open(f"{tmp}/gh-annotations/stdout") if f.startswith("::error file=")) == blocking
unplaced = annotations("sarif")
# with the SARIF uploaded, only what SARIF cannot place is an annotation: no finding is shown twice
assert all(place is None for place, _ in unplaced), unplaced
assert len(unplaced) == len(results) - len(placed), (unplaced, len(results), len(placed))
print(f"ok: action check: SARIF {len(results)} results ({len(placed)} on .tf lines), summary with the "
      f"wiring diagram, {len(everything)} annotations without upload-sarif, {len(unplaced)} with it")
EOF
code=0
action_check missing true does-not-exist || code=$?
[ "$code" = 2 ] || [ "$code" = 3 ] || fail "check.sh on a missing directory exited $code"
! grep -q '^sarif=' "$tmp/gh-missing/output" || fail "a sarif output without a SARIF report"
no_java_from_path "check.sh"
ok "action check on a missing directory: exit $code, no sarif output (the upload step is skipped)"

# --- the GitLab job's script lines and the Cloud Build step, as written, in a workspace with infra/staging
workspace() {
  rm -rf "$tmp/ws"
  mkdir -p "$tmp/ws/infra"
  cp -R "$S/terraform" "$tmp/ws/infra/staging"
  cp "$S/plan.json" "$S/live.json" "$tmp/ws/"
}
python3 - src/dist/ci/gitlab-ci.yml src/dist/ci/cloudbuild.yaml "$tmp" <<'EOF'
import sys, yaml
gitlab, cloudbuild, tmp = sys.argv[1], sys.argv[2], sys.argv[3]
job = yaml.safe_load(open(gitlab))["vpcgate"]
with open(f"{tmp}/gitlab.sh", "w") as f:
    f.write("set -eo pipefail\n")  # as GitLab's runner runs a job's script lines
    for k, v in job["variables"].items():
        f.write(f"export {k}=${{{k}:-'{v}'}}\n")
    f.write("\n".join(job["script"]) + "\n")
step = next(s for s in yaml.safe_load(open(cloudbuild))["steps"] if s["id"] == "vpcgate")
assert step["entrypoint"] == "bash" and step["args"][0] == "-c", step
with open(f"{tmp}/cloudbuild.sh", "w") as f:
    for e in step["env"]:
        k, v = e.split("=", 1)
        f.write(f"export {k}=${{{k}:-'{v}'}}\n")
    f.write(step["args"][1].replace("$$", "$"))  # Cloud Build's escape for a literal $
EOF
for ci in gitlab cloudbuild; do
  workspace
  code=0
  (cd "$tmp/ws" && clean VPCGATE_VERSION="$version" VPCGATE_RELEASES="$releases" bash "$tmp/$ci.sh" \
    > "$tmp/$ci.out" 2>&1) || code=$?
  [ "$code" = 4 ] || fail "the $ci script exited $code: $(tail -5 "$tmp/$ci.out")"
  grep -q "vpcgate-$version-linux-x64.tar.gz: OK" "$tmp/$ci.out" || fail "$ci did not verify the checksum"
  no_java_from_path "the $ci script"
  if [ "$ci" = gitlab ]; then
    python3 - "$tmp/ws/vpcgate.xml" <<'EOF'
import sys, xml.etree.ElementTree as ET
cases = ET.parse(sys.argv[1]).getroot().iter("testcase")
failed = [c.get("classname") for c in cases if c.find("failure") is not None]
assert any("VPCC-05" in n for n in failed) and any("CR-07" in n for n in failed), failed
EOF
  else
    grep -q "VPCC-05" "$tmp/$ci.out" || fail "the Cloud Build step's report has no VPCC-05"
  fi
  ok "$ci: checksum verified, bundled runtime, exit 4 (blocked)"
done

# --- the pre-commit hook, as pre-commit runs it: from a clone of this repository at the rev, with the
#     user's repository as the working directory and no file names
mkdir -p "$tmp/hook/src"
cp -R src/dist "$tmp/hook/src/"
cp pom.xml .pre-commit-hooks.yaml "$tmp/hook/"
entry=$(python3 -c 'import yaml,sys; h=yaml.safe_load(open(sys.argv[1]))[0]; assert h["language"]=="script" and h["pass_filenames"] is False; print(h["entry"])' .pre-commit-hooks.yaml)
mkdir -p "$tmp/user/infra" "$tmp/healthy"
cp -R "$S/terraform" "$tmp/user/infra/staging"
cp -R samples/healthy/terraform "$tmp/healthy/infra"
code=0
(cd "$tmp/user" && clean VPCGATE_RELEASES="$releases" VPCGATE_VERSION="$version" "$tmp/hook/$entry" \
  > "$tmp/hook.out" 2>&1) || code=$?
[ "$code" = 4 ] || fail "the pre-commit hook exited $code: $(tail -5 "$tmp/hook.out")"
grep -q "VPCC-05" "$tmp/hook.out" || fail "the pre-commit hook did not report VPCC-05"
grep -q "downloading vpcgate-$version-linux-x64.tar.gz" "$tmp/hook.out" && fail "the hook downloaded again"
code=0
(cd "$tmp/healthy" && clean VPCGATE_RELEASES="$releases" VPCGATE_VERSION="$version" "$tmp/hook/$entry" \
  > "$tmp/hook-healthy.out" 2>&1) || code=$?
[ "$code" = 0 ] || fail "the pre-commit hook on samples/healthy exited $code: $(tail -5 "$tmp/hook-healthy.out")"
printf '<project>\n  <version>9.9.9</version>\n</project>\n' > "$tmp/hook/pom.xml"
[ "$(clean VPCGATE_REPOSITORY=acme/vpcgate "$tmp/hook/src/dist/install.sh" --resolve)" = 9.9.9 ] \
  || fail "install.sh does not default to its checkout's release version"
no_java_from_path "the pre-commit hook"
ok "pre-commit hook: the cached release (no second download), exit 4 on the incident, 0 on samples/healthy"

# --- the same with pre-commit itself, when it is installed (Debian: pre-commit): the hook repository as pre-commit
#     clones it (repo: a local git repository, rev: its commit), the user's repository committed
if command -v pre-commit >/dev/null 2>&1; then
  g=(git -c user.name=e2e -c user.email=e2e@localhost -c init.defaultBranch=main)
  (cd "$tmp/hook" && cp "$root/pom.xml" pom.xml && "${g[@]}" init -q && "${g[@]}" add -A && "${g[@]}" commit -qm hook)
  rev=$(git -C "$tmp/hook" rev-parse HEAD)
  printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks: [{id: vpcgate}]\n' "$tmp/hook" "$rev" > "$tmp/user/.pre-commit-config.yaml"
  (cd "$tmp/user" && "${g[@]}" init -q && "${g[@]}" add -A && "${g[@]}" commit -qm infra)
  code=0
  (cd "$tmp/user" && clean VPCGATE_RELEASES="$releases" VPCGATE_VERSION="$version" pre-commit run --all-files \
    > "$tmp/pre-commit.out" 2>&1) || code=$?
  [ "$code" = 1 ] || fail "pre-commit run exited $code: $(tail -5 "$tmp/pre-commit.out")"
  grep -q "^vpcgate (Cloud Run.*Failed" "$tmp/pre-commit.out" || fail "pre-commit: $(cat "$tmp/pre-commit.out")"
  grep -q "VPCC-05" "$tmp/pre-commit.out" || fail "pre-commit did not show VPCC-05: $(cat "$tmp/pre-commit.out")"
  no_java_from_path "pre-commit"
  ok "pre-commit $(pre-commit --version | cut -d' ' -f2) run --all-files: the hook fails the commit with VPCC-05"
else
  echo "note: pre-commit is not installed; its hook script ran as pre-commit runs it (above)"
fi
echo "dist e2e: all passed"
