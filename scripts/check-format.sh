#!/usr/bin/env bash
# Fails when a C++ source is not formatted as .clang-format says (fix: --fix).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.hpp')
if [ "${1:-}" = "--fix" ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
bad=()
for f in "${files[@]}"; do
  clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if ((${#bad[@]})); then
  echo "not clang-formatted (run scripts/check-format.sh --fix): ${bad[*]}" >&2
  exit 1
fi
echo "format: ${#files[@]} files clean"
