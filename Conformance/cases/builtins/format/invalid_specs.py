# description: invalid format specs per type produce the exact ValueError/TypeError messages
# features: [builtins, formatting]
# expect: output
cases = [(1, "z"), (1, ".2d"), (1, "=^5d"), (1, "#s"), (1, ",c"), (1, "+c"), (1, "_n"), (1, ",n"), (1.5, "d"),
         (1.5, "c"), (1.5, ",_f"), (1.5, "#,z"), ("s", "d"), ("s", "+"), ("s", "="), ("s", ","), ("s", "#"),
         (True, "s"), (None, "d"), ([], "s"), (1, "10.2.3"), (1, ".f"), (1.0, "\u4e2d"), (1, "<<5"), (1j, "="),
         (1, "x" * 3), (1.5, "%%"), (1, "\x00>5")]
for value, spec in cases:
    try:
        print(repr(value), repr(spec), "->", repr(format(value, spec)))
    except (ValueError, TypeError) as e:
        print(repr(value), repr(spec), "!", type(e).__name__ + ":", e)
