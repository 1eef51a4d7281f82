"""Record or check conformance cases against an installed CPython (stop-gap until the
runner's `record` command is available).

    record-with-cpython.sh record CASE.py...   write CASE.out with CPython 3.13 and append
                                              the case to cases/MANIFEST-<branch>.txt
    record-with-cpython.sh check VERSION CASE.py...
                                              run with CPython VERSION (e.g. 3.12.1) and
                                              compare with the recorded .out
"""
import json
import os
import re
import subprocess
import sys

CASES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cases")
CASES = os.path.normpath(CASES)
RECORD_VERSION = "3.13.0"


def header(path):
    meta = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.startswith("#"):
                break
            m = re.match(r"# ([a-z-]+): (.*)$", line)
            if not m:
                raise SystemExit(f"{path}:{n}: bad header line {line!r}")
            if m.group(1) in meta:
                raise SystemExit(f"{path}:{n}: duplicate key {m.group(1)}")
            meta[m.group(1)] = m.group(2)
    for key in ("description", "features", "expect"):
        if key not in meta:
            raise SystemExit(f"{path}: missing key {key}")
    return meta


def run(path, version):
    meta = header(path)
    folder, name = os.path.split(os.path.abspath(path))
    args = json.loads(meta.get("args", "[]"))
    stdin = json.loads(meta.get("stdin", '""'))
    minor = ".".join(version.split(".")[:2])
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8",
               PYTHONDONTWRITEBYTECODE="1", PYENV_VERSION=version)
    p = subprocess.run(["python" + minor, name, *args], cwd=folder, env=env,
                       input=stdin.encode("utf-8"), capture_output=True,
                       timeout=int(meta.get("timeout", "60")))
    return meta, p


def expect_ok(meta, p):
    expect = meta["expect"]
    lines = [l for l in p.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    last = lines[-1] if lines else ""
    if expect == "output":
        return p.returncode == 0, f"exit {p.returncode}, stderr tail: {last}"
    if expect == "syntax-error":
        ok = p.returncode == 1 and last.startswith(("SyntaxError", "IndentationError", "TabError"))
        return ok, f"exit {p.returncode}, stderr tail: {last}"
    if expect.startswith("exception "):
        t = expect.split()[1].split(".")[-1]
        ok = p.returncode == 1 and (last == t or last.startswith(t + ":") or
                                    last.split(":")[0].split(".")[-1] == t)
        return ok, f"exit {p.returncode}, stderr tail: {last}"
    return False, f"bad expect {expect!r}"


def main(argv):
    cmd = argv[0]
    bad = 0
    if cmd == "record":
        branch = subprocess.run(["git", "rev-parse", "--abbrev-ref", "HEAD"], cwd=CASES,
                                capture_output=True, text=True).stdout.strip()
        manifest = os.path.join(CASES, f"MANIFEST-{branch}.txt")
        entries = {}
        if os.path.exists(manifest):
            for line in open(manifest, encoding="utf-8"):
                if line.strip():
                    k, v = line.split()
                    entries[k] = v
        for path in argv[1:]:
            meta, p = run(path, RECORD_VERSION)
            ok, why = expect_ok(meta, p)
            if not ok:
                print(f"NOT RECORDED {path}: expect {meta['expect']!r} not met ({why})")
                bad += 1
                continue
            out = os.path.splitext(path)[0] + ".out"
            with open(out, "wb") as f:
                f.write(p.stdout)
            rel = os.path.relpath(os.path.abspath(path), CASES)
            entries[rel] = RECORD_VERSION
        entries = {k: v for k, v in entries.items()
                   if k.endswith(".py") and os.path.exists(os.path.join(CASES, k))
                   and os.path.exists(os.path.join(CASES, k[:-3] + ".out"))}
        with open(manifest, "w", encoding="utf-8") as f:
            for k in sorted(entries):
                f.write(f"{k} {entries[k]}\n")
    elif cmd == "check":
        version = argv[1]
        for path in argv[2:]:
            meta = header(path)
            mv = meta.get("min-version")
            if mv and tuple(map(int, mv.split("."))) > tuple(map(int, version.split(".")[:2])):
                continue
            meta, p = run(path, version)
            ok, why = expect_ok(meta, p)
            out = os.path.splitext(path)[0] + ".out"
            want = open(out, "rb").read() if os.path.exists(out) else None
            if not ok or want != p.stdout:
                bad += 1
                print(f"FAIL {version} {path}: {why}; stdout {'matches' if want == p.stdout else 'differs'}")
    else:
        raise SystemExit(__doc__)
    print(f"{len(argv) - (1 if cmd == 'record' else 2) - bad} ok, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
