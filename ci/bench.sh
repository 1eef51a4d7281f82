#!/usr/bin/env bash
# Benchmarks: runs each program in Interpreter/Benchmarks on ftpy and on CPython 3.13 in the
# same run and prints "name ftpy_s cpython_s ratio" per program, the geometric mean of the
# ratios, then the wall time of "-c pass" (startup) for both. Each timing is the best of
# --repeat runs (default 3). Usage: ci/bench.sh [--repeat N] [name ...]
set -euo pipefail
cd "$(dirname "$0")/.."
repeat=3
names=()
while [ $# -gt 0 ]; do
  case "$1" in
    --repeat) repeat="$2"; shift 2 ;;
    *) names+=("$1"); shift ;;
  esac
done
ci/build-ftpy.sh >/dev/null
ftpy=build/ftpy/ftpy
cpython=$(PYENV_VERSION=3.13.0 pyenv which python3.13 2>/dev/null || command -v python3.13)
if [ ${#names[@]} -eq 0 ]; then
  for f in Interpreter/Benchmarks/*.py; do names+=("$(basename "$f" .py)"); done
fi

now() { date +%s.%N; }
# best_time CMD...: the shortest wall time over $repeat runs, in seconds.
best_time() {
  local best=""
  for _ in $(seq "$repeat"); do
    local t0 t1 d
    t0=$(now)
    "$@" > /dev/null
    t1=$(now)
    d=$(echo "$t1 - $t0" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$d < $best" | bc -l)" = 1 ]; then best=$d; fi
  done
  printf "%.3f" "$best"
}

printf "%-16s %9s %10s %7s\n" "name" "ftpy_s" "cpython_s" "ratio"
logsum=0
count=0
for n in "${names[@]}"; do
  prog=Interpreter/Benchmarks/$n.py
  expected=$("$cpython" "$prog")
  actual=$("$ftpy" "$prog" 2>&1 || true)
  if [ "$expected" != "$actual" ]; then
    printf "%-16s %9s %10s %7s\n" "$n" "wrong" "-" "-"
    echo "  expected: $(echo "$expected" | head -c 200)" >&2
    echo "  actual:   $(echo "$actual" | head -c 200)" >&2
    continue
  fi
  tf=$(best_time "$ftpy" "$prog")
  tc=$(best_time "$cpython" "$prog")
  ratio=$(echo "$tf / $tc" | bc -l)
  printf "%-16s %9s %10s %7.2f\n" "$n" "$tf" "$tc" "$ratio"
  logsum=$(echo "$logsum + l($ratio)" | bc -l)
  count=$((count + 1))
done
if [ "$count" -gt 0 ]; then
  printf "geomean ratio %.2f\n" "$(echo "e($logsum / $count)" | bc -l)"
fi
sf=$(repeat=10 best_time "$ftpy" -c pass)
sc=$(repeat=10 best_time "$cpython" -c pass)
printf "startup ftpy %.0f ms cpython %.0f ms\n" "$(echo "$sf * 1000" | bc -l)" "$(echo "$sc * 1000" | bc -l)"
