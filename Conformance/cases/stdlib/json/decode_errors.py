# description: JSONDecodeError reports msg, pos, lineno and colno for many malformed documents exactly like CPython
# features: [json]
# min-version: 3.13
# expect: output

import json

bad = [
    "", "   ", "{", "[", "[1,]", "[1 2]", "{\"a\" 1}", "{\"a\":}", "{'a': 1}", "{\"a\": 1,}",
    "{1: 2}", "[1, 2", "tru", "nul", "\"unterminated", "\"bad \\x escape\"", "\"\\u12\"",
    "01", "1.", "-", ".5", "[1] x", "{\"a\": 1}\n\n  }", "\"tab\tinside\"", "[\n  1,\n  2,\n]",
    "NaNa", "[-Infinityx]", "\"\\ud800\\\"", "{\"a\":1 \"b\":2}", "1e", "\ufeff[]",
]
for doc in bad:
    try:
        json.loads(doc)
        print(repr(doc), "-> parsed?!")
    except json.JSONDecodeError as e:
        print(f"{doc!r:26} msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}")
try:
    json.loads("[1,")
except ValueError as e:
    print("is ValueError:", type(e).__name__, "|", e)
e = json.JSONDecodeError("Custom", "ab\ncd", 4)
print("constructed:", e.lineno, e.colno, str(e), e.doc)
