# description: center/ljust/rjust with fill chars and odd padding, zfill with signs, expandtabs columns
# features: [builtins, str]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

for w in range(0, 8):
    print(w, repr("ab".center(w, "*")), repr("abc".center(w, "*")), repr("abc".ljust(w, ".")), repr("abc".rjust(w)))
show("center fill astral", lambda: "x".center(5, "\U0001F600"))
show("center fill 2 chars", lambda: "x".center(5, "ab"))
show("center fill empty", lambda: "x".center(5, ""))
show("ljust negative", lambda: "abc".ljust(-5))
show("zfill", lambda: ["42".zfill(5), "-42".zfill(5), "+42".zfill(5), "--4".zfill(5), "".zfill(3),
                       "abc".zfill(6), "-".zfill(3), "12345".zfill(3), "-0.5".zfill(6)])
show("expandtabs default", lambda: "a\tbc\tdef\tg".expandtabs())
show("expandtabs 4", lambda: "a\tbc\tdef\tghij\tk".expandtabs(4))
show("expandtabs newline resets", lambda: "ab\tc\nd\te\rf\tg".expandtabs(4))
show("expandtabs 0", lambda: "a\tb".expandtabs(0))
show("expandtabs -1", lambda: "a\tb".expandtabs(-1))
show("expandtabs 1", lambda: "a\t\tb".expandtabs(1))
show("expandtabs kw", lambda: "\tx".expandtabs(tabsize=3))
