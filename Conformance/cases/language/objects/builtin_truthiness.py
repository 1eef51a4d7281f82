# description: truthiness of every builtin type's empty and non-empty values
# features: [bool, builtins]
# expect: output

values = [
    ("None", None), ("False", False), ("True", True),
    ("0", 0), ("1", 1), ("-1", -1), ("0.0", 0.0), ("-0.0", -0.0), ("nan", float("nan")), ("0.1", 0.1),
    ("0j", 0j), ("1j", 1j),
    ("''", ""), ("' '", " "), ("'0'", "0"), ("'False'", "False"),
    ("b''", b""), ("b'\\x00'", b"\x00"), ("bytearray()", bytearray()),
    ("[]", []), ("[0]", [0]), ("[[]]", [[]]), ("()", ()), ("(None,)", (None,)),
    ("{}", {}), ("{0: 0}", {0: 0}), ("set()", set()), ("{0}", {0}), ("frozenset()", frozenset()),
    ("range(0)", range(0)), ("range(1)", range(1)), ("range(5, 5)", range(5, 5)),
    ("Ellipsis", ...), ("object()", object()), ("len", len), ("int", int),
    ("iter([])", iter([])), ("(x for x in [])", (x for x in [])),
    ("{}.keys()", {}.keys()), ("{1: 2}.values()", {1: 2}.values()), ("memoryview(b'')", memoryview(b"")),
]
for label, v in values:
    print(f"{label:22} {bool(v)}")

# truthiness drives if/while/not/and/or the same way
print("not []:", not [], "[] or 'x':", [] or "x", "[0] and 'y':", [0] and "y")
n = 3
count = 0
while n:
    n -= 1
    count += 1
print("while on int:", count)
