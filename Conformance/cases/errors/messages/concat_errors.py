# description: concatenation and repetition TypeError messages for str, bytes, list and tuple
# features: [exceptions, str, list, tuple, bytes]
# expect: output

cases = [
    ("'a' + 1", lambda: "a" + 1),
    ("'a' + None", lambda: "a" + None),
    ("'a' + b'b'", lambda: "a" + b"b"),
    ("'a' + ['b']", lambda: "a" + ["b"]),
    ("[1] + (2,)", lambda: [1] + (2,)),
    ("[1] + 'a'", lambda: [1] + "a"),
    ("(1,) + [2]", lambda: (1,) + [2]),
    ("(1,) + 'a'", lambda: (1,) + "a"),
    ("b'a' + 'b'", lambda: b"a" + "b"),
    ("b'a' + 1", lambda: b"a" + 1),
    ("bytearray() + 'x'", lambda: bytearray() + "x"),
    ("'a' * 'b'", lambda: "a" * "b"),
    ("[1] * [2]", lambda: [1] * [2]),
    ("(1,) * 1.0", lambda: (1,) * 1.0),
    ("'ab' * None", lambda: "ab" * None),
    ("'%d' % 'x'", lambda: "%d" % "x"),
    ("'%s %s' % (1,)", lambda: "%s %s" % (1,)),
    ("'%s' % (1, 2)", lambda: "%s" % (1, 2)),
    ("''.join([1, 2])", lambda: "".join([1, 2])),
    ("str.join list of bytes", lambda: ",".join([b"a"])),
]
for label, fn in cases:
    try:
        fn()
        print(label, "-> no error")
    except TypeError as e:
        print(f"{label:24} -> TypeError: {e}")

# repetition by zero or negative counts is fine
print("repeat:", "ab" * 0, [1] * -1, (1,) * 2, 3 * "x")
