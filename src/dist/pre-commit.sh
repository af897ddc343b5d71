#!/usr/bin/env bash
# pre-commit entry point (.pre-commit-hooks.yaml, language: script): checks every Terraform root module of the
# repository being committed (pre-commit runs hooks from its root; extra args from the hook config are passed on).
# vpcgate itself: in a built source tree, its own jar; otherwise the release of the hook's rev (the version in this
# checkout's pom.xml, or the latest release when the rev is not one), downloaded once into
# ~/.cache/vpcgate/VERSION with its checksum verified and its own Java runtime (src/dist/install.sh). Nothing is
# built: Terraform checks need neither Maven nor the Google Cloud client jar.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ -f "$here/../../cli/target/vpcgate.jar" ]; then
  vpcgate=$here/vpcgate
else
  vpcgate=$("$here/install.sh" "${VPCGATE_VERSION:-}")
fi
exec "$vpcgate" check --recursive . "$@"
