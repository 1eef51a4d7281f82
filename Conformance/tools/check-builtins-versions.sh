#!/usr/bin/env bash
# Runs builtins/ and threading/ cases under CPython 3.12 and 3.11 and compares stdout with
# the recorded .out (and the exit code implied by `expect`), skipping versions below a
# case's min-version.
#   usage: Conformance/tools/check-builtins-versions.sh [case.py ...]   (default: every case)
set -u
here="$(cd "$(dirname "$0")" && pwd)"
cases_root="$(cd "$here/../cases" && pwd)"
if [ $# -eq 0 ]; then
  mapfile -t files < <(cd "$cases_root" && find builtins threading -name '*.py' ! -path '*/_*' | sort)
  files=("${files[@]/#/$cases_root/}")
else
  files=()
  for f in "$@"; do files+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"); done
fi
fail=0
for f in "${files[@]}"; do
  dir="$(dirname "$f")"; name="$(basename "$f" .py)"; rel="${f#$cases_root/}"
  eval "$(PYENV_VERSION=3.13.0 python3.13 "$here/_casemeta.py" "$f")"
  for pv in 3.12.1:python3.12:12 3.11.7:python3.11:11; do
    IFS=: read -r full exe minor <<< "$pv"
    if [ -n "$MINVER" ] && [ "${MINVER#3.}" -gt "$minor" ]; then continue; fi
    tmp_out="$(mktemp)"
    (cd "$dir" && printf '%s' "$STDIN" | PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
       PYENV_VERSION=$full timeout "$TIMEOUT" $exe "$name.py" "${ARGS[@]}" > "$tmp_out" 2>/dev/null)
    rc=$?
    want_rc=1; [ "$EXPECT" = "output" ] && want_rc=0
    if [ $rc -ne $want_rc ] || ! cmp -s "$tmp_out" "$dir/$name.out"; then echo "DIFF 3.$minor $rel (rc=$rc)"; fail=1; fi
    rm -f "$tmp_out"
  done
done
exit $fail
