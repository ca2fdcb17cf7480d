#!/usr/bin/env bash
# Configures and builds FeedBoard into build/ (RelWithDebInfo, Ninja, ccache when present).
# Usage: scripts/build.sh [extra cmake arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache keys on paths relative to the checkout and not on the build folder (-g would
# otherwise hash it), so another clone (CI's) reuses the cache.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
BUILD_DIR="${FEEDBOARD_BUILD_DIR:-build}"
JOBS="${FEEDBOARD_JOBS:-2}"
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${FEEDBOARD_BUILD_TYPE:-RelWithDebInfo}" "$@"
fi
cmake --build "$BUILD_DIR" -j"$JOBS"
