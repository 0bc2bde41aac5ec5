#!/usr/bin/env bash
# Run every check: ruff, mypy and the whole pytest suite (offscreen, no screen needed).
# Arguments are passed to pytest, e.g.  scripts/test.sh tests/storage -x
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
# syncthing: the end-to-end sync test runs two real instances of it on 127.0.0.1.
apt_install "${QT_LIBS[@]}" syncthing
if [ "${CI:-}" = "true" ]; then
    # CI also builds the double-click bundle with PyInstaller and starts it once.
    apt_install binutils
    make_venv "test,bundle"
    export TANDEM_BUNDLE_TEST=1
else
    make_venv test
fi
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
"$VENV/bin/ruff" check tandem_desktop tests benchmarks tools
"$VENV/bin/mypy"
exec "$VENV/bin/python" -m pytest "$@"
