#!/usr/bin/env bash
# Builds the whole tree with AddressSanitizer + UndefinedBehaviorSanitizer into build-asan/
# and runs every test there. Any sanitizer report fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache keys on paths relative to the checkout and not on the build folder (-g would
# otherwise hash it), so another clone (CI's) reuses the cache.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
./scripts/install-deps.sh
BUILD_DIR="${FEEDBOARD_ASAN_BUILD_DIR:-build-asan}"
# Configured every run (it is quick), so the options below hold in an existing build folder too.
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFEEDBOARD_SANITIZE=ON \
  -DFEEDBOARD_BUILD_BENCH=OFF -DFEEDBOARD_TEST_TIMEOUT=600
cmake --build "$BUILD_DIR" -j"${FEEDBOARD_JOBS:-2}"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
cd "$BUILD_DIR"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 --timeout 600
