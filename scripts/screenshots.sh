#!/usr/bin/env bash
# Renders the README's screenshots of the main view on the built-in demo feed under Xvfb:
# docs/screenshot.png (light), docs/screenshot-dark.png and docs/screenshot-zh_CN.png
# (Simplified Chinese; needs a CJK font such as fonts-wqy-microhei, see install-deps.sh).
# Usage: scripts/screenshots.sh [DELAY_SECONDS]   (default 20: time for the demo to fill)
set -euo pipefail
cd "$(dirname "$0")/.."
delay="${1:-20}"
# A private settings folder: a user's saved theme or language must not change the pictures.
XDG_CONFIG_HOME="$(mktemp -d)"
export XDG_CONFIG_HOME
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
scripts/screenshot.sh docs/screenshot.png "$delay" --theme light --lang en
scripts/screenshot.sh docs/screenshot-dark.png "$delay" --theme dark --lang en
scripts/screenshot.sh docs/screenshot-zh_CN.png "$delay" --theme light --lang zh_CN
