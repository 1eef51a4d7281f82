#!/usr/bin/env python3.13
"""Writes char_digests.txt: for every single-character property and mapping of str, one
SHA-256 digest per Unicode plane over CPython 3.13's answers for each code point.

    PYENV_VERSION=3.13.0 python3.13 Interpreter/Ftpy.Tests/Text/Data/gen_char_digests.py

The plane's text hashed is, for each code point cp in order, "<cp hex>:<value>\n" where a
bool is 0/1, an int is decimal, and a str is its code points in hex separated by spaces;
it is encoded as UTF-8. UnicodeCharTests computes the same text from ftpy's functions.
"""
import hashlib
import os
import sys
import unicodedata

assert sys.version_info[:2] == (3, 13)

PROPERTIES = {
    "isalpha": str.isalpha, "isdecimal": str.isdecimal, "isdigit": str.isdigit,
    "isnumeric": str.isnumeric, "isalnum": str.isalnum, "isspace": str.isspace,
    "isprintable": str.isprintable, "isidentifier": str.isidentifier,
    "isidentifier_continue": lambda c: ("a" + c).isidentifier(),
    "isupper": str.isupper, "islower": str.islower, "istitle": str.istitle,
    "isascii": str.isascii,
    "upper": str.upper, "lower": str.lower, "title": str.title, "casefold": str.casefold,
    "capitalize": str.capitalize, "swapcase": str.swapcase,
    "repr": repr, "ascii": ascii,
    "linebreak": lambda c: len(("a" + c + "b").splitlines()) == 2,
    "decimal": lambda c: unicodedata.decimal(c, -1),
    "digit": lambda c: unicodedata.digit(c, -1),
    "name": lambda c: unicodedata.name(c, ""),
}


def render(value):
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    return " ".join(f"{ord(ch):x}" for ch in value)


def main():
    lines = [f"# CPython {sys.version.split()[0]}, Unicode {unicodedata.unidata_version}: property plane sha256"]
    for name, fn in PROPERTIES.items():
        for plane in range(17):
            h = hashlib.sha256()
            for cp in range(plane << 16, (plane + 1) << 16):
                h.update(f"{cp:x}:{render(fn(chr(cp)))}\n".encode("utf-8"))
            lines.append(f"{name} {plane} {h.hexdigest()}")
    with open(os.path.join(os.path.dirname(__file__), "char_digests.txt"), "w", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
