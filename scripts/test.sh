#!/usr/bin/env bash
# README command 2: install what is missing, build, and run the whole test suite.
# Ends with ctest's summary; exits non-zero if anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
cd "${FEEDBOARD_BUILD_DIR:-build}"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 --timeout 300
