#!/usr/bin/env python3.13
"""Generates Interpreter/Ftpy.Core/Objects/Text/UnicodeNames.deflate: the character names
CPython 3.13's unicodedata knows (Unicode 15.1), for unicodedata.name/lookup, \\N{...} and
the namereplace error handler.

    PYENV_VERSION=3.13.0 python3.13 Interpreter/Tools/Unicode/make_unicode_names.py [perl unicore dir]

Names come from unicodedata.name over all code points. CPython computes two families
instead of storing them, and looks them up case-sensitively: CJK UNIFIED IDEOGRAPH-<hex>
and HANGUL SYLLABLE <jamo>; they are written as ranges. Name aliases and named sequences
are not enumerable from CPython, so candidates are read from Perl's copy of the UCD
(unicore/Name.pl, NamedSequences.txt) and kept only where unicodedata.lookup agrees.

Format (UTF-8 lines, then raw deflate):
  N <code point delta, hex> <name>   names in code point order, delta from the previous one
  A <code point hex> <alias>
  S <code point hex>[ <code point hex>...];<named sequence>
  C <first hex> <last hex>           CJK UNIFIED IDEOGRAPH ranges
"""
import os
import re
import sys
import unicodedata
import zlib

assert sys.version_info[:2] == (3, 13)
assert unicodedata.unidata_version == "15.1.0"

CJK = "CJK UNIFIED IDEOGRAPH-"


def ranges(cps):
    out = []
    for cp in cps:
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def main():
    unicore = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/perl/5.36.0/unicore"
    lines, cjk, hangul = [], [], []
    previous = 0
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        if name == f"{CJK}{cp:04X}":
            cjk.append(cp)
        elif name.startswith("HANGUL SYLLABLE ") and 0xAC00 <= cp <= 0xD7A3:
            hangul.append(cp)
        else:
            lines.append(f"N {cp - previous:x} {name}")
            previous = cp

    aliases, sequences = set(), set()
    with open(os.path.join(unicore, "Name.pl"), encoding="utf-8") as f:
        body = f.read().split("<<'END';\n", 1)[1].split("\nEND\n", 1)[0]
    for entry in body.split("\n\n"):
        parts = entry.strip().split("\n")
        if len(parts) != 2:
            continue
        cps, name = parts[0].split(), parts[1]
        try:
            found = unicodedata.lookup(name)
        except KeyError:
            continue
        if found != "".join(chr(int(c, 16)) for c in cps):
            continue
        if len(cps) == 1 and unicodedata.name(found, None) != name:
            aliases.add((int(cps[0], 16), name))
    with open(os.path.join(unicore, "NamedSequences.txt"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^([A-Z0-9 \-]+);([0-9A-F ]+)$", line.strip())
            if not m:
                continue
            name, cps = m.group(1), [int(c, 16) for c in m.group(2).split()]
            try:
                if unicodedata.lookup(name) == "".join(map(chr, cps)):
                    sequences.add((tuple(cps), name))
            except KeyError:
                pass

    lines += [f"A {cp:x} {name}" for cp, name in sorted(aliases)]
    lines += [f"S {' '.join(f'{c:x}' for c in cps)};{name}" for cps, name in sorted(sequences)]
    lines += [f"C {a:x} {b:x}" for a, b in ranges(cjk)]
    assert ranges(hangul) == [[0xAC00, 0xD7A3]], "UnicodeNames.cs computes this range"
    text = ("\n".join(lines) + "\n").encode("utf-8")
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = packer.compress(text) + packer.flush()
    path = os.path.join(os.path.dirname(__file__), "..", "..", "Ftpy.Core", "Objects", "Text", "UnicodeNames.deflate")
    with open(os.path.normpath(path), "wb") as f:
        f.write(data)
    print(f"{len(lines)} lines, {len(aliases)} aliases, {len(sequences)} sequences, {len(text)} -> {len(data)} bytes")


if __name__ == "__main__":
    main()
