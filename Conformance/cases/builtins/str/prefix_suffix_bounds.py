# description: startswith/endswith with start/end bounds, empty affixes, tuples incl. empty tuple, beyond-length starts
# features: [builtins, str]
# expect: output
s = "hello"
cases = [("", 0, None), ("", 5, None), ("", 6, None), ("", 2, 1), ("h", 0, 0), ("he", 0, 2), ("he", 0, 1), ("l", 2, None),
         ("lo", -2, None), ("hello", -100, 100), ("o", 4, 5), ("x", 0, None), ("llo", 2, 5)]
for affix, start, end in cases:
    args = (affix, start) if end is None else (affix, start, end)
    print(repr(args), "startswith", s.startswith(*args), "endswith", s.endswith(*args))
print("empty tuple:", s.startswith(()), s.endswith(()))
print("tuple with empty:", s.startswith(("x", "")), s.endswith(("", "y")))
print("bytes same rules:", b"hello".startswith(b"", 6), b"hello".startswith(b"", 5), b"hello".endswith((b"lo", b"x"), 1, 5))
print("None bounds:", s.startswith("h", None, None), s.endswith("o", None, 3))
try:
    s.startswith(("h", 1))
except TypeError as e:
    print("non-str in tuple ! TypeError:", e)
print("empty string cases:", "".startswith(""), "".endswith("", 0, 0), "".startswith("", 1))
