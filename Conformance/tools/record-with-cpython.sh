#!/usr/bin/env bash
# Stop-gap recorder until the conformance runner's `record` command lands.
#   Conformance/tools/record-with-cpython.sh record cases/language/x/case.py ...
#   Conformance/tools/record-with-cpython.sh check 3.12.1 cases/language/x/case.py ...
# `record` writes each .out with CPython 3.13.0 (PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8,
# empty or header-given stdin, header-given args) after checking the case meets its
# `expect`, and lists it in cases/MANIFEST-<branch>.txt.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
PYENV_VERSION=3.13.0 exec python3.13 "$here/cpython_cases.py" "$@"
