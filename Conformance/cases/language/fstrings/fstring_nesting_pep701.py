# description: PEP 701 f-strings: reusing the same quotes, backslashes, comments and deep nesting inside replacement fields
# features: [fstrings, syntax]
# min-version: 3.12
# expect: output

items = ["a", "b"]
d = {"key": "value"}
print(f"same quotes: {", ".join(items)}")
print(f"dict with same quote: {d["key"]}")
print(f"nested f-strings: {f"{f"{f"{1 + 1}"}"}"}")
print(f"backslash in expression: {"\n".join(items)!r}")
print(f"escape: {'\t'.join(items)!r}")
print(f"multi-line expression: {
    1 +
    2
}")
print(f"with comment: {len(items)  # a comment inside the field
}")
print(f"lambda: {(lambda: "inner")()}")
nested_spec = 8
print(f"spec nesting: {'x':{'>'}{nested_spec}}|")
print(f'''triple {f"{'mixed'}"} quotes''')
print(f"unicode name escape: {"\N{GREEK SMALL LETTER ALPHA}"}")
