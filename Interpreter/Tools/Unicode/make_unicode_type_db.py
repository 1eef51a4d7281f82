#!/usr/bin/env python3.13
"""Generates Interpreter/Ftpy.Core/Objects/Text/UnicodeTypeDb.Generated.cs.

The per-code-point character type database behind str's predicates and case mappings,
taken from CPython 3.13 itself (Unicode 15.1) so that ftpy answers exactly as CPython does,
whatever Unicode version the .NET runtime ships. Run with CPython 3.13:

    PYENV_VERSION=3.13.0 python3.13 Interpreter/Tools/Unicode/make_unicode_type_db.py

Every property is read through CPython's own str API, so the table records CPython's
behaviour rather than a re-derivation from the UCD files:
  - Cased: (c + 'a').title() keeps 'a' lower exactly when c is cased.
  - Case_Ignorable: the final-sigma rule of str.lower() skips exactly the case-ignorable
    characters between a cased letter and U+03A3 (or after it).
  - XID_Start / XID_Continue: c.isidentifier() and ('a' + c).isidentifier().
  - line breaks: ('a' + c + 'b').splitlines() splits exactly at str.splitlines' boundaries.

Layout: a three-level table maps a code point to a record number:
    record = Level3[(Level2[(Level1[cp >> 8] << 5) | ((cp >> 3) & 31)] << 3) | (cp & 7)]
A record holds the flags, the decimal and digit values, and four case mappings. A mapping
is a delta (mapped = cp + delta) unless the record has the ExtendedCase flag; then each of
the four is an index into SpecialCasing, the UTF-16 text of the full mapping.
"""
import os
import sys
import unicodedata

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"
assert unicodedata.unidata_version == "15.1.0"

SHIFT1, SHIFT2 = 8, 3          # cp >> 8 selects a level-1 entry; 32 level-2 cells of 8 code points
FLAGS = ["Alpha", "Decimal", "Digit", "Numeric", "Space", "Printable", "XidStart",
         "XidContinue", "Upper", "Lower", "Title", "Cased", "CaseIgnorable", "LineBreak",
         "ExtendedCase"]
BIT = {name: 1 << i for i, name in enumerate(FLAGS)}
SIGMA, FINAL_SIGMA = "\u03a3", "\u03c2"


def flags_of(cp):
    c = chr(cp)
    cased = (c + "a").title()[-1] == "a"
    if cased:
        ignorable = ("a" + SIGMA + c).lower()[1] == FINAL_SIGMA
    else:
        ignorable = ("a" + c + SIGMA).lower()[-1] == FINAL_SIGMA
    title = unicodedata.category(c) == "Lt"
    upper, lower = c.isupper(), c.islower()
    # A single character's isupper()/islower() hide a flag only if a character had two of
    # Upper/Lower/Title at once; Unicode has none, which this checks.
    assert not cased or upper or lower or title, hex(cp)
    values = {
        "Alpha": c.isalpha(), "Decimal": c.isdecimal(), "Digit": c.isdigit(),
        "Numeric": c.isnumeric(), "Space": c.isspace(), "Printable": c.isprintable(),
        "XidStart": c.isidentifier() and c != "_", "XidContinue": ("a" + c).isidentifier(),
        "Upper": upper, "Lower": lower, "Title": title, "Cased": cased,
        "CaseIgnorable": ignorable, "LineBreak": len(("a" + c + "b").splitlines()) == 2,
    }
    return sum(BIT[k] for k, v in values.items() if v)


def record_of(cp, special):
    c = chr(cp)
    maps = [c.upper(), c.lower(), c.title(), c.casefold()]
    flags = flags_of(cp)
    if any(len(m) != 1 for m in maps):
        flags |= BIT["ExtendedCase"]
        cases = []
        for m in maps:
            if m not in special:
                special[m] = len(special)
            cases.append(special[m])
    else:
        cases = [ord(m) - cp for m in maps]
    return (flags, unicodedata.decimal(c, -1), unicodedata.digit(c, -1), *cases)


def split(table, shift):
    """Cuts table into blocks of 2**shift and shares equal blocks: (index, blocks)."""
    size = 1 << shift
    seen, index, blocks = {}, [], []
    for i in range(0, len(table), size):
        block = tuple(table[i:i + size])
        if block not in seen:
            seen[block] = len(seen)
            blocks.extend(block)
        index.append(seen[block])
    return index, blocks


def emit_array(out, name, ctype, values, per_line=32):
    out.append(f"    static ReadOnlySpan<{ctype}> {name} => new {ctype}[]\n    {{")
    for i in range(0, len(values), per_line):
        out.append("        " + ",".join(str(v) for v in values[i:i + per_line]) + ",")
    out.append("    };")
    out.append("")


def utf16_units(s):
    data = s.encode("utf-16-le")
    return [int.from_bytes(data[i:i + 2], "little") for i in range(0, len(data), 2)]


def main():
    records, special, per_cp = {}, {}, []
    for cp in range(0x110000):
        rec = record_of(cp, special)
        if rec not in records:
            records[rec] = len(records)
        per_cp.append(records[rec])

    level2_index, level3 = split(per_cp, SHIFT2)
    level1, level2 = split(level2_index, SHIFT1 - SHIFT2)
    assert max(level1) < 256 and max(level2) < 65536 and len(records) < 65536
    # Self-check of the layout against the source table.
    for cp in range(0x110000):
        l2 = level2[(level1[cp >> SHIFT1] << (SHIFT1 - SHIFT2)) | ((cp >> SHIFT2) & ((1 << (SHIFT1 - SHIFT2)) - 1))]
        assert level3[(l2 << SHIFT2) | (cp & ((1 << SHIFT2) - 1))] == per_cp[cp]

    recs = sorted(records, key=records.get)
    out = [
        "// <auto-generated>",
        "// Generated by Interpreter/Tools/Unicode/make_unicode_type_db.py from CPython "
        f"{sys.version.split()[0]} (Unicode {unicodedata.unidata_version}). Do not edit.",
        "// </auto-generated>",
        "namespace Ftpy.Objects.Text;",
        "",
        "static partial class UnicodeType",
        "{",
        f"    const string DatabaseVersion = \"{unicodedata.unidata_version}\";",
        f"    const int Shift1 = {SHIFT1}, Shift2 = {SHIFT2};",
        "",
        "    [Flags]",
        "    enum TypeFlags : ushort",
        "    {",
    ]
    out += [f"        {name} = 1 << {i}," for i, name in enumerate(FLAGS)]
    out += ["    }", ""]
    emit_array(out, "Level1", "byte", level1)
    emit_array(out, "Level2", "ushort", level2)
    emit_array(out, "Level3", "ushort", level3)
    emit_array(out, "RecordFlags", "ushort", [r[0] for r in recs])
    emit_array(out, "RecordDecimal", "sbyte", [r[1] for r in recs])
    emit_array(out, "RecordDigit", "sbyte", [r[2] for r in recs])
    for i, name in enumerate(["RecordUpper", "RecordLower", "RecordTitle", "RecordFold"]):
        emit_array(out, name, "int", [r[3 + i] for r in recs], per_line=16)
    out.append("    static readonly string[] SpecialCasing =\n    [")
    for text in sorted(special, key=special.get):
        out.append('        "' + "".join(f"\\u{u:04x}" for u in utf16_units(text)) + '",')
    out.append("    ];")
    out.append("}")
    path = os.path.join(os.path.dirname(__file__), "..", "..", "Ftpy.Core", "Objects", "Text",
                        "UnicodeType.Generated.cs")
    with open(os.path.normpath(path), "w", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(f"{len(records)} records, {len(special)} special casings, "
          f"levels {len(level1)}/{len(level2)}/{len(level3)}")


if __name__ == "__main__":
    main()
