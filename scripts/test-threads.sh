#!/usr/bin/env bash
# Builds the tests that drive FeedBoard's own threads (the engine's decode thread, the capture's
# disk thread) with ThreadSanitizer into build-tsan/ and runs them; any report outside Qt's own
# code fails the run. Not part of CI (a third full build); run it after touching those threads.
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache keys on paths relative to the checkout and not on the build folder (-g would
# otherwise hash it), so another clone (CI's) reuses the cache.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
./scripts/install-deps.sh
BUILD_DIR="${FEEDBOARD_TSAN_BUILD_DIR:-build-tsan}"
TESTS=(tst_ingestengine tst_capture tst_capturesafety tst_replaysource tst_feeds tst_badinput)
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS="-fsanitize=thread -O1" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=thread" -DFEEDBOARD_BUILD_BENCH=OFF
fi
cmake --build "$BUILD_DIR" -j"${FEEDBOARD_JOBS:-2}" --target "${TESTS[@]}"
# die_after_fork=0: tst_feeds starts its Python peer with QProcess after threads exist.
export TSAN_OPTIONS="halt_on_error=1 die_after_fork=0 suppressions=$PWD/scripts/tsan.supp"
status=0
for test in "${TESTS[@]}"; do
  if QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/$test" >"$BUILD_DIR/$test.log" 2>&1; then
    echo "$test: clean"
  else
    echo "$test: FAILED (see $BUILD_DIR/$test.log)"
    status=1
  fi
done
exit $status
