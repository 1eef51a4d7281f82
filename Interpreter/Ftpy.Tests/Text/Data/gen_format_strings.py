#!/usr/bin/env python3.13
"""Writes format_strings.json: how CPython 3.13 parses str.format strings and field names.

    PYENV_VERSION=3.13.0 python3.13 Interpreter/Ftpy.Tests/Text/Data/gen_format_strings.py

Rows:
  ["parse", format, chunks | error]   chunks from _string.formatter_parser
  ["field", name, [first, [[is_attr, key], ...]] | error]   from _string.formatter_field_name_split
  ["number", format, "ok" | error]   str.format(*range(10), a=0, b=0) on fields that only
      exercise numbering and recursion (the values are ints, specs are widths or empty)
An error is {"error": type name, "message": str(exception)}.
"""
import _string
import json
import os
import random
import sys

assert sys.version_info[:2] == (3, 13)

FIXED = ['', 'abc', '{}', '{0}', 'a{0}b', '{{', '}}', 'a{{b}}c', '{', '}', 'a}', 'a}b', '{0', '{0:',
         '{0!', '{0!r', '{0!r:', '{0!r}', '{0!rx}', '{0!}', '{!r}', '{:}', '{0:{1}}', '{0:{1}',
         '{0:{{}}}', '{0[}', '{0[}]}', '{0[{]}', '{0{}', '{a.b[c]}', '{0:}}', '{{}', '{}}',
         '{0!r:x{y}z}', '{0:{:{}}}', '{!}', '{:{:{:{}}}}', 'x{0]}', '{0[]}', '{0[}}', '{0]}',
         '{0:[}', '{a!s}{', '{0:}x}', '{[}', '{:!}', '{!:}', '{!ss}', '{0!:}', '{!\x00}',
         '{!\U0001F600}', '\U0001F600{0}\U0001F600', '{\U0001F600}', '{0!\U0001F600:>3}']
FIELDS = ['', '0', 'abc', '0.a', '0[1]', '0[a].b', 'a..b', 'a.', 'a[', 'a[]', 'a[1]x', 'a[1].',
          '0[0][1]', '\u0663', '\u0663[\u0663]', '99999999999999999999', '0[99999999999999999999]',
          'a.b.c', '.a', '[a]', 'a[b[c]', 'a[]]', 'a]', '9223372036854775807', '9223372036854775808',
          '0[9223372036854775807]', '00000000000000000000000001', '0[1_0]', '0[-1]', '0[ 1]',
          '\U0001F600.\U0001F600', '0[\U0001D7D9]']
NUMBERING = ['{}{0}', '{0}{}', '{}{}', '{a}{}', '{}{a}', '{0}{a}{}', '{:{}}{}', '{0:{}}',
             '{:{:{}}}', '{:{}}', '{0:{1:{2}}}', '{0:{1}}', '{:{}}{:{}}', '{a:{b}}', '{}{1:{}}',
             '{1:{}}', '{:{0}}', '{0}{1}{2}', '{}{}{}{}', '{2}{1}{0}{a}{b}']


def error(e):
    return {"error": type(e).__name__, "message": str(e)}


def parse_row(fmt):
    try:
        return ["parse", fmt, [list(t) for t in _string.formatter_parser(fmt)]]
    except Exception as e:  # noqa: BLE001
        return ["parse", fmt, error(e)]


def field_row(name):
    try:
        first, rest = _string.formatter_field_name_split(name)
        return ["field", name, [first, [list(t) for t in rest]]]
    except Exception as e:  # noqa: BLE001
        return ["field", name, error(e)]


def number_row(fmt):
    try:
        fmt.format(*range(10), a=0, b=0)
        return ["number", fmt, "ok"]
    except Exception as e:  # noqa: BLE001
        return ["number", fmt, error(e)]


def main():
    rng = random.Random(7)
    rows = [parse_row(f) for f in FIXED]
    pieces = list("{}{}[]!:.0a1rsx ") + ["{{", "}}", "{0}", "{:", "!r", "\u0663", "\U0001F600"]
    for _ in range(600):
        rows.append(parse_row("".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))))
    rows += [field_row(f) for f in FIELDS]
    name_pieces = list("0123a.[]") + ["[1]", ".b", "[x]", "\u0663"]
    for _ in range(200):
        rows.append(field_row("".join(rng.choice(name_pieces) for _ in range(rng.randint(0, 6)))))
    rows += [number_row(f) for f in NUMBERING]
    field_kinds = ["{}", "{0}", "{1}", "{a}", "{:{}}", "{:{0}}", "{0:{1}}", "{:{a}}", "{a:{}}", "{:{:{}}}"]
    for _ in range(150):
        rows.append(number_row("".join(rng.choice(field_kinds) for _ in range(rng.randint(1, 4)))))
    with open(os.path.join(os.path.dirname(__file__), "format_strings.json"), "w", newline="\n") as f:
        f.write("[\n" + ",\n".join(json.dumps(r, ensure_ascii=True) for r in rows) + "\n]\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
