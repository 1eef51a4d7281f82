#!/usr/bin/env python3.13
"""Writes codecs.json: encodings looked up, str encoded and bytes decoded by CPython 3.13.

    PYENV_VERSION=3.13.0 python3.13 Interpreter/Ftpy.Tests/Text/Data/gen_codecs.py

Rows:
  ["lookup", name, codecs.lookup(name).name | error]
  ["encode", str, encoding, errors, bytes hex | error]
  ["decode", bytes hex, encoding, errors, str | error]
  ["partial", bytes hex, function, errors, [str, consumed, byteorder]]   non-final decoding
      with _codecs.utf_8_decode / utf_16_ex_decode / utf_32_ex_decode (byteorder 0)
An error is {"error", "message"} plus "encoding", "start", "end", "reason" for Unicode errors.
The "t.*" error handlers are registered here; CodecTests registers the same ones.
"""
import codecs
import json
import os
import random
import sys

assert sys.version_info[:2] == (3, 13)


def register_handlers():
    def bytes_or_text(e):
        return (b"<B>" if isinstance(e, UnicodeEncodeError) else "<B>", e.end)
    codecs.register_error("t.bytes", bytes_or_text)
    codecs.register_error("t.nonascii", lambda e: ("\xe9\u20ac", e.end))
    codecs.register_error("t.skip", lambda e: ("#", min(e.end + 1, len(e.object))))
    codecs.register_error("t.far", lambda e: ("x", len(e.object) + 1))
    codecs.register_error("t.negative", lambda e: ("!", e.end - len(e.object) if e.end < len(e.object) else e.end))


ENCODINGS = ["utf-8", "UTF8", "u8", "utf_8_sig", "latin-1", "iso-8859-1", "L1", "ascii", "us-ascii",
             "utf-16", "utf-16-le", "UTF-16BE", "utf-32", "utf_32_le", "utf-32-be", "cp1252", "windows-1252"]
ERRORS = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape",
          "surrogatepass", "t.bytes", "t.nonascii", "t.skip", "t.far", "t.negative", "bogus"]
CHARS = (list("aZ0 ~\x00\x7f") + ["\x80", "\xe9", "\xff", "\u0100", "\u20ac", "\u20ad", "\u2019", "\ufeff",
         "\uffff", "\U0001F600", "\U0010FFFF", "\ud800", "\udbff", "\udc80", "\udcff", "\udc00", "\udfff", "\udc7f"])
CHUNKS = [b"a", b"\x00", b"\x7f", b"\x80", b"\xbf", b"\xc2", b"\xc3\xa9", b"\xe0", b"\xe0\xa0", b"\xe2\x82\xac",
          b"\xed", b"\xed\xa0\x80", b"\xed\xb2\x80", b"\xed\x9f\xbf", b"\xf0", b"\xf0\x90", b"\xf0\x9f\x98\x80",
          b"\xf4\x8f\xbf\xbf", b"\xf4\x90", b"\xf5", b"\xff", b"\xfe", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff",
          b"\x00\xd8", b"\xd8\x00", b"\x00\xdc", b"\xdc\x00", b"\x3d\xd8\x00\xde", b"\x00\x00\x11\x00",
          b"\x00\xd8\x00\x00", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"\x81", b"\x8d", b"\x9d", b"A\x00"]


def error(e):
    row = {"error": type(e).__name__, "message": str(e)}
    if isinstance(e, UnicodeError):
        row.update(encoding=e.encoding, start=e.start, end=e.end, reason=e.reason)
    return row


def pairs_ambiguously(s):
    # PyStr cannot tell a lone high surrogate followed by a lone low one from a pair.
    return any("\ud800" <= a <= "\udbff" and "\udc00" <= b <= "\udfff" for a, b in zip(s, s[1:]))


def main():
    register_handlers()
    rng = random.Random(1313)
    rows = []
    for name in ["utf-8", "UTF-8", "utf 8", " utf-8", "utf.8", "utf8.", "\xfctf8", "utf-8\xe9", "-utf-8-",
                 "utf--8", "U8", "utf", "latin", "latin-1", "L1", "iso-8859-1", "8859", "cp819", "windows-1252",
                 "1252", "utf-8-sig", "utf8-sig", "utf_16le", "UTF-16LE", "ucs-2", "us-ascii", "646",
                 "ANSI_X3.4_1968", "ansi_x3.4-1968", "iso_646.irv:1991", "", "  ", "xyz", "utf-8\x00",
                 "utf-7", "cp437", "unicodelittleunmarked", "u16", "U32", "utf_32be", "cp65001"]:
        try:
            rows.append(["lookup", name, codecs.lookup(name).name])
        except Exception as e:  # noqa: BLE001
            rows.append(["lookup", name, error(e)])

    for _ in range(1500):
        s = "".join(rng.choice(CHARS) for _ in range(rng.randint(0, 6)))
        if pairs_ambiguously(s):
            continue
        enc, errs = rng.choice(ENCODINGS), rng.choice(ERRORS)
        try:
            rows.append(["encode", s, enc, errs, s.encode(enc, errs).hex()])
        except Exception as e:  # noqa: BLE001
            rows.append(["encode", s, enc, errs, error(e)])

    for _ in range(2500):
        data = b"".join(rng.choice(CHUNKS) for _ in range(rng.randint(0, 5)))
        enc, errs = rng.choice(ENCODINGS), rng.choice(ERRORS)
        try:
            text = data.decode(enc, errs)
            if pairs_ambiguously(text):
                continue
            rows.append(["decode", data.hex(), enc, errs, text])
        except Exception as e:  # noqa: BLE001
            rows.append(["decode", data.hex(), enc, errs, error(e)])

    partials = {"utf_8": lambda d, e: codecs.utf_8_decode(d, e, False) + (0,),
                "utf_16": lambda d, e: codecs.utf_16_ex_decode(d, e, 0, False),
                "utf_32": lambda d, e: codecs.utf_32_ex_decode(d, e, 0, False)}
    for _ in range(600):
        data = b"".join(rng.choice(CHUNKS) for _ in range(rng.randint(0, 4)))
        fn, errs = rng.choice(list(partials)), rng.choice(["strict", "replace", "surrogatepass", "surrogateescape"])
        try:
            text, consumed, order = partials[fn](data, errs)
            if pairs_ambiguously(text):
                continue
            rows.append(["partial", data.hex(), fn, errs, [text, consumed, order]])
        except Exception as e:  # noqa: BLE001
            rows.append(["partial", data.hex(), fn, errs, error(e)])

    with open(os.path.join(os.path.dirname(__file__), "codecs.json"), "w", newline="\n") as f:
        f.write("[\n" + ",\n".join(json.dumps(r, ensure_ascii=True) for r in rows) + "\n]\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
