# description: printf-style '*' width/precision from arguments incl. negative widths, and ordering of consumed args
# features: [builtins, str, formatting]
# expect: output

def show(fmt, args):
    try:
        print(repr(fmt), repr(args), "->", repr(fmt % args))
    except Exception as e:
        print(repr(fmt), repr(args), "!", type(e).__name__ + ":", e)

show("%*d|", (5, 42))
show("%*d|", (-5, 42))
show("%-*d|", (-5, 42))
show("%.*f|", (2, 3.14159))
show("%.*f|", (-1, 3.14159))
show("%*.*f|", (8, 3, 3.14159))
show("%*s|%*s|", (3, "a", -3, "b"))
show("%*d", (5,))
show("%*d", ("5", 1))
show("%.*s|", (2, "abcdef"))
show("%0*d|", (6, -42))
show("%+*d|", (4, 7))
show("%*c|", (3, "x"))
show("%(k)*d", {"k": 1})
show("%*%", (5,))
show("%*.*e|", (12, 2, 12345.678))
show(b"%*d|", (4, 1))
