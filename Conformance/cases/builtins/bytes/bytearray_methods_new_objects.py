# description: bytearray methods return new bytearrays (upper, replace, strip, translate) leaving the original unchanged
# features: [builtins, bytes]
# expect: output
ba = bytearray(b"  Hello World  ")
results = {"upper": ba.upper(), "replace": ba.replace(b"l", b"L"), "strip": ba.strip(), "split": ba.split(),
           "translate": ba.translate(None, b"o"), "center": ba.center(20, b"*"), "zfill": bytearray(b"7").zfill(3),
           "join": bytearray(b"-").join([b"a", b"b"]), "removeprefix": ba.removeprefix(b"  "), "copy": ba.copy(),
           "slice": ba[2:7], "mul": ba * 1, "add": ba + b""}
for name, r in results.items():
    kind = type(r).__name__ if not isinstance(r, list) else "list of " + type(r[0]).__name__
    print(f"{name:12} {kind:22} new object: {r is not ba}")
print("original unchanged:", ba)
ba.extend(b"!")
print("copies unaffected by later mutation:", results["copy"], results["slice"])
print("slice of bytearray is copy:", (lambda s: (s.append(0), ba[2:7])[1])(ba[2:7]))
