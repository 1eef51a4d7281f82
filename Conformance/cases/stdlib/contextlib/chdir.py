# description: contextlib.chdir (3.11+) switches the working directory inside the block and restores it on exit and on error, reentrantly
# features: [contextlib, os]
# min-version: 3.11
# expect: output

import os
from contextlib import chdir

start = os.getcwd()
sub = f"tmp-chdir-{os.getpid()}"
os.mkdir(sub)
try:
    with chdir(sub):
        print("inside:", os.path.basename(os.getcwd()) == sub)
        with open("marker.txt", "w") as f:
            f.write("x")
        with chdir(".."):
            print("nested back at start:", os.getcwd() == start)
        print("restored inner:", os.path.basename(os.getcwd()) == sub)
    print("restored outer:", os.getcwd() == start, os.path.exists(os.path.join(sub, "marker.txt")))
    try:
        with chdir(sub):
            raise KeyError("inside")
    except KeyError:
        print("restored after error:", os.getcwd() == start)
    try:
        with chdir("does-not-exist-dir"):
            pass
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror, os.getcwd() == start)
    cm = chdir(os.path.abspath(sub))
    with cm:
        with cm:
            print("reentrant depth ok:", os.path.basename(os.getcwd()) == sub)
    print("reentrant restored:", os.getcwd() == start)
finally:
    os.remove(os.path.join(start, sub, "marker.txt"))
    os.rmdir(os.path.join(start, sub))
print("cleaned:", not os.path.exists(sub))
