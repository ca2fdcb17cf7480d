#!/usr/bin/env bash
# Renders resources/icons/feedboard.svg to the committed 256 px PNG. Run after editing the
# SVG; the build itself needs no SVG renderer. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v rsvg-convert >/dev/null; then
  echo "render-icon: rsvg-convert not found (apt-get install librsvg2-bin)" >&2
  exit 1
fi
rsvg-convert -w 256 -h 256 resources/icons/feedboard.svg -o resources/icons/feedboard.png
echo "render-icon: wrote resources/icons/feedboard.png"
