#!/usr/bin/env python3.13
"""Writes bytes_methods.json: bytes methods on seeded random inputs, answered by CPython 3.13.

    PYENV_VERSION=3.13.0 python3.13 Interpreter/Ftpy.Tests/Text/Data/gen_bytes_methods.py

Each row is [method, [arguments], expected]. A bytes value is written {"b": hex}; tuples
become lists; an exception is {"error": type name, "message": str(exception)}.
"""
import json
import os
import random
import sys

assert sys.version_info[:2] == (3, 13)

ALPHABET = [bytes([b]) for b in b"aAzZ09 \t\n\r\x0b\x0c\x1c\x00\x80\xff'\"\\+-_.\x7f"] + [b"\r\n", b"ab"]


def enc(v):
    if isinstance(v, (bytes, bytearray)):
        return {"b": bytes(v).hex()}
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    return v


def call(name, fn, args):
    try:
        result = enc(fn(*args))
    except Exception as e:  # noqa: BLE001
        result = {"error": type(e).__name__, "message": str(e)}
    return [name, enc(list(args)), result]


def rand_bytes(rng, n=10):
    return b"".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, n)))


def sub(rng, s):
    if not s or rng.random() < 0.2:
        return rand_bytes(rng, 2)
    i = rng.randint(0, len(s))
    return s[i:rng.randint(i, min(len(s), i + 3))]


def main():
    rng = random.Random(4242)
    rows = []
    for _ in range(150):
        s = rand_bytes(rng)
        sep = rng.choice([None, b" ", b"a", sub(rng, s), b""])
        maxsplit = rng.choice([-1, 0, 1, 2])
        rows.append(call("split", lambda a, b, c: a.split(b, c), (s, sep, maxsplit)))
        rows.append(call("rsplit", lambda a, b, c: a.rsplit(b, c), (s, sep, maxsplit)))
        rows.append(call("splitlines", bytes.splitlines, (s, rng.random() < 0.5)))
        chars = rng.choice([None, sub(rng, s), b" a"])
        for m in ("strip", "lstrip", "rstrip"):
            rows.append(call(m, getattr(bytes, m), (s, chars)))
        psep = rng.choice([sub(rng, s), b"a", b""])
        rows.append(call("partition", bytes.partition, (s, psep)))
        rows.append(call("rpartition", bytes.rpartition, (s, psep)))
        rows.append(call("replace", bytes.replace, (s, rng.choice([sub(rng, s), b""]), rand_bytes(rng, 2), rng.choice([-1, 0, 1, 2]))))
        width = rng.randint(-1, 14)
        fill = rng.choice([b" ", b"*", b"\xff"])
        for m in ("center", "ljust", "rjust"):
            rows.append(call(m, getattr(bytes, m), (s, width, fill)))
        rows.append(call("zfill", bytes.zfill, (rng.choice([b"", b"+", b"-"]) + s, width)))
        rows.append(call("expandtabs", bytes.expandtabs, (s, rng.choice([8, 4, 1, 0, -1]))))
        needle = rng.choice([sub(rng, s), b""])
        start, end = rng.choice([None, 0, 2, -2, 20]), rng.choice([None, 3, -1, 20])
        for m in ("find", "rfind", "count", "startswith", "endswith"):
            rows.append(call(m, getattr(bytes, m), (s, needle, start, end)))
        rows.append(call("removeprefix", bytes.removeprefix, (s, sub(rng, s) if rng.random() < 0.3 else s[:2])))
        rows.append(call("removesuffix", bytes.removesuffix, (s, sub(rng, s) if rng.random() < 0.3 else s[-2:])))
        for m in ("upper", "lower", "title", "capitalize", "swapcase", "isupper", "islower", "istitle",
                  "isalpha", "isalnum", "isdigit", "isspace", "isascii"):
            rows.append(call(m, getattr(bytes, m), (s,)))
        rows.append(call("repr", repr, (s,)))
        rows.append(call("repr_bytearray", lambda b: repr(bytearray(b)), (s,)))
        rows.append(call("hex", lambda b, sep, n: b.hex(sep, n) if sep is not None else b.hex(), (s, rng.choice([None, ":", "-", "\xe9", "ab", ""]), rng.choice([1, 2, 3, -2, -1, 0, 100]))))
        frm = sub(rng, s)
        to = rand_bytes(rng, len(frm)) if rng.random() < 0.2 else bytes(rng.choice(b"xyz") for _ in frm)
        rows.append(call("maketrans", bytes.maketrans, (frm, to)))
        table = bytes.maketrans(b"az", b"AZ") if rng.random() < 0.7 else None
        rows.append(call("translate", lambda b, t, d: b.translate(t, d), (s, table, rng.choice([b"", b" ", sub(rng, s)]))))
        rows.append(call("join", lambda sep, items: sep.join(items), (rng.choice([b"", b","]), [rand_bytes(rng, 3) for _ in range(rng.randint(0, 3))])))
    for text in ["", "00", "0a0B", " 01 02 ", "0 1", "012", "zz", "01\t02\n", "01\x1c02", "\xe9", "01\xe9", "0102\U0001F600",
                 "0g", " ", "1", "ab cd ef", "AB\x0bCD", "01  \r\n 02"]:
        rows.append(call("fromhex", bytes.fromhex, (text,)))
    with open(os.path.join(os.path.dirname(__file__), "bytes_methods.json"), "w", newline="\n") as f:
        f.write("[\n" + ",\n".join(json.dumps(r, ensure_ascii=True) for r in rows) + "\n]\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
