# description: str.split and rsplit with None vs explicit separators, maxsplit and edge cases
# features: [builtins, str]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

s = "  a  b\tc\n d  "
show("split()", lambda: s.split())
show("split(None, 1)", lambda: s.split(None, 1))
show("rsplit(None, 1)", lambda: s.rsplit(None, 1))
show("split(' ')", lambda: s.split(" "))
show("rsplit(' ', 2)", lambda: s.rsplit(" ", 2))
show("''.split()", lambda: "".split())
show("''.split(',')", lambda: "".split(","))
show("'   '.split()", lambda: "   ".split())
show("'a,b,,c,'.split(',')", lambda: "a,b,,c,".split(","))
show("maxsplit=2", lambda: "a,b,c,d".split(",", maxsplit=2))
show("rsplit maxsplit=2", lambda: "a,b,c,d".rsplit(",", maxsplit=2))
show("maxsplit=0", lambda: "a,b".split(",", 0))
show("maxsplit=-1", lambda: "a,b,c".split(",", -1))
show("multi-char sep", lambda: "a<>b<><>c".split("<>"))
show("rsplit multi-char overlapping", lambda: "aaaa".rsplit("aa"))
show("split overlapping", lambda: "aaa".split("aa"))
show("empty sep", lambda: "abc".split(""))
show("unicode whitespace", lambda: "a\u2003b\u00a0c\u3000d\x1ce\x85f".split())
show("rsplit None leading", lambda: "  x y  ".rsplit(None, 0))
show("split None maxsplit 0", lambda: "  x y  ".split(None, 0))
show("sep kw", lambda: "1-2-3".split(sep="-"))
show("bad sep type", lambda: "abc".split(1))
show("astral sep", lambda: "a\U0001F600b\U0001F600c".split("\U0001F600"))
