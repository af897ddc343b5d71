#!/usr/bin/env bash
# make dist: the release files from the built jars (cli/target), into dist/:
#   vpcgate-VERSION-linux-x64.tar.gz  launcher, jars, the sample and a jlinked Java 17 runtime
#   vpcgate-VERSION.zip               launcher (sh and cmd), jars and the sample, for any OS with Java 17+
#   SHA256SUMS                        of both, as `sha256sum -c` reads it
# VERSION is the Maven project version, read from the jar's version.properties. Entries are sorted and their
# mtimes fixed (SOURCE_DATE_EPOCH, default the commit's date), so that the archives differ only where the build did.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=cli/target/vpcgate.jar
gcp=cli/target/vpcgate-gcp.jar
if [ ! -f "$jar" ] || [ ! -f "$gcp" ]; then echo "dist: $jar or $gcp missing; run make build" >&2; exit 1; fi
version=$(unzip -p "$jar" io/vpcgate/cli/version.properties | sed -n 's/^version=//p')
[ -n "$version" ] || { echo "dist: no version in $jar" >&2; exit 1; }
name=vpcgate-$version
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}

# The Java modules of the bundled runtime. `jdeps --print-module-deps --ignore-missing-deps` over both jars
# answers java.base, java.compiler, java.desktop, java.naming, java.security.jgss, java.sql, jdk.unsupported
# (src/test/dist/e2e.sh checks that this list still covers its answer). Left out: java.desktop (18 MB): only
# java.beans, which Jackson and SnakeYAML use when present (both declare it `requires static`) and we never need.
# Added: jdk.crypto.ec, which jdeps cannot see because the JDK loads it by name as the SunEC security provider:
# without it TLS has no ECDHE, X25519 or ECDSA, and the handshake with Google's APIs fails. Not needed:
# jdk.zipfs (no zip file system is opened), jdk.naming.dns (gRPC's optional SRV/TXT lookups, off by default),
# jdk.localedata and jdk.charsets (reports are UTF-8 in the root locale).
modules=java.base,java.compiler,java.naming,java.security.jgss,java.sql,jdk.crypto.ec,jdk.unsupported

jlink=${JLINK:-jlink}
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jlink" ]; then jlink=$JAVA_HOME/bin/jlink; fi
feature=$("$jlink" --version | cut -d. -f1)
[ "$feature" = 17 ] || { echo "dist: the bundled runtime must be Java 17; $jlink is $("$jlink" --version)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stage=$work/$name
mkdir -p "$stage" dist
cp src/dist/vpcgate src/dist/vpcgate.cmd "$jar" "$gcp" "$stage/"
chmod 755 "$stage/vpcgate"

# The samples (about 240 KB on disk): to try vpcgate on, and the training runs of the CDS archives that
# src/dist/install.sh makes (the incident for every run; the organisation's own rules for a run that loads some;
# then all of them checked recursively, with the monorepo's roots and its shared module).
mkdir -p "$stage/samples"
cp -R samples/staging-incident samples/custom-rules samples/monorepo "$stage/samples/"
find "$stage" -exec touch -h -d "@$epoch" {} +

# The zip: no runtime.
zip_stage=$work/zip/$name
mkdir -p "$work/zip"
cp -Rp "$stage" "$zip_stage"
rm -f "dist/$name.zip"
(cd "$work/zip" && find "$name" -print | LC_ALL=C sort | zip -q -X -D -@ "$OLDPWD/dist/$name.zip")

# The tarball: the zip's files and the runtime. No class data sharing archives: Java 17 writes a different
# one each time (the tarball would not be reproducible) and accepts an archive of vpcgate's classes only where the
# jar was when it was written; install.sh writes both after extracting (-Xshare:dump, VPCGATE_CDS_DUMP=1).
"$jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --output "$stage/runtime" >/dev/null
tar --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner --format=gnu -C "$work" -cf - "$name" \
  | gzip -n -6 > "dist/$name-linux-x64.tar.gz"

(cd dist && sha256sum "$name-linux-x64.tar.gz" "$name.zip" > SHA256SUMS)
ls -l "dist/$name-linux-x64.tar.gz" "dist/$name.zip" dist/SHA256SUMS
