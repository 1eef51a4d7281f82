#!/usr/bin/env bash
# Builds the ftpy command into build/ftpy/ (its stable path): a Native AOT executable (fast
# startup), with the Python library in build/ftpy/Lib. FTPY_BUILD=jit builds a framework-
# dependent JIT executable instead (quicker to build, slower to start) for development.
# When only .py files under Interpreter/Ftpy.Core/Lib changed, just the library is copied.
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/ftpy
lib_src=Interpreter/Ftpy.Core/Lib
stamp=$out/.build-stamp
sources_newer() {
  [ ! -e "$stamp" ] && return 0
  [ -n "$(find Interpreter/Ftpy.Core Interpreter/Ftpy.Cli \( -name '*.cs' -o -name '*.csproj' -o -name '*.gz' -o -name '*.deflate' \) -newer "$stamp" -print -quit)" ]
}
mode=${FTPY_BUILD:-aot}
if [ -x "$out/ftpy" ] && [ "$(cat "$out/.build-mode" 2>/dev/null)" = "$mode" ] && ! sources_newer; then
  rm -rf "$out/Lib" && mkdir -p "$out/Lib" && cp -r "$lib_src"/. "$out/Lib/" 2>/dev/null || true
  touch "$stamp" "$out/ftpy"
  exit 0
fi
rm -rf "$out"
if [ "$mode" = jit ]; then
  dotnet publish Interpreter/Ftpy.Cli/Ftpy.Cli.csproj -c Release -o "$out" -nologo -v q -clp:ErrorsOnly
else
  dotnet publish Interpreter/Ftpy.Cli/Ftpy.Cli.csproj -c Release -r linux-x64 -p:PublishAot=true \
    -p:DebugType=none -p:StripSymbols=true -o "$out" -nologo -v q -clp:ErrorsOnly
fi
mkdir -p "$out/Lib"
cp -r "$lib_src"/. "$out/Lib/" 2>/dev/null || true
echo "$mode" > "$out/.build-mode"
touch "$stamp" "$out/ftpy"
