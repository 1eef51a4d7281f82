#!/usr/bin/env bash
# Records (or checks) the .out files of the stdlib cases, as Conformance/FORMAT.md describes.
# Stand-in until the runner's `record` command is available; it will supersede this script.
#
#   record-stdlib.sh record [case.py ...]        run under CPython 3.13.0, write <name>.out,
#                                                 add "<path> 3.13.0" to MANIFEST-cases-stdlib.txt
#   record-stdlib.sh check VERSION [case.py ...]  run under CPython VERSION (e.g. 3.12.1) and compare
#                                                 with the recorded .out; cases whose min-version is
#                                                 above VERSION are skipped
# Without case paths, every case under Conformance/cases/stdlib is used.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export CONF_ROOT="$(dirname "$here")"
PYENV_VERSION=3.13.0 exec python3.13 - "$@" <<'PY'
import json, os, re, subprocess, sys

root = os.environ["CONF_ROOT"]
cases_root = os.path.join(root, "cases")
manifest = os.path.join(cases_root, "MANIFEST-cases-stdlib.txt")

def header(path):
    meta = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            m = re.match(r"# ([a-z-]+): (.*)$", line.rstrip("\n"))
            if not m:
                sys.exit(f"{path}: bad header line {line!r}")
            if m.group(1) in meta:
                sys.exit(f"{path}: duplicate key {m.group(1)}")
            meta[m.group(1)] = m.group(2)
    for k in ("description", "features", "expect"):
        if k not in meta:
            sys.exit(f"{path}: missing {k}")
    return meta

def all_cases():
    out = []
    for d, dirs, files in os.walk(os.path.join(cases_root, "stdlib")):
        dirs[:] = sorted(x for x in dirs if not x.startswith("_") and x != "__pycache__")
        out += [os.path.join(d, f) for f in sorted(files) if f.endswith(".py") and not f.startswith("_")]
    return out

def run(path, meta, version):
    d, name = os.path.split(os.path.abspath(path))
    args = json.loads(meta.get("args", "[]"))
    stdin = json.loads(meta.get("stdin", '""'))
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8",
               PYTHONDONTWRITEBYTECODE="1", PYENV_VERSION=version)
    exe = "python" + ".".join(version.split(".")[:2])
    p = subprocess.run([exe, name, *args], cwd=d, env=env, input=stdin.encode("utf-8"),
                       capture_output=True, timeout=int(meta.get("timeout", "60")))
    return p

def verdict(meta, p):
    exp = meta["expect"]
    err = [l for l in p.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    last = err[-1] if err else ""
    if exp == "output":
        return p.returncode == 0, f"exit {p.returncode}: {last}"
    if exp.startswith("exception "):
        t = exp.split()[1].rsplit(".", 1)[-1]
        name = last.split(":", 1)[0].rsplit(".", 1)[-1]
        ok = p.returncode == 1 and (last.startswith(t + ":") or last == t or name == t)
        return ok, f"exit {p.returncode}: {last}"
    if exp == "syntax-error":
        ok = p.returncode == 1 and last.startswith(("SyntaxError", "IndentationError", "TabError"))
        return ok, f"exit {p.returncode}: {last}"
    return False, f"unknown expect {exp}"

def vtuple(s):
    return tuple(int(x) for x in s.split(".")[:2])

mode = sys.argv[1] if len(sys.argv) > 1 else ""
if mode == "record":
    paths = sys.argv[2:] or all_cases()
    entries = {}
    if os.path.exists(manifest):
        for line in open(manifest, encoding="utf-8"):
            if line.strip():
                k, v = line.split()
                entries[k] = v
    bad = 0
    for path in paths:
        meta = header(path)
        p = run(path, meta, "3.13.0")
        ok, why = verdict(meta, p)
        if not ok:
            bad += 1
            print(f"FAIL {path}: {why}")
            continue
        with open(os.path.splitext(path)[0] + ".out", "wb") as f:
            f.write(p.stdout)
        rel = os.path.relpath(os.path.abspath(path), cases_root)
        entries[rel] = "3.13.0"
    with open(manifest, "w", encoding="utf-8") as f:
        for k in sorted(entries):
            f.write(f"{k} {entries[k]}\n")
    print(f"recorded {len(paths) - bad}, failed {bad}")
    sys.exit(1 if bad else 0)
elif mode == "check":
    version = sys.argv[2]
    paths = sys.argv[3:] or all_cases()
    passed = failed = skipped = 0
    for path in paths:
        meta = header(path)
        if "min-version" in meta and vtuple(meta["min-version"]) > vtuple(version):
            skipped += 1
            continue
        p = run(path, meta, version)
        ok, why = verdict(meta, p)
        want = open(os.path.splitext(path)[0] + ".out", "rb").read()
        if ok and p.stdout != want:
            import difflib
            diff = difflib.unified_diff(want.decode("utf-8", "replace").splitlines(),
                                        p.stdout.decode("utf-8", "replace").splitlines(),
                                        "expected", "actual", lineterm="", n=0)
            ok, why = False, "stdout differs\n" + "\n".join(list(diff)[:40])
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {path}: {why}")
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    sys.exit(1 if failed else 0)
else:
    sys.exit(__doc__ or "usage: record-stdlib.sh record|check VERSION [case.py ...]")
PY
