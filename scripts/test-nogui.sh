#!/usr/bin/env bash
# The headless-only build (FEEDBOARD_GUI=OFF) into build-nogui/: proves feedboard_core needs
# no Gui, Widgets, Charts or Svg (CMake does not look for them, and ldd of the binary must not
# list them), then runs the core tests against that build.
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache keys on paths relative to the checkout and not on the build folder (-g would
# otherwise hash it), so another clone (CI's) reuses the cache.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
./scripts/install-deps.sh
BUILD_DIR="${FEEDBOARD_NOGUI_BUILD_DIR:-build-nogui}"
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFEEDBOARD_GUI=OFF \
    -DFEEDBOARD_BUILD_BENCH=OFF
fi
# FEEDBOARD_NOGUI_TESTS (names, space-separated): build the binary and only these tests, and
# run only them (CI: the core tests already ran against the full build; what this stage adds
# is the build without Gui and the binary's own runs). Unset: every core test.
TESTS="${FEEDBOARD_NOGUI_TESTS:-}"
if [ -n "$TESTS" ]; then
  # shellcheck disable=SC2086 # one target per name
  cmake --build "$BUILD_DIR" -j"${FEEDBOARD_JOBS:-2}" --target feedboard $TESTS
else
  cmake --build "$BUILD_DIR" -j"${FEEDBOARD_JOBS:-2}"
fi
if ldd "$BUILD_DIR/app/feedboard" | grep -E 'libQt6(Gui|Widgets|Charts|Svg|OpenGL)'; then
  echo "test-nogui: the headless-only feedboard links a GUI library (above)" >&2
  exit 1
fi
echo "test-nogui: feedboard links no Gui, Widgets, Charts or Svg"
cd "$BUILD_DIR"
if [ -n "$TESTS" ]; then
  ctest --output-on-failure -j2 --timeout 300 -R "^($(echo "$TESTS" | tr ' ' '|'))\$"
else
  ctest --output-on-failure -j2 --timeout 300
fi
