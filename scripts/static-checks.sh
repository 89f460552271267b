#!/usr/bin/env bash
# `npm test`'s first step: ESLint, Prettier, the app's type-check and the server's compile to dist/ (which
# type-checks it). Each is single-threaded and none reads another's output, so they run side by side and a
# 2-core machine finishes them in half the time; each one's output is printed whole when it ends.
set -uo pipefail
cd "$(dirname "$0")/.."

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
names=(eslint prettier tsc build:server)
commands=('eslint . --max-warnings=0' 'prettier --check .' 'tsc --noEmit' 'tsc -p tsconfig.server.json')
pids=()
for i in "${!names[@]}"; do
  bash -c "${commands[$i]}" >"$out/$i" 2>&1 &
  pids+=($!)
done

failed=0
for i in "${!names[@]}"; do
  if wait "${pids[$i]}"; then
    echo "✓ ${names[$i]}"
  else
    failed=1
    echo "✗ ${names[$i]} (${commands[$i]}):"
    cat "$out/$i"
  fi
done
exit "$failed"
