#!/usr/bin/env bash
# README command 1: install what is missing, build, and run the main job.
#   With a display: the FeedBoard window on the built-in demo feed.
#   Without one: the headless recorder on the demo feed for a short while, printing live
#   stats, and leaving a capture, a CSV export and a log export whose paths it prints.
# Extra arguments go to feedboard (e.g. scripts/run.sh --lang de).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
BIN="${FEEDBOARD_BUILD_DIR:-build}/app/feedboard"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$BIN" --demo "$@"
fi

OUT_DIR="${FEEDBOARD_OUT_DIR:-$PWD/out}"
mkdir -p "$OUT_DIR"
STAMP="$(date +%Y%m%d-%H%M%S)"
CAPTURE="$OUT_DIR/demo-$STAMP.capture.jsonl"
CSV="$OUT_DIR/demo-$STAMP.samples.csv"
LOGS="$OUT_DIR/demo-$STAMP.logs.log"
SECONDS_TO_RUN="${FEEDBOARD_DEMO_SECONDS:-10}"
echo "No display found: running the headless recorder on the demo feed for ${SECONDS_TO_RUN} s."
"$BIN" --demo --headless --duration "$SECONDS_TO_RUN" \
  --record "$CAPTURE" --export "$CSV" --export-logs "$LOGS" "$@"
echo
echo "capture:    $CAPTURE"
echo "csv export: $CSV"
echo "log export: $LOGS"
