#!/usr/bin/env bash
# The test command: builds the suite, runs every test project, then builds the ftpy command
# and runs the conformance suite on it (known failures are listed with reasons in
# Conformance/expectations/ftpy.txt). Ends with one line of totals:
# "N passed, M failed, K skipped".
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

# Conformance: every case on ftpy; each case counts as one test.
if ci/build-ftpy.sh > "$log/ftpy-build.txt" 2>&1; then
  ci/conformance.sh run --python ftpy --jobs 2 --timeout-scale 0.5 --junit "$log/conformance.xml" 2>&1 | tee "$log/conformance.txt" | grep -vE "^\s+(PASS|XFAIL)" | tail -60
  line=$(grep -E "^ftpy: [0-9]+ passed" "$log/conformance.txt" | tail -1)
  if [ -n "$line" ]; then
    cp=$(echo "$line" | sed -E 's/^ftpy: ([0-9]+) passed.*/\1/')
    cf=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
    cx=$(echo "$line" | sed -E 's/.* ([0-9]+) expected failures.*/\1/')
    cs=$(echo "$line" | sed -E 's/.* ([0-9]+) skipped.*/\1/')
    passed=$((passed + cp)); failed=$((failed + cf)); skipped=$((skipped + cx + cs))
  else
    echo "conformance run produced no summary"
    failed=$((failed + 1))
  fi
else
  cat "$log/ftpy-build.txt"
  echo "building ftpy failed"
  failed=$((failed + 1))
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
