"""Reads a case header and prints shell-safe fields (used by record-builtins.sh and
check-builtins-versions.sh until the runner's own record command replaces them)."""
import json
import shlex
import sys

path = sys.argv[1]
meta = {}
with open(path, encoding="utf-8") as f:
    for line in f:
        if not line.startswith("#"):
            break
        key, sep, value = line[1:].strip().partition(":")
        if not sep:
            sys.exit(f"{path}: malformed header line: {line.rstrip()}")
        meta[key.strip()] = value.strip()
for req in ("description", "features", "expect"):
    if req not in meta:
        sys.exit(f"{path}: missing header key {req}")
args = json.loads(meta.get("args", "[]"))
stdin = json.loads(meta.get("stdin", '""'))
print("EXPECT=" + shlex.quote(meta["expect"]))
print("MINVER=" + shlex.quote(meta.get("min-version", "")))
print("TIMEOUT=" + shlex.quote(meta.get("timeout", "60")))
print("ARGS=(" + " ".join(shlex.quote(a) for a in args) + ")")
print("STDIN=" + shlex.quote(stdin))
