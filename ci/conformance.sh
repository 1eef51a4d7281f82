#!/usr/bin/env bash
# Runs the conformance suite on one or more Python executables:
#
#   ci/conformance.sh --python /path/to/python             # run every case, print the matrix
#   ci/conformance.sh --python ftpy --python python3.13 --junit results.xml --html results.html
#   ci/conformance.sh list --flags free-threading          # see Conformance/README.md for the rest
#
# Needs the .NET 10 SDK. The runner is built into build/conformance/ the first time and
# again whenever its sources change; the build is silent unless it fails.
# Exit codes: 0 all as expected, 1 some case failed unexpectedly, 2 usage or metadata error.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$root/build/conformance/conformance"
project="$root/Conformance/Runner/Runner.csproj"

stale() {
  [ ! -x "$bin" ] && return 0
  [ -n "$(find "$root/Conformance/Runner" \( -name bin -o -name obj \) -prune -o \
      \( -name '*.cs' -o -name '*.csproj' \) -newer "$bin" -print -quit)" ] && return 0
  for props in "$root/Directory.Build.props" "$root/Directory.Packages.props"; do
    [ -f "$props" ] && [ "$props" -nt "$bin" ] && return 0
  done
  return 1
}

if stale; then
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "conformance: the .NET 10 SDK (dotnet) is needed to build the runner" >&2
    exit 2
  fi
  log="$(mktemp)"
  if ! dotnet publish "$project" -c Release -o "$root/build/conformance" -nologo -v q -clp:ErrorsOnly >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "conformance: building the runner failed" >&2
    exit 2
  fi
  rm -f "$log"
  touch "$bin"
fi
exec "$bin" "$@"
