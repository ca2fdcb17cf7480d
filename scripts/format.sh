#!/usr/bin/env bash
# Formats every C++ source of the tree with the project's .clang-format (clang-format 14,
# Debian's). With --check it changes nothing and fails, listing the places, when a file is
# not formatted (.ci/run does this).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = "--check" ]; then
  clang-format --dry-run --Werror "${files[@]}"
  echo "format: ${#files[@]} files formatted"
else
  clang-format -i "${files[@]}"
fi
