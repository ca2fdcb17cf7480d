#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into build-fuzz/ and runs one for a given time.
# Usage: scripts/fuzz.sh TARGET SECONDS   (TARGET: framedecoder | decoderdiff | profile | capturereader)
# Crashes are written to build-fuzz/crashes/; turn each into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: scripts/fuzz.sh framedecoder|decoderdiff|profile|capturereader SECONDS}"
seconds="${2:-60}"
./scripts/install-deps.sh
if ! command -v clang++ >/dev/null || ! dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null | grep -q "ok installed"; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev
fi
if [ ! -f build-fuzz/build.ninja ]; then
  CXX=clang++ cmake -S fuzz -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build build-fuzz -j"${FEEDBOARD_JOBS:-2}" --target "fuzz_$target"
corpus="build-fuzz/corpus/$target"
mkdir -p "$corpus" build-fuzz/crashes
seeds="tests/data/fuzz/$target"
QT_LOGGING_RULES="feedboard.*=false" ASAN_OPTIONS="detect_leaks=0" "build-fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 \
  -rss_limit_mb=4096 -max_len=1048576 -artifact_prefix=build-fuzz/crashes/ "$corpus" "$seeds"
