#!/usr/bin/env bash
# pre-commit entry point: builds vpcgate on first use, then checks every root module of the repository
# being committed (pre-commit runs hooks from its root). Extra args from the hook config are passed on.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ -f "$here/../../cli/target/vpcgate.jar" ] || make -s -C "$here/../.." build >/dev/null
exec "$here/vpcgate" check --recursive . "$@"
