#!/usr/bin/env bash
# Takes docs/screenshot.png of the GUI running the built-in demo feed, in a virtual X server
# (1400x900; the window opens at 1280x800). Needs a build (./build) and xvfb-run (Debian: xvfb).
# Usage: scripts/screenshot.sh [OUTPUT.png] [DELAY_SECONDS] [MORE FEEDBOARD OPTIONS...]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshot.png}"
delay="${2:-30}"
shift $(( $# > 2 ? 2 : $# ))
binary="${FEEDBOARD_BINARY:-./build/app/feedboard}"
if [ ! -x "$binary" ]; then
  echo "screenshot: $binary not found; build first (see README.md)" >&2
  exit 1
fi
if ! command -v xvfb-run >/dev/null; then
  echo "screenshot: xvfb-run not found (scripts/install-deps.sh installs it)" >&2
  exit 1
fi
mkdir -p "$(dirname "$out")"
xvfb-run -a -s "-screen 0 1400x900x24" \
  "$binary" --demo --screenshot "$out" --screenshot-delay "$delay" "$@"
echo "screenshot: wrote $out"
