# description: tempfile directories and files are created and removed, glob expands patterns (recursive ** too) and fnmatch translates shell patterns; os.open/read/write/fstat work on descriptors
# features: [os, io]
# expect: output

import fnmatch
import glob
import os
import tempfile

print("fnmatch:", fnmatch.fnmatch("data.txt", "*.txt"), fnmatch.fnmatch("a.py", "?.p[xy]"), fnmatch.fnmatchcase("A.TXT", "*.txt"),
      fnmatch.fnmatch("x", "[!x]"))
print("filter:", fnmatch.filter(["a.c", "b.h", "c.c", ".d.c"], "*.c"))
print("translate:", fnmatch.translate("*.t?t"), fnmatch.translate("[!a-c]x"))

with tempfile.TemporaryDirectory(prefix="ftpy-") as d:
    print("tempdir exists:", os.path.isdir(d), os.path.basename(d).startswith("ftpy-"), os.path.isabs(d))
    for rel in ("a.txt", "b.py", "sub/c.txt", "sub/deep/d.txt", ".hidden.txt"):
        path = os.path.join(d, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(rel)
    rel = lambda paths: sorted(os.path.relpath(p, d) for p in paths)
    print("glob *.txt:", rel(glob.glob(os.path.join(d, "*.txt"))))
    print("glob */*.txt:", rel(glob.glob(os.path.join(d, "*", "*.txt"))))
    print("glob **:", rel(glob.glob(os.path.join(d, "**", "*.txt"), recursive=True)))
    print("root_dir:", sorted(glob.glob("*.py", root_dir=d)), sorted(glob.glob("sub/*", root_dir=d)))
    print("hidden:", sorted(glob.glob(".*", root_dir=d)), sorted(glob.glob("*", root_dir=d, include_hidden=True)))
    print("no magic:", rel(glob.glob(os.path.join(d, "a.txt"))), glob.glob(os.path.join(d, "missing.txt")))
    print("escape:", glob.escape("a[b]*?.txt"))
    fd, name = tempfile.mkstemp(suffix=".bin", dir=d)
    print("mkstemp:", isinstance(fd, int), name.endswith(".bin"), os.path.dirname(name) == d)
    print("os.write/read:", os.write(fd, b"hello world"), os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 5), os.fstat(fd).st_size)
    os.close(fd)
    try:
        os.close(fd)
    except OSError as e:
        print("close twice:", type(e).__name__, e.errno)
    with tempfile.NamedTemporaryFile("w+", dir=d, suffix=".txt") as t:
        t.write("named")
        t.seek(0)
        print("named:", t.read(), os.path.exists(t.name), t.name.endswith(".txt"))
    print("named removed:", os.path.exists(t.name))
    with tempfile.TemporaryFile(dir=d) as u:
        u.write(b"anon")
        u.seek(0)
        print("anonymous:", u.read())
    s = tempfile.SpooledTemporaryFile(max_size=10)
    s.write(b"small")
    print("spooled in memory:", s._rolled)
    s.write(b" and now larger")
    print("spooled rolled:", s._rolled, end=" ")
    s.seek(0)
    print(s.read())
    s.close()
    sub = tempfile.mkdtemp(dir=d)
    print("mkdtemp:", os.path.isdir(sub), os.path.dirname(sub) == d)
print("cleaned up:", not os.path.exists(d))
print("gettempdir:", os.path.isdir(tempfile.gettempdir()), tempfile.gettempprefix())
