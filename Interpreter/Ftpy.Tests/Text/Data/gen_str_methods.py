#!/usr/bin/env python3.13
"""Writes str_methods.json: str methods on seeded random inputs, answered by CPython 3.13.

    PYENV_VERSION=3.13.0 python3.13 Interpreter/Ftpy.Tests/Text/Data/gen_str_methods.py

Each row is [method, [arguments], expected]; expected is the result (tuples as lists) or
{"error": type name, "message": str(exception)}. Indices (start/end arguments and results)
are Python's, in code points; StrMethodTests converts them.
The alphabet mixes ASCII, Python whitespace, line boundaries, special casings (sigma, sharp
s, dotted I, ligatures, titlecase digraphs), astral letters and a lone low surrogate. It has
no lone high surrogate: PyStr cannot tell one followed by a lone low surrogate from a pair.
U+DE00 is the low half of U+1F600 in UTF-16: searching for it must not split the pair.
"""
import json
import os
import random
import sys

assert sys.version_info[:2] == (3, 13)

ALPHABET = (list("aAbBzZ09 _-+.,'\"") + ["\t", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1f",
            "\x85", "\xa0", "\u2028", "\u3000", "\u03a3", "\u03c3", "\u03c2", "\xdf", "\u0130",
            "\ufb01", "\u01c5", "\u1e9e", "\u0345", "\u00b7", "'", "\u0661", "\u00bd", "\u00e9",
            "\U0001F600", "\U00010400", "\U00010428", "\U0001D400", "\udc80", "\ude00", "\u2160", "\u00aa"])
SEPARATORS = [None, " ", "a", "ab", "\u03a3", "\U0001F600", "\udc80", "\ude00", "\r\n", "\u3000", "aa", "\U00010400a"]


def rand_str(rng, max_len=12):
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, max_len)))


def substr(rng, s):
    if not s or rng.random() < 0.2:
        return rand_str(rng, 3)
    i = rng.randint(0, len(s))
    return s[i:rng.randint(i, min(len(s), i + 3))]


def call(name, fn, args):
    try:
        result = fn(*args)
    except Exception as e:  # noqa: BLE001 - the exception is the expectation
        return [name, list(args), {"error": type(e).__name__, "message": str(e)}]
    if isinstance(result, tuple):
        result = list(result)
    if isinstance(result, dict):
        result = [[k, v] for k, v in result.items()]
    return [name, list(args), result]


def index_arg(rng, s):
    return rng.choice([None, 0, 1, -1, -3, len(s), len(s) + 2, rng.randint(-len(s) - 2, len(s) + 2)])


def main():
    rng = random.Random(20240601)
    rows = []
    for _ in range(220):
        s = rand_str(rng)
        sep = rng.choice(SEPARATORS + [substr(rng, s), ""])
        maxsplit = rng.choice([-1, 0, 1, 2, 5])
        rows.append(call("split", lambda a, b, c: a.split(b, c), (s, sep, maxsplit)))
        rows.append(call("rsplit", lambda a, b, c: a.rsplit(b, c), (s, sep, maxsplit)))
        rows.append(call("splitlines", str.splitlines, (s, rng.random() < 0.5)))
        chars = rng.choice([None, substr(rng, s), " a", "\U0001F600\udc80", "\u03a3z", "\ude00"])
        for m in ("strip", "lstrip", "rstrip"):
            rows.append(call(m, getattr(str, m), (s, chars)))
        psep = rng.choice([substr(rng, s), "a", "\U0001F600", "", "\udc80", "\ude00"])
        rows.append(call("partition", str.partition, (s, psep)))
        rows.append(call("rpartition", str.rpartition, (s, psep)))
        rows.append(call("replace", str.replace, (s, rng.choice([substr(rng, s), "", "a"]),
                                                  rand_str(rng, 3), rng.choice([-1, 0, 1, 2, 3, 100]))))
        width = rng.randint(-1, 16)
        fill = rng.choice([" ", "*", "\U0001F600", "\u03a3", "\udc80"])
        for m in ("center", "ljust", "rjust"):
            rows.append(call(m, getattr(str, m), (s, width, fill)))
        sign = rng.choice(["", "+", "-", "--"])
        rows.append(call("zfill", str.zfill, (sign + s, width)))
        tabbed = s.replace("a", "\t")
        rows.append(call("expandtabs", str.expandtabs, (tabbed, rng.choice([8, 4, 1, 0, -1, 3]))))
        sub = rng.choice([substr(rng, s), "", "a", "\udc80", "\ude00", "\U0001F600"])
        start, end = index_arg(rng, s), index_arg(rng, s)
        for m in ("find", "rfind", "count", "startswith", "endswith"):
            rows.append(call(m, getattr(str, m), (s, sub, start, end)))
        rows.append(call("removeprefix", str.removeprefix, (s, substr(rng, s) if rng.random() < 0.3 else s[:2])))
        rows.append(call("removesuffix", str.removesuffix, (s, substr(rng, s) if rng.random() < 0.3 else s[-2:])))
        for m in ("upper", "lower", "casefold", "title", "capitalize", "swapcase",
                  "isupper", "islower", "istitle", "isalpha", "isalnum", "isdecimal", "isdigit",
                  "isnumeric", "isspace", "isprintable", "isidentifier", "isascii"):
            rows.append(call(m, getattr(str, m), (s,)))
        rows.append(call("repr", repr, (s,)))
        rows.append(call("ascii", ascii, (s,)))
        table = {ord(c): rng.choice([None, rand_str(rng, 2), ord(rng.choice(ALPHABET[:16]))])
                 for c in substr(rng, s) if len(c) == 1}
        rows.append([("translate"), [s, [[k, v] for k, v in table.items()]], s.translate(table)])
        x = substr(rng, s)
        y = "".join(rng.choice(ALPHABET[:16]) for _ in x) if rng.random() < 0.9 else "ab"
        rows.append(call("maketrans", str.maketrans, (x, y, rng.choice(["", "z", "\U0001F600"]))))
        rows.append(call("join", lambda sep, items: sep.join(items), (rng.choice(["", ",", "\U0001F600"]), [rand_str(rng, 3) for _ in range(rng.randint(0, 3))])))
    # Fixed cases around the final-sigma rule and titlecasing.
    for s in ["\u03a3", "A\u03a3", "A\u03a3 b", "A\u03a3b", "A\u0345\u03a3", "A\u03a3\u0345", "A\u03a3\u0345b",
              "'\u03a3'", "A.\u03a3.", "\u1f88\u03a3", "hello world", "they're bill's", "\u01c6x \u01c4y",
              "\ufb01re", "\xdf\xdf", "\u0130stanbul", "a1b2", "\U00010428\U00010400", "\u2160\u2170"]:
        for m in ("upper", "lower", "casefold", "title", "capitalize", "swapcase", "istitle", "isupper", "islower"):
            rows.append(call(m, getattr(str, m), (s,)))
    with open(os.path.join(os.path.dirname(__file__), "str_methods.json"), "w", newline="\n") as f:
        f.write("[\n" + ",\n".join(json.dumps(r, ensure_ascii=True) for r in rows) + "\n]\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
