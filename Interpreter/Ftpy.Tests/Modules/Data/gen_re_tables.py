"""Writes re_tables.json from CPython 3.13: sre's extra case-folding table and the code-point
ranges of \\w, \\d and \\s for str patterns. Run: python3.13 gen_re_tables.py > re_tables.json"""
import json
import sys
from re._casefix import _EXTRA_CASES


def ranges(pred):
    out = []
    start = None
    for cp in range(sys.maxunicode + 1):
        if pred(chr(cp)):
            if start is None:
                start = cp
        elif start is not None:
            out.append([start, cp - 1])
            start = None
    if start is not None:
        out.append([start, sys.maxunicode])
    return out


print(json.dumps({
    "extra_cases": {str(k): list(v) for k, v in sorted(_EXTRA_CASES.items())},
    "word": ranges(lambda c: c.isalnum() or c == '_'),
    "digit": ranges(str.isdecimal),
    "space": ranges(str.isspace),
}))
