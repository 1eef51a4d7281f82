#!/usr/bin/env bash
# The test command: builds the suite, runs every test project, and ends with one line
# of totals: "N passed, M failed, K skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp -d)
if ! dotnet build suite.sln -c Release -nologo -v q -clp:ErrorsOnly > "$log/build.txt" 2>&1; then
  cat "$log/build.txt"
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi
dotnet test suite.sln -c Release --no-build -nologo 2>&1 | tee "$log/test.txt"
status=${PIPESTATUS[0]}
sum() { grep -E "^(Passed|Failed)!" "$log/test.txt" | sed -E "s/.*$1: +([0-9]+).*/\1/" | awk '{s+=$1} END {print s+0}'; }
passed=$(sum Passed); failed=$(sum Failed); skipped=$(sum Skipped)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
