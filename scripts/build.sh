#!/usr/bin/env bash
# Configures and builds FeedBoard into build/ (RelWithDebInfo, Ninja, ccache when present).
# Usage: scripts/build.sh [extra cmake arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache hashes paths relative to the checkout, so any clone (CI's too) reuses the cache.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
BUILD_DIR="${FEEDBOARD_BUILD_DIR:-build}"
JOBS="${FEEDBOARD_JOBS:-2}"
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${FEEDBOARD_BUILD_TYPE:-RelWithDebInfo}" "$@"
fi
cmake --build "$BUILD_DIR" -j"$JOBS"
