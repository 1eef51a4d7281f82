#!/usr/bin/env python3
"""Writes the expected-value files for the numeric core tests by running CPython.

Run with CPython 3.13 from this directory:

    PYENV_VERSION=3.13.0 python3.13 generate.py

Every file is JSON lines: {"op":name,"args":[values...],"expect":value}. Values are
tagged strings so that every bit survives: "f" + 16 hex digits (float bits), "i" + decimal
(int), "s" + text (str), "c" + two float encodings joined by "," (complex), "b" + 0/1
(bool), "t" + JSON list of values (tuple), "n" (None), "y" + hex (bytes), and for errors
"E" + "TypeName: message". The generator is deterministic (fixed seeds).
"""

import json
import math
import random
import struct
import sys
from fractions import Fraction

assert sys.version_info[:2] == (3, 13), "expected values must come from CPython 3.13"

HERE = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."


def fbits(x):
    return "f" + format(struct.unpack("<Q", struct.pack("<d", x))[0], "016x")


def enc(v):
    if isinstance(v, bool):
        return "b" + ("1" if v else "0")
    if isinstance(v, int):
        limit = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)
        try:
            return "i" + str(v)
        finally:
            sys.set_int_max_str_digits(limit)
    if isinstance(v, float):
        return fbits(v)
    if isinstance(v, complex):
        return "c" + fbits(v.real) + "," + fbits(v.imag)
    if isinstance(v, str):
        return "s" + v
    if isinstance(v, bytes):
        return "y" + v.hex()
    if isinstance(v, tuple):
        return "t" + json.dumps([enc(x) for x in v])
    if v is None:
        return "n"
    raise TypeError(type(v))


def run(fn):
    try:
        return enc(fn())
    except Exception as e:  # noqa: BLE001 - every Python error is data here
        return "E" + type(e).__name__ + ": " + str(e)


class Writer:
    def __init__(self, name):
        self.name = name
        self.lines = []
        self.seen = set()

    def add(self, op, args, fn):
        key = (op, tuple(enc(a) for a in args))
        if key in self.seen:
            return
        self.seen.add(key)
        self.lines.append(json.dumps({"op": op, "args": [enc(a) for a in args], "expect": run(fn)},
                                     ensure_ascii=True, separators=(",", ":")))

    def close(self):
        with open(f"{HERE}/{self.name}.jsonl", "w") as f:
            f.write("\n".join(self.lines) + "\n")
        print(f"{self.name}: {len(self.lines)} cases")


INF = float("inf")
NAN = float("nan")


def float_from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def special_floats():
    return [0.0, -0.0, INF, -INF, NAN, -NAN, 5e-324, -5e-324, 2.2250738585072014e-308,
            2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308,
            1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 0.2, 0.3, 0.125, 0.375, 2.675, 1.005,
            1e16, 1e15, 9999999999999998.0, 1e17, 1e22, 1e23, 1e-4, 1e-5, 0.0001, 0.00001,
            123.0, 123.456, 1e300, 1e-300, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 52 + 0.5,
            2.0 ** 63, 2.0 ** 64, 3.141592653589793, 2.718281828459045, 1 / 3, 2 / 3,
            0.49999999999999994, 4.35, 0.045, 1234.5, 12345.678, 9.995, 99.5, 0.05, 0.95,
            1e-310, 4.9406564584124654e-324, 1.5e-07, 6.02214076e23, 299792458.0]


def random_floats(rng, n):
    out = []
    for i in range(n):
        kind = i % 5
        if kind == 0:
            b = rng.getrandbits(64)
            x = float_from_bits(b)
            if math.isnan(x):
                x = rng.random()
            out.append(x)
        elif kind == 1:
            out.append(round(rng.uniform(-1000, 1000), rng.randint(0, 8)))
        elif kind == 2:
            out.append(rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30))
        elif kind == 3:
            # exact binary fractions: ties for decimal rounding
            out.append(rng.randint(-10 ** 6, 10 ** 6) / 2 ** rng.randint(0, 12))
        else:
            out.append(float(rng.randint(-10 ** 18, 10 ** 18)) * rng.choice([1, 1e-10, 1e10, 1e-300, 1e290]))
    return out


def gen_float_repr():
    w = Writer("float_repr")
    rng = random.Random(1)
    # Powers of two and their neighbours: the rounding interval is lopsided there.
    powers = [math.ldexp(1.0, k) for k in range(-1074, 1024)]
    neighbours = [math.nextafter(p, sign * INF) for p in powers[::7] for sign in (1, -1)]
    for x in special_floats() + random_floats(rng, 4000) + powers + neighbours:
        w.add("repr", [x], lambda x=x: repr(x))
    w.close()


FLOAT_SPECS = ["", "e", "E", ".0e", ".1e", ".3e", ".16e", ".17e", ".25e", "f", "F", ".0f", ".1f", ".2f",
               ".3f", ".10f", ".20f", ".30f", "g", "G", ".0g", ".1g", ".2g", ".3g", ".6g", ".12g", ".15g",
               ".16g", ".17g", ".20g", "%", ".0%", ".1%", "n", ".3n", ".0", ".1", ".3", ".10", ".17",
               "#", "#g", "#.0f", "#.0e", "#.3g", "#.0", "#.0%", "+", " ", "-", "+.2f", " .3e", "10",
               "<10", ">12.3f", "^12.3f", "=+12.2f", "012.3f", "010", "+010.2e", ",", ",.2f", "_.3f",
               "015,.2f", "_g", ",%", "z.1f", "z", "z.3g", "z.0e", "*^20,.4e", "x<+15", "0=20,.3f",
               "\u2007>9.2f", "0<12", "08", "-08", " 08.2f", ",.0f", "_e", "20", "020,", "020_.2f",
               "12.4G", "+#.1e", "z+.2f"]

FLOAT_BAD_SPECS = ["x", "d", "c", "s", "b", ".2x", "10.2fx", ",n", "_n", ",_", "_,", ".", "+.f", ".x",
                   "9" * 25, ".2147483648f", "\x01", "é", "😀<"]


def gen_float_format():
    w = Writer("float_format")
    rng = random.Random(2)
    floats = special_floats() + random_floats(rng, 1500)
    for x in special_floats():
        for spec in FLOAT_SPECS:
            w.add("format", [x, spec], lambda x=x, s=spec: format(x, s))
    for x in floats:
        for spec in rng.sample(FLOAT_SPECS, 8):
            w.add("format", [x, spec], lambda x=x, s=spec: format(x, s))
    for x in random_floats(rng, 600):
        p = rng.randint(0, 40)
        for t in "efg%":
            spec = f".{p}{t}"
            w.add("format", [x, spec], lambda x=x, s=spec: format(x, s))
    for spec in FLOAT_BAD_SPECS:
        w.add("format", [1.5, spec], lambda s=spec: format(1.5, s))
    w.add("format", [1e300, "f"], lambda: format(1e300, "f"))
    w.add("format", [5e-324, ".1100f"], lambda: format(5e-324, ".1100f"))
    w.add("format", [5e-324, ".800e"], lambda: format(5e-324, ".800e"))
    w.add("format", [1.5, ".2147483647"], lambda: format(1.5, ".2147483647"))
    w.close()


PRINTF_FLAGS = ["", "-", "+", " ", "#", "0", "-0", "+0", " 0", "#0", "-#", "+#0", "- ", "-+0#"]


def printf_spec(flags, width, prec, conv):
    return "%" + flags + ("" if width is None else str(width)) + ("" if prec is None else "." + str(prec)) + conv


def gen_printf():
    w = Writer("printf")
    rng = random.Random(3)
    floats = special_floats() + random_floats(rng, 300)
    for x in floats:
        for _ in range(6):
            flags = rng.choice(PRINTF_FLAGS)
            width = rng.choice([None, 0, 1, 5, 12, 30])
            prec = rng.choice([None, 0, 1, 3, 6, 12, 20])
            conv = rng.choice("eEfFgG")
            fmt = printf_spec(flags, width, prec, conv)
            w.add("printf_float", [x, conv, flags, -1 if width is None else width, -1 if prec is None else prec],
                  lambda x=x, f=fmt: f % x)
    for x in special_floats():
        for conv in "eEfFgG":
            for prec in [None, 0, 1, 2, 17]:
                for flags, width in [("", None), ("#", None), ("0", 10), ("-+", 12)]:
                    fmt = printf_spec(flags, width, prec, conv)
                    w.add("printf_float", [x, conv, flags, -1 if width is None else width, -1 if prec is None else prec],
                          lambda x=x, f=fmt: f % x)
    ints = [0, 1, -1, 7, -7, 255, -255, 10 ** 20, -(10 ** 20), 2 ** 64, 123456789]
    ints += [rng.randint(-10 ** 30, 10 ** 30) for _ in range(100)]
    for v in ints:
        for _ in range(8):
            flags = rng.choice(PRINTF_FLAGS)
            width = rng.choice([None, 0, 1, 5, 12, 40])
            prec = rng.choice([None, 0, 1, 3, 10, 30])
            conv = rng.choice("diuoxX")
            fmt = printf_spec(flags, width, prec, conv)
            w.add("printf_int", [v, conv, flags, -1 if width is None else width, -1 if prec is None else prec],
                  lambda v=v, f=fmt: f % v)
    w.close()


INT_SPECS = ["", "d", "b", "o", "x", "X", "n", "c", "#b", "#o", "#x", "#X", "+", " ", "-", "+d", "10",
             "<10", "^10", "=10", "010", "+010", "#010x", "0=+12,", "012_", "012_x", "_b", "_o", "_x",
             "#_X", ",", ",d", "_", "_d", "015,", "x^+15,", "e", ".2e", "f", ".3f", "g", ".2g", "%",
             ".1%", "G", "#x", "*>12b", "020,d", "0", "00", "-#20_x", "n", "+n", "08n", "5c", "<3c",
             "😀^5c", ".0e", "E"]

INT_BAD_SPECS = ["z", "zd", ".2", ".2d", "+c", "#c", ",c", ",x", ",b", ",o", "_c", "s", "r", "xx", "\x00",
                 "\x01", "😀", ",n", "_n", ".", "z.2", "z+c", "+#c", ".2c", ",,", "__", "+ "]


def gen_int_format():
    w = Writer("int_format")
    rng = random.Random(4)
    values = [0, 1, -1, 7, 65, 255, -255, 10 ** 6, -(10 ** 6), 2 ** 63, -(2 ** 63), 2 ** 64 - 1,
              10 ** 30, -(10 ** 30), 0x10FFFF, 0x110000, 2 ** 70]
    values += [rng.randint(-10 ** rng.randint(1, 40), 10 ** rng.randint(1, 40)) for _ in range(120)]
    for v in values:
        for spec in INT_SPECS:
            w.add("format", [v, spec], lambda v=v, s=spec: format(v, s))
    for spec in INT_BAD_SPECS:
        w.add("format", [1, spec], lambda s=spec: format(1, s))
    w.add("format", [-1, "c"], lambda: format(-1, "c"))
    big = 10 ** 5000
    w.add("format", [big, "x"], lambda: format(big, "x"))
    w.add("format", [big, "d"], lambda: format(big, "d"))
    w.add("format", [big, "e"], lambda: format(big, "e"))
    w.add("format", [10 ** 400, "e"], lambda: format(10 ** 400, "e"))
    w.close()


STR_SPECS = ["", "s", "10", "<10", ">10", "^10", "^11", "x^7", "*<6", "010", "<010", ".0", ".1", ".3",
             ".10", "10.2", "^6.2", ">1", "😀^9", ".2s", "5.1s"]
STR_BAD_SPECS = ["+", " ", "-", "z", "#", "=", "=5", ",", "_", ".", "d", "x", ".2x", "xx", "+z", "z#", "#=", " =", "z="]


def gen_str_format():
    w = Writer("str_format")
    for s in ["", "a", "abc", "hello world", "😀b", "é", "ab😀cd", "x" * 20]:
        for spec in STR_SPECS:
            w.add("format", [s, spec], lambda s=s, sp=spec: format(s, sp))
    for spec in STR_BAD_SPECS:
        w.add("format", ["a", spec], lambda sp=spec: format("a", sp))
    w.close()


FLOAT_STRINGS = ["", " ", "1", "-1", "+1", "1.", ".1", ".", "-.5", "1e5", "1E5", "1e+5", "1e-5", "1e", "1e+",
                 "e5", "1.5e3", "  1.5  ", "\t2\n", "1_0", "1_0.5", "1__0", "_1", "1_", "1_e5", "1e_5", "1e5_0",
                 "1._5", "1_.5", "inf", "-inf", "+inf", "INF", "iNfInItY", "infinity", "infinit", "infx", "nan",
                 "-nan", "+NaN", "nan1", "nanx", "in_f", "0x1p3", "0x10", "1,5", "1.5.5", "--1", "+-1", "- 1",
                 "1 ", " 1", "\u0661\u0662", "\u0661.\u0665", "\u066b1", "1\u00a0", "\u2003 1.5", "\x1c1",
                 "1\x85", "\x00", "1\x00", "1.5\x00", "²", "1e400", "-1e400", "1e-400", "4.9e-324",
                 "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623157e308",
                 "1.7976931348623158e308", "1.7976931348623159e308", "0.1", "0." + "0" * 400 + "1",
                 "1" + "0" * 400, "1e99999999999999999999", "1e-99999999999999999999", "0e99999999999999999",
                 "9007199254740993", "9007199254740993.0000000000000001", "0.30000000000000004",
                 "123456789012345678901234567890e-10", "x", "1x", "1j", "١", "12\u200b"]


def gen_float_parse():
    w = Writer("float_parse")
    rng = random.Random(5)
    for s in FLOAT_STRINGS:
        w.add("float", [s], lambda s=s: float(s))
    for data in [b"1.5", b" 2 ", b"1\xa0", b"\xd9\xa1", b"1_0", b"x", b"1\x00", b"inf", b"-1e5", b""]:
        w.add("float_bytes", [data], lambda d=data: float(d))
    for x in random_floats(rng, 1500):
        for s in [repr(x), "%.17g" % x, "%.25e" % x, "%.12f" % x]:
            w.add("float", [s], lambda s=s: float(s))
    for _ in range(1000):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 40)))
        point = rng.randint(0, len(digits))
        s = digits[:point] + "." + digits[point:] + "e" + str(rng.randint(-340, 310))
        w.add("float", [s], lambda s=s: float(s))
    w.close()


def gen_float_hex():
    w = Writer("float_hex")
    rng = random.Random(6)
    for x in special_floats() + random_floats(rng, 1000):
        w.add("hex", [x], lambda x=x: x.hex())
        h = x.hex()
        w.add("fromhex", [h], lambda h=h: float.fromhex(h))
    for s in ["0x1p0", "1p0", "0x1", "1", "0x.8", "0x1.", "0x.p1", "0x", "x1", "-0x1p-1074", "0x1p-1075",
              "0x1.0000000000001p-1075", "0x3p-1076", "0x1p1024", "0x1.fffffffffffffp1023",
              "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x1.00000000000008p0",
              "0x1.00000000000018p0", "0x1.000000000000081p0", " 0x1p1 ", "0x1p", "0x1p+", "0x1P-2",
              "inf", "-Infinity", "nan", "-nan", "+inf", "0x1.8p1 x", "0xg", "0x1p99999999999999999999",
              "0x0p99999999999999999999", "0x1p-99999999999999999999", "0X1.ABCDEFp10", "-0x0.0p0",
              "0x0.0000000000001p-1022", "0x0.00000000000008p-1022", "0x0.00000000000018p-1022",
              "00x1", "0x_1", "1_0", "0x1.8000000000000000000000000000000000001p0",
              "0x" + "f" * 300 + "p-1000", "\u0661"]:
        w.add("fromhex", [s], lambda s=s: float.fromhex(s))
    w.close()


def gen_int_parse():
    w = Writer("int_parse")
    rng = random.Random(7)
    cases = [("", 10), ("0", 10), ("-0", 10), ("abc", 10), ("abc", 16), ("0x1f", 16), ("0x1f", 0), ("0X1F", 0),
             ("010", 0), ("00", 0), ("0_0", 0), ("0_8", 0), ("08", 0), ("09x", 0), ("0x", 0), ("0x", 16),
             ("0b2", 0), ("0o", 0), ("0x_", 0), ("0x__1", 0), ("0x_1f", 0), ("0b101", 0), ("0o17", 8),
             ("0o17", 0), ("0b11", 2), ("0b11", 16), ("0x1f", 10), ("z", 36), ("Z", 36), ("1", 37), ("1", 1),
             ("1", -1), ("1", 0), ("1_000", 10), ("1__000", 10), ("_1", 10), ("1_", 10), (" 12 ", 10),
             ("\u0661\u0662", 10), (" \u0661\u0662 ", 10), ("é", 10), ("1\x00", 10), ("x" * 300, 10),
             ("١x", 10), ("12\u00a0", 10), ("\u2003 12", 10), ("+-1", 10), ("- 1", 10), ("-0x10", 16),
             ("+0b1", 0), ("\x1c1", 10), ("²", 10), ("9" * 30, 10), ("-" + "9" * 30, 10), ("1" * 4300, 10),
             ("1" * 4301, 10), ("0" * 5000, 10), ("1" * 5000 + "x", 10), ("1" * 5000, 7), ("1" * 5000, 16),
             ("1_" * 4300 + "1", 10), ("7" * 100, 8), ("z" * 50, 36), ("10", 2), ("12", 3), ("  -0b_1_0 ", 0)]
    for s, b in cases:
        w.add("int", [s, b, 4300], lambda s=s, b=b: int(s, b))
    for data, b in [(b"12", 10), (b" -0x1f ", 0), (b"1\xa0", 10), (b"\xd9\xa1", 10), (b"1_0", 10), (b"z", 36),
                    (b"1\x00", 10), (b"", 10), (b"x" * 300, 10)]:
        w.add("int_bytes", [data, b, 4300], lambda d=data, b=b: int(d, b))
    for s, b in [("1" * 5000, 10), ("1" * 5000, 7)]:
        sys.set_int_max_str_digits(0)
        w.add("int", [s, b, 0], lambda s=s, b=b: int(s, b))
        sys.set_int_max_str_digits(4300)
    for _ in range(1500):
        b = rng.choice([0, 2, 3, 8, 10, 10, 10, 16, 36, rng.randint(2, 36)])
        v = rng.randint(-10 ** rng.randint(0, 60), 10 ** rng.randint(0, 60))
        real_base = b if b else rng.choice([2, 8, 10, 16])
        digits = to_base(abs(v), real_base)
        if rng.random() < 0.3:
            digits = "_".join(digits[i:i + 3] for i in range(0, len(digits), 3))
        prefix = ""
        if b == 0 or (real_base in (2, 8, 16) and rng.random() < 0.3):
            prefix = {2: "0b", 8: "0o", 10: "", 16: "0x"}[real_base]
            if prefix and rng.random() < 0.3:
                prefix = prefix.upper()
        sign = "-" if v < 0 else rng.choice(["", "+"])
        s = rng.choice(["", " ", "\t"]) + sign + prefix + digits + rng.choice(["", " ", "\n"])
        if rng.random() < 0.1:
            pos = rng.randint(0, len(s))
            s = s[:pos] + rng.choice("_gx.-+ ") + s[pos:]
        w.add("int", [s, b, 4300], lambda s=s, b=b: int(s, b))
    w.close()


def to_base(n, b):
    if n == 0:
        return "0"
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(chars[r])
    return "".join(reversed(out))


def gen_int_text():
    w = Writer("int_text")
    rng = random.Random(8)
    values = [0, 1, -1, 9, 10, -10, 2 ** 63 - 1, -(2 ** 63), 2 ** 64, 10 ** 19, 10 ** 20 - 1]
    values += [rng.randint(-10 ** rng.randint(1, 300), 10 ** rng.randint(1, 300)) for _ in range(400)]
    values += [rng.getrandbits(rng.randint(4000, 20000)) * rng.choice([1, -1]) for _ in range(4)]
    for v in values:
        sys.set_int_max_str_digits(0)
        w.add("str", [v, 0], lambda v=v: str(v))
        sys.set_int_max_str_digits(4300)
        w.add("str", [v, 4300], lambda v=v: str(v))
        w.add("bin", [v], lambda v=v: bin(v))
        w.add("oct", [v], lambda v=v: oct(v))
        w.add("hex", [v], lambda v=v: hex(v))
    for v in [10 ** 4299, 10 ** 4300, -(10 ** 4299), -(10 ** 4300), 10 ** 4299 - 1, 2 ** 14300, 2 ** 14500]:
        w.add("str", [v, 4300], lambda v=v: str(v))
    for limit, v in [(10000, 10 ** 10005), (10000, 10 ** 10200), (10000, 10 ** 10000), (10000, 10 ** 9999),
                     (5000, 10 ** 5000), (640, 10 ** 640), (640, 10 ** 639)]:
        sys.set_int_max_str_digits(limit)
        w.add("str", [v, limit], lambda v=v: str(v))
    sys.set_int_max_str_digits(4300)
    w.close()


def int_values(rng, n):
    out = [0, 1, -1, 2, -2, 3, 7, -7, 10, 2 ** 31, 2 ** 53, 2 ** 53 + 1, 2 ** 62, 2 ** 63 - 1, -(2 ** 63),
           2 ** 63, 2 ** 64, -(2 ** 64), 10 ** 20, -(10 ** 20), 10 ** 30 + 7]
    for _ in range(n):
        k = rng.choice([8, 16, 32, 62, 64, 65, 100, 200, 1100] if rng.random() < 0.3 else [8, 16, 32, 62, 64, 65, 100])
        out.append(rng.getrandbits(k) * rng.choice([1, -1]))
    return out


def gen_int_arith():
    w = Writer("int_arith")
    rng = random.Random(9)
    vals = int_values(rng, 120)
    for a in vals:
        for b in rng.sample(vals, 7) + [0, 1, -1]:
            w.add("floordiv", [a, b], lambda a=a, b=b: a // b)
            w.add("mod", [a, b], lambda a=a, b=b: a % b)
            w.add("divmod", [a, b], lambda a=a, b=b: divmod(a, b))
            w.add("truediv", [a, b], lambda a=a, b=b: a / b)
    for _ in range(300):
        a = rng.getrandbits(rng.randint(1, 3000)) * rng.choice([1, -1])
        b = rng.getrandbits(rng.randint(1, 3000)) * rng.choice([1, -1]) or 1
        w.add("truediv", [a, b], lambda a=a, b=b: a / b)
    for a, b in [(10 ** 400, 1), (1, 10 ** 400), (10 ** 400, 3), (2 ** 1024, 1), (2 ** 1024 - 2 ** 970, 1),
                 (2 ** 1024 - 2 ** 971, 1), (1, 2 ** 1074), (1, 2 ** 1075), (3, 2 ** 1076), (1, 2 ** 1076),
                 (2 ** 1075 + 1, 2 ** 2150), (0, -5), (-0, 5), (2 ** 2000 + 1, 2 ** 1999), (10 ** 600, 10 ** 300)]:
        w.add("truediv", [a, b], lambda a=a, b=b: a / b)
    for a in vals[:60]:
        for e in [0, 1, 2, 3, 5, 10, 63, 64, -1, -2, -10, -1000]:
            w.add("pow", [a, e], lambda a=a, e=e: a ** e)
        for e, m in [(3, 7), (-1, 7), (-1, -7), (5, -13), (100, 10 ** 9 + 7), (-3, 10 ** 9 + 7), (2, 1),
                     (-1, 1), (0, 5), (2, 0), (-1, 4), (10 ** 20, 12345), (3, -1)]:
            w.add("powmod", [a, e, m], lambda a=a, e=e, m=m: pow(a, e, m))
        for n in [0, 1, 5, 63, 64, 100, 1000, -1]:
            w.add("lshift", [a, n], lambda a=a, n=n: a << n)
            w.add("rshift", [a, n], lambda a=a, n=n: a >> n)
        w.add("bit_length", [a], lambda a=a: a.bit_length())
        w.add("bit_count", [a], lambda a=a: a.bit_count())
        w.add("to_float", [a], lambda a=a: float(a))
        for n in [-1, -2, -5, -20, -50, 0, 3]:
            w.add("round", [a, n], lambda a=a, n=n: round(a, n))
        for length in [0, 1, 2, 8, 9, 20]:
            for order in ["big", "little"]:
                for signed in [False, True]:
                    w.add("to_bytes", [a, length, order, signed],
                          lambda a=a, l=length, o=order, s=signed: a.to_bytes(l, o, signed=s))
    for a, n in [(1, 1 << 64), (0, 1 << 64), (1, 1 << 62), (-1, 1 << 64), (5, 1 << 64)]:
        w.add("rshift", [a, n], lambda a=a, n=n: a >> n)
    w.add("lshift", [0, 1 << 64], lambda: 0 << (1 << 64))
    w.add("to_bytes", [1, -1, "big", False], lambda: (1).to_bytes(-1, "big"))
    w.add("to_bytes", [1, 1, "middle", False], lambda: (1).to_bytes(1, "middle"))
    for data in [b"", b"\x00", b"\xff", b"\x80", b"\x01\x00", b"\xff\xff\xff", bytes(range(1, 40)), b"\x7f\xff"]:
        for order in ["big", "little"]:
            for signed in [False, True]:
                w.add("from_bytes", [data, order, signed], lambda d=data, o=order, s=signed: int.from_bytes(d, o, signed=s))
    for x in special_floats() + random_floats(rng, 300):
        w.add("int_of_float", [x], lambda x=x: int(x))
        w.add("as_integer_ratio", [x], lambda x=x: x.as_integer_ratio())
    for a in [10 ** 400, -(10 ** 400), 2 ** 1024, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971 - 1, 2 ** 60 + 129,
              2 ** 60 + 128, 2 ** 60 + 384, (2 ** 53 + 1) * 2 ** 900]:
        w.add("to_float", [a], lambda a=a: float(a))
    w.close()


def gen_float_arith():
    w = Writer("float_arith")
    rng = random.Random(10)
    fl = special_floats() + random_floats(rng, 150)
    for a in fl:
        for b in rng.sample(fl, 5) + [0.0, -0.0, INF, -INF, 1.0, -1.0, 3.0]:
            w.add("floordiv", [a, b], lambda a=a, b=b: a // b)
            w.add("mod", [a, b], lambda a=a, b=b: a % b)
            w.add("divmod", [a, b], lambda a=a, b=b: divmod(a, b))
            w.add("truediv", [a, b], lambda a=a, b=b: a / b)
            w.add("pow", [a, b], lambda a=a, b=b: a ** b)
            w.add("add", [a, b], lambda a=a, b=b: a + b)
            w.add("sub", [a, b], lambda a=a, b=b: a - b)
            w.add("mul", [a, b], lambda a=a, b=b: a * b)
    for a in [-2.0, -8.0, -0.5, -1.0, -INF, -1e300]:
        for b in [0.5, 1 / 3, 2.0, 3.0, -2.0, 1e300, -1e300, 2.5, INF, -INF, NAN]:
            w.add("pow", [a, b], lambda a=a, b=b: a ** b)
    for x in special_floats() + random_floats(rng, 500):
        w.add("round0", [x], lambda x=x: round(x))
        for n in [0, 1, 2, -1, 5, 15, 17, 323, 324, -308, -309]:
            w.add("round", [x, n], lambda x=x, n=n: round(x, n))
        w.add("trunc", [x], lambda x=x: math.trunc(x))
        w.add("floor", [x], lambda x=x: math.floor(x))
        w.add("ceil", [x], lambda x=x: math.ceil(x))
        w.add("is_integer", [x], lambda x=x: x.is_integer())
    for x in [2.675, 1.005, 0.125, 0.375, 2.5, 3.5, -2.5, 1234.5, 0.5, 1.5, 1e22, 5e-324]:
        for n in range(-5, 8):
            w.add("round", [x, n], lambda x=x, n=n: round(x, n))
    w.add("round", [1.7976931348623157e308, -308], lambda: round(1.7976931348623157e308, -308))
    # builtin sum() over floats with a float start: the compensated float path
    for _ in range(400):
        n = rng.randint(0, 20)
        pool = special_floats() + [1e16, -1e16, 1.0, -1.0, 1e-16, 0.1, 1e308, -1e308]
        xs = [rng.choice(pool) if rng.random() < 0.5 else rng.uniform(-1, 1) * 10.0 ** rng.randint(-20, 20)
              for _ in range(n)]
        start = rng.choice([0.0, -0.0, 1.0, NAN])
        w.add("sum", [start] + xs, lambda xs=xs, start=start: sum(xs, start))
    ints = [0, 1, -1, 2 ** 53, 2 ** 53 + 1, -(2 ** 53) - 1, 2 ** 63, 2 ** 64 + 1, 10 ** 20, 10 ** 400, -(10 ** 400),
            2 ** 1023, 2 ** 1024, 123456789]
    for x in special_floats() + [float(2 ** 53), float(2 ** 64), 9007199254740992.5, 1e20, -1e20]:
        for n in ints:
            w.add("compare", [x, n], lambda x=x, n=n: (x < n) * -1 + (x > n) * 1 if x == x else None)
    w.close()


def gen_hash():
    w = Writer("hash")
    rng = random.Random(11)
    for v in int_values(rng, 200):
        w.add("hash_int", [v], lambda v=v: hash(v))
    for x in special_floats() + random_floats(rng, 500):
        if x != x:
            continue
        w.add("hash_float", [x], lambda x=x: hash(x))
    for _ in range(200):
        z = complex(rng.choice(special_floats() + random_floats(rng, 3)), rng.choice(special_floats() + random_floats(rng, 3)))
        if z.real != z.real or z.imag != z.imag:
            continue
        w.add("hash_complex", [z], lambda z=z: hash(z))
    for _ in range(300):
        num = rng.randint(-10 ** rng.randint(0, 40), 10 ** rng.randint(0, 40))
        den = rng.randint(1, 10 ** rng.randint(0, 40))
        f = Fraction(num, den)
        w.add("hash_fraction", [f.numerator, f.denominator], lambda f=f: hash(f))
    P = 2 ** 61 - 1
    for num, den in [(1, P), (3, 2 * P), (-1, P), (1, 1), (-1, 1), (P, 1), (1, 2), (-7, 3)]:
        f = Fraction(num, den)
        w.add("hash_fraction", [f.numerator, f.denominator], lambda f=f: hash(f))
    w.close()


COMPLEX_STRINGS = ["1+2j", "x", "1+2j ", " (1+2j) ", "( 1+2j )", "1_0j", "j", "-j", "+j", "J", "+1.5e3-2.5J",
                   "nanj", "inf+infj", "1e", "", "()", "1 + 2j", "1+ 2j", "(1+2j", "1+2j)", "infj",
                   "-infinityj", "1e5", "1+", "1+j", "1-J", "1e+5+1e-5j", "\u0661+\u0662j", "1+2jj",
                   "+nan-nanj", "1.e5j", "-.5j", "1__0j", "_1j", "1_j", "1_+2j", "(j)", "((1))", "1+2i", "2j+1",
                   "1e5j", " j ", "-", "+", "(", ")", "1j2", "inf", "-nan", "1.5", "0x1j"]


def gen_complex():
    w = Writer("complex")
    rng = random.Random(12)
    for s in COMPLEX_STRINGS:
        w.add("parse", [s], lambda s=s: complex(s))
    parts = special_floats() + random_floats(rng, 40)
    zs = [complex(rng.choice(parts), rng.choice(parts)) for _ in range(500)]
    zs += [0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), 1j, complex(1, 0), complex(NAN, INF),
           complex(NAN, -INF), complex(INF, NAN), complex(-0.0, -INF)]
    for z in zs:
        w.add("repr", [z], lambda z=z: repr(z))
        w.add("abs", [z], lambda z=z: abs(z))
    for _ in range(1500):
        a, b = rng.choice(zs), rng.choice(zs)
        w.add("mul", [a, b], lambda a=a, b=b: a * b)
        w.add("div", [a, b], lambda a=a, b=b: a / b)
        w.add("add", [a, b], lambda a=a, b=b: a + b)
        w.add("sub", [a, b], lambda a=a, b=b: a - b)
    small = [complex(rng.uniform(-3, 3), rng.uniform(-3, 3)) for _ in range(60)] + [0j, 1j, complex(1e-200, 0),
                                                                                      1e-200j, complex(1e300, 1e300),
                                                                                      complex(NAN, 1), complex(-NAN, 2),
                                                                                      complex(INF, 0), complex(0, INF),
                                                                                      complex(NAN, NAN), complex(-INF, -INF),
                                                                                      complex(1, -NAN)]
    exps = [0, 1, 2, 3, -1, -2, 10, 100, 101, -100, 0.5, 1.5, -0.5, 1j, 2 + 3j, 0.5 + 1j, complex(INF, 0), 1e308,
            complex(1e308, 1e306), 200, -200.0, complex(2, 0), 0j, complex(NAN, 0), complex(1, NAN), complex(-NAN, 0),
            complex(INF, 1), complex(0.5, -INF), complex(-NAN, -NAN)]
    for a in small:
        for e in exps:
            eb = complex(e)
            w.add("pow", [a, eb], lambda a=a, eb=eb: a ** eb)
    specs = ["", ".2", ".2f", "e", "g", "+", " ", "10", "<20", "^30.3e", ",", "_.2f", "n", "#", "#.0f", "z", "z.1f",
             "G", ".0e", "x>25", "0", "=10", "0=10", "x", "%", "c", "d", ".2147483648f", "F", "E"]
    for z in zs[:120] + [1234 + 5678j, complex(-0.0, 1), complex(1, -0.0), complex(0, -0.0)]:
        for spec in rng.sample(specs, 8) + ["", ".3g"]:
            w.add("format", [z, spec], lambda z=z, s=spec: format(z, s))
    for spec in specs:
        w.add("format", [1 + 2j, spec], lambda s=spec: format(1 + 2j, s))
    w.close()


def gen_math():
    w = Writer("math")
    rng = random.Random(13)
    sp = special_floats() + [-0.5, -1.5, -3.5, -200.5, 200.0, 171.0, 171.7, 172.0, 0.01, -0.01, 1e-20, -1e-20,
                             1e-21, 710.0, 709.7, -745.2, -746.0, 1024.0, -1074.0, -1075.0, 20.0, -20.0, 0.9999999,
                             1.0000001, 140.0, 139.9, 141.5, -140.5, 5.5, 5.524, -1e300, 3.0, -2.0, 2.0, 100.0, 30.0,
                             -30.0, 7.0, 1e-8, -1e-8, 0.3, -0.3]
    unary = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc", "exp", "exp2",
             "expm1", "fabs", "gamma", "lgamma", "log", "log1p", "log2", "log10", "sin", "sinh", "sqrt", "tan",
             "tanh", "degrees", "radians", "isfinite", "isinf", "isnan", "ulp", "frexp", "modf", "ceil", "floor",
             "trunc"]
    ranges = {"acos": 1.2, "asin": 1.2, "atanh": 1.2, "acosh": 50, "erf": 6, "erfc": 28, "gamma": 180,
              "lgamma": 1e6, "exp": 720, "exp2": 1080, "expm1": 720, "cosh": 720, "sinh": 720, "tanh": 25,
              "log1p": 10}
    for name in unary:
        fn = getattr(math, name)
        r = ranges.get(name, 1e3)
        xs = sp + [rng.uniform(-r, r) for _ in range(150)] + [rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30)
                                                             for _ in range(40)]
        if name in ("gamma", "lgamma"):
            xs += [rng.uniform(-20, 20) for _ in range(300)] + [rng.uniform(0, 1) for _ in range(100)]
            xs += [n + d for n in range(-30, 30) for d in (0.0, 0.5, 1e-9, -1e-9)]
        for x in xs:
            w.add(name, [x], lambda fn=fn, x=x: fn(x))
    binary = ["atan2", "copysign", "fmod", "remainder", "pow", "nextafter", "hypot", "dist2", "isclose", "log_base"]
    for name in binary:
        pairs = [(a, b) for a in sp[::4] for b in sp[::5]]
        pairs += [(rng.uniform(-100, 100), rng.uniform(-100, 100)) for _ in range(200)]
        pairs += [(rng.uniform(-1, 1) * 10.0 ** rng.randint(-300, 300), rng.uniform(-1, 1) * 10.0 ** rng.randint(-300, 300))
                  for _ in range(200)]
        for a, b in pairs:
            if name == "dist2":
                w.add(name, [a, b], lambda a=a, b=b: math.dist((a, b), (b, a)))
            elif name == "log_base":
                w.add(name, [a, b], lambda a=a, b=b: math.log(a, b))
            else:
                fn = getattr(math, name)
                w.add(name, [a, b], lambda fn=fn, a=a, b=b: fn(a, b))
    for x, y in [(0.0, -0.0), (-0.0, 0.0), (1.0, 1.0), (INF, 0.0), (5e-324, 0.0), (-5e-324, 0.0), (0.0, 1.0)]:
        w.add("nextafter", [x, y], lambda x=x, y=y: math.nextafter(x, y))
    for x, y, n in [(1.0, 2.0, 0), (1.0, 2.0, 1), (1.0, 2.0, 10 ** 6), (1.0, 2.0, 2 ** 70), (0.0, -1.0, 5),
                    (-0.0, 1.0, 3), (5e-324, -5e-324, 1), (5e-324, -5e-324, 2), (5e-324, -5e-324, 3), (1.0, -1.0, 2 ** 63),
                    (1.0, NAN, 1), (NAN, 1.0, 1), (2.0, 2.0, 5), (1.0, 2.0, -1), (INF, 0.0, 1), (1e308, INF, 10 ** 18)]:
        w.add("nextafter_steps", [x, y, n], lambda x=x, y=y, n=n: math.nextafter(x, y, steps=n))
    for x, i in [(1.0, 2000), (1.0, -2000), (1.5, -1074), (1.5, -1075), (1.0, 10 ** 30), (1.0, -(10 ** 30)),
                 (0.0, 10 ** 30), (INF, -5), (NAN, 3), (3.0, 1023), (3.0, 1024), (1.0, -1074), (0.75, -1073), (1.0, 1024)]:
        w.add("ldexp", [x, i], lambda x=x, i=i: math.ldexp(x, i))
    for _ in range(200):
        x = rng.uniform(-1, 1) * 10.0 ** rng.randint(-300, 300)
        i = rng.randint(-1100, 1100)
        w.add("ldexp", [x, i], lambda x=x, i=i: math.ldexp(x, i))
    for a, b, rt, at in [(1.0, 1.0 + 1e-10, 1e-9, 0.0), (1.0, 1.1, 1e-9, 0.0), (0.0, 1e-10, 1e-9, 1e-9),
                         (INF, INF, 1e-9, 0.0), (INF, -INF, 1e-9, 0.0), (NAN, NAN, 1e-9, 0.0), (1.0, 2.0, -1.0, 0.0),
                         (1.0, 2.0, 0.0, -1.0), (1.0, 2.0, 0.5, 0.0), (1e308, -1e308, 2.0, 0.0)]:
        w.add("isclose4", [a, b, rt, at], lambda a=a, b=b, rt=rt, at=at: math.isclose(a, b, rel_tol=rt, abs_tol=at))
    fma_values = [0.0, -0.0, 1.0, -1.0, 0.1, 3.0, 1e308, -1e308, 5e-324, INF, -INF, NAN, -NAN, 1e-300, 2.0 ** 53]
    for x in fma_values:
        for y in fma_values:
            for z in fma_values[::2]:
                w.add("fma", [x, y, z], lambda x=x, y=y, z=z: math.fma(x, y, z))
    for _ in range(300):
        x, y, z = (rng.uniform(-1, 1) * 10.0 ** rng.randint(-20, 20) for _ in range(3))
        w.add("fma", [x, y, z], lambda x=x, y=y, z=z: math.fma(x, y, z))
    # integers
    ints = [0, 1, 2, 5, 10, 20, 21, 30, 100, 127, 128, 1000, 2 ** 31, -1, -5, 2 ** 70]
    for n in ints + [rng.randint(0, 3000) for _ in range(40)]:
        if n < 5000:
            w.add("factorial", [n], lambda n=n: math.factorial(n))
        w.add("isqrt", [n], lambda n=n: math.isqrt(n))
    w.add("factorial", [2 ** 70], lambda: math.factorial(2 ** 70))
    for _ in range(200):
        n = rng.getrandbits(rng.randint(1, 3000))
        w.add("isqrt", [n], lambda n=n: math.isqrt(n))
        w.add("isqrt", [n * n], lambda n=n: math.isqrt(n * n))
        w.add("isqrt", [n * n - 1], lambda n=n: math.isqrt(n * n - 1))
    for n in [0, 1, 5, 10, 50, 100, 1000, 2 ** 64 + 3, -1, 2 ** 70]:
        for k in [0, 1, 2, 3, 5, 10, 49, 50, 51, 100, 999, -1, 2 ** 64, 2 ** 70 - 5]:
            if n >= 2 ** 64 and 10 < k < 2 ** 60:
                continue
            if n >= 2 ** 64 and k >= 2 ** 60:
                w.add("comb", [n, k], lambda n=n, k=k: math.comb(n, k))
                continue
            w.add("comb", [n, k], lambda n=n, k=k: math.comb(n, k))
            w.add("perm", [n, k], lambda n=n, k=k: math.perm(n, k))
        if n < 2000:
            w.add("perm1", [n], lambda n=n: math.perm(n))
    w.add("comb", [2 ** 70, 2 ** 69], lambda: math.comb(2 ** 70, 2 ** 69))
    w.add("perm", [2 ** 70, 2 ** 69], lambda: math.perm(2 ** 70, 2 ** 69))
    w.add("perm", [2 ** 64, 2 ** 70], lambda: math.perm(2 ** 64, 2 ** 70))
    for args in [(), (0,), (-4,), (4, 6), (-4, 6), (0, 0), (12, 18, 27), (2 ** 100, 2 ** 80 * 3), (7, 0, 14),
                 (1, 5, 7), (-12, -18)]:
        w.add("gcd", list(args), lambda a=args: math.gcd(*a))
        w.add("lcm", list(args), lambda a=args: math.lcm(*a))
    for _ in range(100):
        args = [rng.randint(-10 ** 20, 10 ** 20) for _ in range(rng.randint(2, 5))]
        w.add("gcd", args, lambda a=args: math.gcd(*a))
        w.add("lcm", args, lambda a=args: math.lcm(*a))
    # logs of ints
    for v in [1, 2, 10, 2 ** 1000, 2 ** 1023, 2 ** 1024, 2 ** 1024 - 1, 10 ** 308, 10 ** 309, 10 ** 400, 2 ** 3000,
              3 ** 5000, 0, -1, -(2 ** 2000), 7 ** 1000 + 1]:
        w.add("log_int", [v], lambda v=v: math.log(v))
        w.add("log2_int", [v], lambda v=v: math.log2(v))
        w.add("log10_int", [v], lambda v=v: math.log10(v))
    # sums
    for _ in range(300):
        n = rng.randint(0, 30)
        kind = rng.randint(0, 4)
        if kind == 0:
            xs = [rng.uniform(-1, 1) * 10.0 ** rng.randint(-20, 20) for _ in range(n)]
        elif kind == 1:
            xs = [rng.choice([1e308, -1e308, 1e-308, 1.0, -1.0, 1e16, 1e-16, 0.1]) for _ in range(n)]
        elif kind == 2:
            xs = [rng.random() for _ in range(n)] + [-x for x in []]
        elif kind == 3:
            xs = [rng.choice(special_floats()) for _ in range(n)]
        else:
            xs = [float(rng.randint(-10, 10)) * 2.0 ** rng.randint(-60, 60) for _ in range(n)]
        w.add("fsum", xs, lambda xs=xs: math.fsum(xs))
        w.add("hypot", xs, lambda xs=xs: math.hypot(*xs))
        half = len(xs) // 2
        p, q = xs[:half], xs[half:2 * half]
        w.add("sumprod", [tuple(p), tuple(q)], lambda p=p, q=q: math.sumprod(p, q))
        w.add("dist", [tuple(p), tuple(q)], lambda p=p, q=q: math.dist(p, q))
    for xs in [[1e308, 1e308], [INF, -INF], [NAN, 1.0], [1e-16, 1.0, 1e16], [INF, 1.0], [1e308, 1e308, -1e308],
               [1e308, -1e308, 1e308], [0.1] * 10, [-0.0], [-0.0, -0.0], [], [5e-324, 5e-324], [1e-320, 1e-320, 1e-320]]:
        w.add("fsum", xs, lambda xs=xs: math.fsum(xs))
        w.add("hypot", xs, lambda xs=xs: math.hypot(*xs))
    w.add("sumprod", [(1.0,), (1.0, 2.0)], lambda: math.sumprod([1.0], [1.0, 2.0]))
    w.add("dist", [(1.0,), (1.0, 2.0)], lambda: math.dist([1.0], [1.0, 2.0]))
    for p, q in [((1e308, 1e308, -1e308), (10.0, 10.0, 10.0)), ((INF, 1.0), (1.0, 2.0)), ((NAN, 1.0), (1.0, 2.0)),
                 ((1.0, INF, 1e-300), (1.0, 0.0, 1.0)), ((0.1, 0.2, 0.3), (0.3, 0.2, 0.1)), ((1e20, 1.0, -1e20), (1.0, 1.0, 1.0))]:
        w.add("sumprod", [p, q], lambda p=p, q=q: math.sumprod(p, q))
    w.close()


if __name__ == "__main__":
    gen_float_repr()
    gen_float_format()
    gen_printf()
    gen_int_format()
    gen_str_format()
    gen_float_parse()
    gen_float_hex()
    gen_int_parse()
    gen_int_text()
    gen_int_arith()
    gen_float_arith()
    gen_hash()
    gen_complex()
    gen_math()
