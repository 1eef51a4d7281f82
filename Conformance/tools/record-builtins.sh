#!/usr/bin/env bash
# Records the .out of builtins/ and threading/ cases with CPython 3.13.0, as FORMAT.md
# describes, and lists each in cases/MANIFEST-cases-builtins.txt. Superseded by the
# runner's `record` command once that exists.
#   usage: Conformance/tools/record-builtins.sh [case.py ...]   (default: every case)
set -u
here="$(cd "$(dirname "$0")" && pwd)"
cases_root="$(cd "$here/../cases" && pwd)"
manifest="$cases_root/MANIFEST-cases-builtins.txt"
version=3.13.0
if [ $# -eq 0 ]; then
  mapfile -t files < <(cd "$cases_root" && find builtins threading -name '*.py' ! -path '*/_*' | sort)
  files=("${files[@]/#/$cases_root/}")
else
  files=()
  for f in "$@"; do files+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"); done
fi
fail=0
touch "$manifest"
for f in "${files[@]}"; do
  dir="$(dirname "$f")"; name="$(basename "$f" .py)"; rel="${f#$cases_root/}"
  meta="$(PYENV_VERSION=$version python3.13 "$here/_casemeta.py" "$f")" || { fail=1; continue; }
  eval "$meta"
  tmp_err="$(mktemp)"
  (cd "$dir" && printf '%s' "$STDIN" | PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
     PYENV_VERSION=$version timeout "$TIMEOUT" python3.13 "$name.py" "${ARGS[@]}" > "$name.out" 2> "$tmp_err")
  rc=$?
  last="$(grep -v '^[[:space:]]*$' "$tmp_err" | tail -n 1)"
  ok=1
  case "$EXPECT" in
    output) [ $rc -eq 0 ] || ok=0 ;;
    syntax-error) [ $rc -eq 1 ] && [[ "$last" =~ ^(SyntaxError|IndentationError|TabError) ]] || ok=0 ;;
    exception\ *) t="${EXPECT#exception }"
       [ $rc -eq 1 ] && { [[ "$last" == "$t:"* ]] || [ "$last" = "$t" ] || [[ "$last" =~ ^[A-Za-z0-9_.]*\.$t(:|$) ]]; } || ok=0 ;;
    *) ok=0 ;;
  esac
  if [ $ok -eq 0 ]; then
    echo "FAIL $rel (rc=$rc, expect '$EXPECT'): $last"; fail=1
  else
    grep -v -x -F "$rel $version" "$manifest" > "$manifest.tmp"; echo "$rel $version" >> "$manifest.tmp"
    sort -o "$manifest" "$manifest.tmp"; rm -f "$manifest.tmp"
  fi
  rm -f "$tmp_err"
done
exit $fail
