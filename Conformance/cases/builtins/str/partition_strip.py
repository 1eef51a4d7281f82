# description: partition/rpartition, strip/lstrip/rstrip with char sets, removeprefix/removesuffix
# features: [builtins, str]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("partition", lambda: "key=value=x".partition("="))
show("rpartition", lambda: "key=value=x".rpartition("="))
show("partition missing", lambda: "abc".partition("-"))
show("rpartition missing", lambda: "abc".rpartition("-"))
show("partition multi", lambda: "a::b::c".partition("::"))
show("partition at start", lambda: "=x".partition("="))
show("partition empty sep", lambda: "abc".partition(""))
show("partition None", lambda: "abc".partition(None))
show("strip()", lambda: " \t\n x y \r\f\v".strip())
show("strip unicode ws", lambda: "\u3000\u2002x\u00a0".strip())
show("strip chars", lambda: "xxhixyx".strip("xy"))
show("lstrip chars", lambda: "www.example.com".lstrip("cmowz."))
show("rstrip chars", lambda: "mississippi".rstrip("ipz"))
show("strip None", lambda: "  a  ".strip(None))
show("strip empty set", lambda: "  a  ".strip(""))
show("strip all", lambda: "aaaa".strip("a"))
show("strip int", lambda: "a".strip(1))
show("removeprefix", lambda: "TestHook".removeprefix("Test"))
show("removeprefix missing", lambda: "TestHook".removeprefix("Hook"))
show("removeprefix once", lambda: "aaab".removeprefix("a"))
show("removesuffix", lambda: "file.tar.gz".removesuffix(".gz"))
show("removesuffix empty", lambda: "abc".removesuffix(""))
show("lstrip vs removeprefix", lambda: ("abcab".lstrip("ab"), "abcab".removeprefix("ab")))
show("strip astral", lambda: "\U0001F600a\U0001F600".strip("\U0001F600"))
