#!/usr/bin/env bash
# Start Tandem from this checkout, installing what is missing on the first run.
# Arguments are passed to the app, e.g.  scripts/start.sh --demo  or  --lang de
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
apt_install "${QT_LIBS[@]}" "${QT_DESKTOP_LIBS[@]}"
make_venv test
exec "$VENV/bin/python" -m tandem_desktop "$@"
