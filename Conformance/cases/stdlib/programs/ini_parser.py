# description: program - parse an INI-style configuration with re, typed values via an Enum, sections in dicts, and report errors with line numbers
# features: [re, enum, collections, typing]
# expect: output

import re
from collections import OrderedDict, Counter
from enum import Enum
from typing import NamedTuple

class Kind(Enum):
    BOOL = "bool"
    INT = "int"
    FLOAT = "float"
    LIST = "list"
    STR = "str"

class Entry(NamedTuple):
    value: object
    kind: Kind
    line: int

SECTION = re.compile(r"^\[(?P<name>[^\]]+)\]\s*$")
PAIR = re.compile(r"^(?P<key>[A-Za-z_][\w.-]*)\s*[=:]\s*(?P<value>.*?)\s*$")

def convert(raw):
    if re.fullmatch(r"(?i)true|false|yes|no|on|off", raw):
        return raw.lower() in ("true", "yes", "on"), Kind.BOOL
    if re.fullmatch(r"[-+]?\d+", raw):
        return int(raw), Kind.INT
    if re.fullmatch(r"[-+]?(\d+\.\d*|\.\d+)([eE][-+]?\d+)?", raw):
        return float(raw), Kind.FLOAT
    if "," in raw:
        return [p.strip() for p in raw.split(",") if p.strip()], Kind.LIST
    return raw.strip('"'), Kind.STR

SOURCE = """\
; global comment
[server]
host = example.org
port = 8080
debug = Off
ratio: .75

[paths]
roots = /srv, /data , ,/tmp
name = "quoted value"
bad line without separator
[server]
port = 9090
[empty]
"""
config = OrderedDict()
errors = []
section = None
for lineno, line in enumerate(SOURCE.splitlines(), 1):
    if not line.strip() or line.lstrip().startswith((";", "#")):
        continue
    if m := SECTION.match(line):
        section = config.setdefault(m["name"].strip(), OrderedDict())
        continue
    if (m := PAIR.match(line)) and section is not None:
        if m["key"] in section:
            errors.append(f"line {lineno}: duplicate key {m['key']!r} (first on line {section[m['key']].line})")
        value, kind = convert(m["value"])
        section[m["key"]] = Entry(value, kind, lineno)
        continue
    errors.append(f"line {lineno}: cannot parse {line!r}")
for name, entries in config.items():
    print(f"[{name}]")
    for key, e in entries.items():
        print(f"  {key:6} = {e.value!r:28} ({e.kind.value}, line {e.line})")
print("errors:")
for err in errors:
    print(" ", err)
print("kinds:", sorted((k.name, n) for k, n in Counter(e.kind for s in config.values() for e in s.values()).items()))
