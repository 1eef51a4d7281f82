# description: SyntaxError objects carry msg, filename, lineno, offset, text, end_lineno and end_offset; str() format
# features: [syntax, exceptions]
# flags: [cpython-impl-detail]
# min-version: 3.13
# expect: output

def show(src, filename="<input>"):
    try:
        compile(src, filename, "exec")
    except SyntaxError as e:
        print(f"src={src!r}")
        print(f"  msg={e.msg!r} filename={e.filename!r}")
        print(f"  lineno={e.lineno} offset={e.offset} end_lineno={e.end_lineno} end_offset={e.end_offset}")
        print(f"  text={e.text!r}")
        print(f"  str={str(e)!r}")
        print(f"  args[0]={e.args[0]!r} len(args)={len(e.args)}")

show("x = 1 +\n")
show("a = 1\nb = (2,\nc = 3\n", "virtual.py")
show("f(a for a in b, c)\n")
show("def f():\n    return 1 = 2\n")
show("print('hi'\n")
show("if x:\npass\n")
show("x = 'abc\n")

# constructing SyntaxError by hand
e = SyntaxError("custom message", ("file.py", 3, 5, "bad line\n", 3, 9))
print("manual:", e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print("manual str:", str(e))
print("bare:", str(SyntaxError("only message")), SyntaxError("only message").lineno)
