#!/usr/bin/env python3.13
"""Writes hashes.json: hash() of str and bytes values under PYTHONHASHSEED=0 and =12345, as
CPython 3.13 computes them (it runs itself once per seed).

    PYENV_VERSION=3.13.0 python3.13 Interpreter/Ftpy.Tests/Text/Data/gen_hashes.py

Rows: [seed, "str" | "bytes", value (bytes as hex), hash].
"""
import json
import os
import random
import subprocess
import sys

assert sys.version_info[:2] == (3, 13)
SEEDS = [0, 12345, 1, 4294967295]


def values():
    rng = random.Random(99)
    ranges = [(0x20, 0x7f), (0x80, 0x100), (0x100, 0x800), (0x800, 0xd800), (0xe000, 0x10000),
              (0x10000, 0x20000), (0xdc80, 0xdd00), (0x0, 0x20)]
    strs = ["", "a", "abc", "abcdefg", "abcdefgh", "abcdefghi", "\xe9", "\u20ac", "\U0001F600",
            "a\U0001F600", "\udc80", "a\udc80b", "\xff" * 9, "\u0100" * 4]
    for _ in range(400):
        parts = rng.sample(ranges, rng.randint(1, 2))
        s = "".join(chr(rng.randrange(*rng.choice(parts))) for _ in range(rng.randint(0, 40)))
        # no lone high surrogate: PyStr would read one before a lone low surrogate as a pair
        if any(0xd800 <= ord(c) < 0xdc00 for c in s):
            continue
        strs.append(s)
    blobs = [b"", b"a", b"\x00", b"\xff" * 7, b"12345678", bytes(range(256))]
    blobs += [rng.randbytes(rng.randint(0, 40)) for _ in range(150)]
    return strs, blobs


def child(seed):
    strs, blobs = values()
    rows = [[seed, "str", s, hash(s)] for s in strs] + [[seed, "bytes", b.hex(), hash(b)] for b in blobs]
    print(json.dumps(rows, ensure_ascii=True))


def main():
    rows = []
    for seed in SEEDS:
        env = dict(os.environ, PYTHONHASHSEED=str(seed))
        out = subprocess.run([sys.executable, __file__, "--child", str(seed)], env=env,
                             check=True, capture_output=True, text=True).stdout
        rows += json.loads(out)
    with open(os.path.join(os.path.dirname(__file__), "hashes.json"), "w", newline="\n") as f:
        f.write("[\n" + ",\n".join(json.dumps(r, ensure_ascii=True) for r in rows) + "\n]\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(int(sys.argv[2]))
    else:
        main()
