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
cmake --build "$BUILD_DIR" -j"${FEEDBOARD_JOBS:-2}"
if ldd "$BUILD_DIR/app/feedboard" | grep -E 'libQt6(Gui|Widgets|Charts|Svg|OpenGL)'; then
  echo "test-nogui: the headless-only feedboard links a GUI library (above)" >&2
  exit 1
fi
echo "test-nogui: feedboard links no Gui, Widgets, Charts or Svg"
cd "$BUILD_DIR"
ctest --output-on-failure -j2 --timeout 300
