# description: builtin types answer isinstance/issubclass for the collections.abc ABCs as CPython registers them
# features: [abc, collections]
# expect: output

import collections.abc as cabc

abcs = ["Iterable", "Iterator", "Reversible", "Sized", "Container", "Collection", "Sequence",
        "MutableSequence", "Set", "MutableSet", "Mapping", "MutableMapping", "Hashable",
        "Callable", "Generator"]

def gen():
    yield 1

samples = {
    "list": [1], "tuple": (1,), "str": "s", "bytes": b"b", "bytearray": bytearray(b"x"),
    "dict": {}, "set": set(), "frozenset": frozenset(), "range": range(3),
    "int": 1, "None": None, "generator": gen(), "list_iterator": iter([]),
    "function": len, "memoryview": memoryview(b""), "dict_keys": {}.keys(),
    "dict_items": {}.items(), "dict_values": {}.values(), "deque": __import__("collections").deque(),
}
for name, obj in samples.items():
    hits = [a for a in abcs if isinstance(obj, getattr(cabc, a))]
    print(f"{name:14}", " ".join(hits))
print("type objects callable:", isinstance(int, cabc.Callable))
print("list hashable:", issubclass(list, cabc.Hashable), "tuple hashable:", issubclass(tuple, cabc.Hashable))
print("str MutableSequence:", issubclass(str, cabc.MutableSequence))
