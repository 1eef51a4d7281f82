#!/usr/bin/env python3.13
"""Writes unicode_names.json: unicodedata.lookup and \\N{...} on names, aliases, named
sequences and near misses, answered by CPython 3.13.

    PYENV_VERSION=3.13.0 python3.13 Interpreter/Ftpy.Tests/Text/Data/gen_unicode_names.py

Rows: [name, lookup result or null, \\N{} result or null]. name() of every code point is
checked by char_digests.txt.
"""
import json
import os
import random
import sys
import unicodedata

assert sys.version_info[:2] == (3, 13)


def lookup(name):
    try:
        return unicodedata.lookup(name)
    except KeyError:
        return None


def escape(name):
    try:
        return eval('"\\N{' + name + '}"')
    except SyntaxError:
        return None


def main():
    rng = random.Random(5)
    named = [cp for cp in range(0x110000) if unicodedata.name(chr(cp), None)]
    names = [unicodedata.name(chr(cp)) for cp in rng.sample(named, 3000)]
    names += [n.lower() for n in names[:300]] + [n.title() for n in names[300:400]]
    names += [n + " " for n in names[:20]] + [n.replace(" ", "  ", 1) for n in names[:20]] + [n[:-1] for n in names[:50]]
    names += ["NUL", "BOM", "ZWNBSP", "SP", "LATIN CAPITAL LETTER GHA", "BYTE ORDER MARK", "NBSP", "LINE FEED",
              "LATIN SMALL LETTER A WITH MACRON AND GRAVE", "KEYCAP NUMBER SIGN", "latin small letter a with macron and grave",
              "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-4e00",
              "cjk unified ideograph-4E00", "CJK UNIFIED IDEOGRAPH-9FFF", "CJK UNIFIED IDEOGRAPH-9FFFF",
              "CJK UNIFIED IDEOGRAPH-20000", "CJK UNIFIED IDEOGRAPH-2A6DF", "CJK UNIFIED IDEOGRAPH-3134A",
              "CJK UNIFIED IDEOGRAPH-31350", "CJK UNIFIED IDEOGRAPH-4E0", "CJK UNIFIED IDEOGRAPH-",
              "HANGUL SYLLABLE GA", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE A", "HANGUL SYLLABLE", "HANGUL SYLLABLE ",
              "HANGUL SYLLABLE GGWAELH", "HANGUL SYLLABLE HIH", "HANGUL SYLLABLE GX", "hangul syllable ga",
              "HANGUL SYLLABLE YI", "HANGUL SYLLABLE SSYEOSS", "TANGUT IDEOGRAPH-17000", "NUSHU CHARACTER-1B170",
              "nushu character-1b170", "CJK COMPATIBILITY IDEOGRAPH-F900", "", " ", "A", "SPACE"]
    rows = [[n, lookup(n), escape(n)] for n in names if "}" not in n and "\\" not in n and '"' not in n]
    with open(os.path.join(os.path.dirname(__file__), "unicode_names.json"), "w", newline="\n") as f:
        f.write("[\n" + ",\n".join(json.dumps(r, ensure_ascii=True) for r in rows) + "\n]\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
