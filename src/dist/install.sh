#!/usr/bin/env bash
# Installs a vpcgate release (the linux-x64 tarball, with its own Java runtime) into the cache, once, and prints
# the path of its launcher. Used by the GitHub Action and the pre-commit hook; no Maven, no JDK.
#   install.sh [VERSION]            VERSION: 0.1.0 or v0.1.0, or latest; default: the version of the checkout
#                                   this script is in (pom.xml) when that is a release, else latest
#   install.sh --resolve [VERSION]  prints the version that would be installed (for a cache key), installs nothing
# Environment:
#   VPCGATE_REPOSITORY  owner/name whose GitHub releases to use (default: the repository of this checkout: its
#                       origin remote on GitHub (pre-commit's clone), or the Action's path under _actions/)
#   VPCGATE_RELEASES    the releases' base URL instead (https://github.com/OWNER/NAME/releases, or file:///dir
#                       holding download/vVERSION/ASSET); the tarball is checked against SHA256SUMS from there too
#   VPCGATE_CACHE       where versions are installed (default ${XDG_CACHE_HOME:-$HOME/.cache}/vpcgate/VERSION)
#   GH_TOKEN            with the gh CLI on PATH and no VPCGATE_RELEASES: download with gh (private repositories)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

resolve_only=false
if [ "${1:-}" = --resolve ]; then resolve_only=true; shift; fi
requested=${1:-}

fail() { echo "vpcgate install: $*" >&2; exit 1; }

case "$(uname -s)/$(uname -m)" in
  Linux/x86_64) ;;
  *) fail "the release with a bundled runtime is for Linux x86-64 only; elsewhere use vpcgate-VERSION.zip with Java 17+" ;;
esac

repository=${VPCGATE_REPOSITORY:-}
if [ -z "$repository" ] && [ -z "${VPCGATE_RELEASES:-}" ]; then
  origin=$(git -C "$root" remote get-url origin 2>/dev/null || true)
  repository=$(printf '%s\n' "$origin" | sed -n -E 's#^(https://github\.com/|git@github\.com:)([^/]+/[^/]+)$#\2#p')
  repository=${repository%.git}
  # A GitHub Action's checkout: RUNNER/_actions/OWNER/NAME/REF/src/dist (github.action_repository, which
  # action.yml passes, is empty in composite actions on some runners: actions/runner#2525)
  [ -n "$repository" ] || repository=$(printf '%s\n' "$root" | sed -n -E 's#^.*/_actions/([^/]+/[^/]+)/[^/]+$#\1#p')
  [ -n "$repository" ] || fail "set VPCGATE_REPOSITORY (owner/name of the repository publishing vpcgate releases)"
fi
releases=${VPCGATE_RELEASES:-https://github.com/$repository/releases}
use_gh=false
if [ -z "${VPCGATE_RELEASES:-}" ] && [ -n "${GH_TOKEN:-}" ] && command -v gh >/dev/null 2>&1; then use_gh=true; fi

if [ -z "$requested" ]; then
  requested=$(sed -n 's#^  <version>\(.*\)</version>$#\1#p' "$root/pom.xml" 2>/dev/null | head -n 1)
  case "$requested" in ""|*-SNAPSHOT) requested=latest ;; esac
fi
version=${requested#v}
if [ "$version" = latest ]; then
  if $use_gh; then
    tag=$(gh release view --repo "$repository" --json tagName --jq .tagName)
  else
    tag=$(curl -fsSLI -o /dev/null -w '%{url_effective}' "$releases/latest")
    tag=${tag##*/}
  fi
  version=${tag#v}
  case "$version" in ""|latest) fail "no latest release found at $releases" ;; esac
fi
if $resolve_only; then echo "$version"; exit 0; fi

cache=${VPCGATE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/vpcgate}
dir=$cache/$version
if [ ! -x "$dir/vpcgate" ] || [ ! -x "$dir/runtime/bin/java" ]; then
  asset=vpcgate-$version-linux-x64.tar.gz
  mkdir -p "$cache"
  tmp=$(mktemp -d "$cache/.install.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  echo "vpcgate: downloading $asset (v$version) from ${repository:-$releases}" >&2
  if $use_gh; then
    gh release download "v$version" --repo "$repository" --dir "$tmp" --pattern "$asset" --pattern SHA256SUMS
  else
    curl -fsSL --retry 3 -o "$tmp/$asset" "$releases/download/v$version/$asset"
    curl -fsSL --retry 3 -o "$tmp/SHA256SUMS" "$releases/download/v$version/SHA256SUMS"
  fi
  awk -v asset="$asset" '$2 == asset' "$tmp/SHA256SUMS" > "$tmp/SHA256SUMS.asset"
  [ -s "$tmp/SHA256SUMS.asset" ] || fail "SHA256SUMS of v$version does not list $asset"
  (cd "$tmp" && sha256sum --quiet -c SHA256SUMS.asset >&2) || fail "$asset does not match its SHA256SUMS"
  mkdir "$tmp/x"
  tar -xzf "$tmp/$asset" -C "$tmp/x" --strip-components=1
  rm -rf "$dir"
  mv "$tmp/x" "$dir"
  # Class data sharing archives for the bundled runtime (start-up in about half the time): the JDK's classes,
  # then vpcgate's from a run on the sample and a recursive one on all of them (one JVM, --then), and those of the
  # same with an organisation's own rules (their expression language's, which the launcher maps only for such
  # runs); written here, not shipped, because Java 17 accepts the latter two only where the jar was when they were
  # made (and writes a different first one each time).
  "$dir/runtime/bin/java" -Xshare:dump >/dev/null 2>&1 || true
  VPCGATE_CDS_DUMP=1 "$dir/vpcgate" check "$dir/samples/staging-incident/terraform" \
    --plan "$dir/samples/staging-incident/plan.json" --snapshot "$dir/samples/staging-incident/live.json" \
    --format sarif --then check --recursive "$dir/samples" --format sarif >/dev/null 2>&1 || true
  VPCGATE_CDS_DUMP=1 "$dir/vpcgate" check "$dir/samples/custom-rules/terraform" --format sarif \
    --then check --recursive "$dir/samples" --rules "$dir/samples/custom-rules/.vpcgate/rules" --format sarif \
    >/dev/null 2>&1 || true
fi
echo "$dir/vpcgate"
