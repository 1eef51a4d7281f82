#!/usr/bin/env bash
# Builds the ftpy command into build/ftpy/ (its stable path).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet publish Interpreter/Ftpy.Cli/Ftpy.Cli.csproj -c Release -o build/ftpy -nologo -v q -clp:ErrorsOnly
touch build/ftpy/ftpy
