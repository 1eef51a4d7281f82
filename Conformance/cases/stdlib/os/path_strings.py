# description: os.path join/split/splitext/basename/dirname/normpath/commonpath/relpath/isabs behave as POSIX CPython
# features: [os]
# expect: output

import os.path as p

print("join:", p.join("a", "b", "c.txt"), p.join("a/", "b"), p.join("a", "/abs", "c"), p.join("a", ""), p.join("", "x"))
print("split:", p.split("/usr/lib/file.py"), p.split("file"), p.split("dir/"), p.split("/"))
print("splitext:", p.splitext("archive.tar.gz"), p.splitext(".bashrc"), p.splitext("a/b.c/d"), p.splitext("x."))
print("basename/dirname:", p.basename("/a/b/"), p.basename("/a/b"), p.dirname("/a/b"), p.dirname("b"))
print("normpath:", p.normpath("a//b/./c/../d"), p.normpath("/../x"), p.normpath(""), p.normpath("../a/.."), p.normpath("//a"))
print("isabs:", p.isabs("/x"), p.isabs("x"), p.isabs(""))
print("commonpath:", p.commonpath(["/usr/lib", "/usr/local/lib"]), p.commonprefix(["interspecies", "interstellar"]))
try:
    p.commonpath(["/abs", "rel"])
except ValueError as e:
    print("ValueError:", e)
print("relpath:", p.relpath("/a/b/c", "/a/d"), p.relpath("/a", "/a"))
print("splitdrive:", p.splitdrive("/x/y"))
print("bytes paths:", p.join(b"a", b"b"), p.splitext(b"f.txt"))
try:
    p.join("a", b"b")
except TypeError as e:
    print("TypeError:", e)
print("sep:", p.sep, p.extsep, p.pardir, p.curdir)
