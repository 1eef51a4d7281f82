# description: os calls in a private temporary tree: error messages with errno and filenames, stat fields, scandir entries, walk bottom-up, removedirs and renames
# features: [os, exceptions]
# expect: output

import os
import shutil
import stat

base = f"tmp-os-tree-{os.getpid()}"


def attempt(label, op):
    try:
        print(label, repr(op()))
    except OSError as e:
        hide = lambda text: str(text).replace(base, "<base>")
        print(label, type(e).__name__, e.errno, e.strerror, hide(repr(e.filename)), hide(repr(e.filename2)), "|", hide(e))


os.makedirs(os.path.join(base, "a", "b"))
try:
    with open(os.path.join(base, "a", "file.txt"), "w") as f:
        f.write("hello\n")
    attempt("stat missing:", lambda: os.stat(os.path.join(base, "nope")))
    attempt("mkdir exists:", lambda: os.mkdir(base))
    attempt("makedirs exists:", lambda: os.makedirs(os.path.join(base, "a")))
    attempt("rmdir nonempty:", lambda: os.rmdir(os.path.join(base, "a")) and None)
    attempt("rename missing:", lambda: os.rename(os.path.join(base, "x"), os.path.join(base, "y")))
    attempt("listdir file:", lambda: os.listdir(os.path.join(base, "a", "file.txt")))
    attempt("chdir missing:", lambda: os.chdir(os.path.join(base, "nope")))
    attempt("unlink dir:", lambda: os.unlink(os.path.join(base, "a")))
    st = os.stat(os.path.join(base, "a", "file.txt"))
    print("stat:", st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), type(st.st_mtime).__name__,
          st.st_mtime_ns // 10**9 == int(st.st_mtime), st[6] == st.st_size, len(st))
    print("filemode:", stat.filemode(os.stat(base).st_mode)[0], stat.filemode(st.st_mode)[0])
    print("lstat equals stat:", os.lstat(base).st_ino == os.stat(base).st_ino)
    with os.scandir(os.path.join(base, "a")) as it:
        entries = sorted(it, key=lambda e: e.name)
    print("scandir:", [(e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries])
    print("entry path/fspath:", entries[0].path == os.path.join(base, "a", "b"), os.fspath(entries[1]) == entries[1].path,
          repr(entries[1]))
    print("bottom-up:", [(os.path.relpath(r, base), sorted(d), f) for r, d, f in os.walk(base, topdown=False)])
    os.renames(os.path.join(base, "a", "file.txt"), os.path.join(base, "c", "d", "moved.txt"))
    print("renames:", sorted(os.listdir(base)), os.listdir(os.path.join(base, "c", "d")))
    os.remove(os.path.join(base, "c", "d", "moved.txt"))
    os.removedirs(os.path.join(base, "c", "d"))
    print("removedirs pruned:", sorted(os.listdir(base)))
    old = os.getcwd()
    os.chdir(base)
    print("chdir:", os.path.basename(os.getcwd()) == base, sorted(os.listdir()))
    os.chdir(old)
    print("back:", os.getcwd() == old)
    print("strerror:", os.strerror(2), "|", os.strerror(13))
    print("urandom:", len(os.urandom(16)), type(os.urandom(0)).__name__)
    print("sep/linesep/name:", os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.extsep, os.pathsep)
    print("fsencode/fsdecode:", os.fsencode("é"), os.fsdecode(b"\xc3\xa9"))
    try:
        os.fspath(3)
    except TypeError as e:
        print("TypeError:", e)
    print("PathLike:", issubclass(os.DirEntry, os.PathLike), isinstance("x", os.PathLike))
finally:
    shutil.rmtree(base)
print("cleaned:", not os.path.exists(base))
