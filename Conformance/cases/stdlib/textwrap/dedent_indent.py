# description: textwrap.dedent removes common leading whitespace (ignoring blank lines, respecting tabs) and indent adds prefixes with a predicate
# features: [textwrap]
# expect: output

import textwrap

s = """\
    def f():
        return 1

    x = f()
"""
print(repr(textwrap.dedent(s)))
print(repr(textwrap.dedent("  a\n    b\n  c")))
print("whitespace-only lines normalized:", repr(textwrap.dedent("  a\n      \n  b")))
print("tabs vs spaces no common:", repr(textwrap.dedent("\ta\n    b")))
print("common tab:", repr(textwrap.dedent("\ta\n\t\tb")))
print("no indent:", repr(textwrap.dedent("a\n  b")))
print("crlf:", repr(textwrap.dedent("  a\r\n  b")))
print("indent:", repr(textwrap.indent("a\n\nb\n", "> ")))
print("indent all:", repr(textwrap.indent("a\n\nb\n", "> ", lambda line: True)))
print("indent predicate:", repr(textwrap.indent("x\ny\nz", "+", lambda line: line.strip() != "y")))
print("indent keeps line endings:", repr(textwrap.indent("a\r\nb", "  ")))
print("roundtrip:", textwrap.dedent(textwrap.indent("p\n q\n", "    ")) == "p\n q\n")
