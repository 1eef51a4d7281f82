# description: os.path expanduser/expandvars/normpath/relpath/commonpath/splitext edge cases for str and bytes, with CPython's messages
# features: [os, str, bytes]
# expect: output

import os
import os.path as p

os.environ["HOME"] = "/home/someone"
os.environ["FTPY_VAR"] = "value"
print("expanduser:", p.expanduser("~"), p.expanduser("~/x/y"), p.expanduser("x/~"), p.expanduser(b"~/b"))
print("expandvars:", p.expandvars("$FTPY_VAR/${FTPY_VAR}/$NOT_SET_FTPY/${NOT_SET_FTPY}/$"), p.expandvars(b"$FTPY_VAR"))
print("normpath:", p.normpath("///a/b/../../.."), p.normpath("a/./b/"), p.normpath(b"a//b/../c"), p.normpath("./"))
print("relpath:", p.relpath("a/b", "a/c/d"), p.relpath("/x", "/"), p.relpath(b"/a/b", b"/a"))
for args in [("",), ("a", 1)]:
    try:
        p.relpath(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("commonpath:", p.commonpath(["a/b/c", "a/b/d"]), p.commonpath(["/a/b", "/a"]), p.commonpath([b"/x/y", b"/x/z"]))
try:
    p.commonpath([])
except ValueError as e:
    print("ValueError:", e)
print("splitext:", p.splitext("..."), p.splitext("a/.b.c"), p.splitext("a.b/c"), p.splitext("..x"))
print("split/dirname:", p.split("//a//b//"), p.dirname("//a"), p.basename("a/b/"), p.split(b"a/b"))
print("splitroot:", p.splitroot("/a"), p.splitroot("//a"), p.splitroot("///a"), p.splitroot("a"))
print("join bytes:", p.join(b"/a", b"b", b"/c"), p.join("a", "b/", "c"))
try:
    p.join(1, "a")
except TypeError as e:
    print("TypeError:", e)
print("isabs/normcase:", p.isabs(b"/x"), p.normcase("AbC"), p.isabs("//x"))
print("exists on bad input:", p.exists("a\0b"), p.isfile(""), p.isdir(""), p.lexists("/"))
print("getsize missing:", end=" ")
try:
    p.getsize("/nonexistent-ftpy-path")
except FileNotFoundError as e:
    print(e)
print("abspath bytes:", isinstance(p.abspath(b"."), bytes), p.abspath("/a/../b"))
print("realpath of root:", p.realpath("/"), p.realpath("/./"))
del os.environ["FTPY_VAR"]
