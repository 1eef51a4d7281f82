# description: getcwd is the case folder, abspath relates to it, listdir of a support folder is sorted, exists/isfile/isdir classify entries
# features: [os]
# expect: output

import os

cwd = os.getcwd()
print("cwd ends with case folder:", os.path.basename(cwd) == "os")
print("abspath of file:", os.path.abspath("x.txt") == os.path.join(cwd, "x.txt"))
print("abspath normalizes:", os.path.abspath("_tree/../_tree/./a.txt") == os.path.join(cwd, "_tree", "a.txt"))
print("isabs abspath:", os.path.isabs(os.path.abspath(".")))
print("listdir:", sorted(os.listdir("_tree")))
print("listdir bytes:", sorted(os.listdir(b"_tree")))
for path in ("_tree", "_tree/a.txt", "_tree/sub", "_tree/missing", __file__):
    print(f"  {os.path.basename(path)}: exists={os.path.exists(path)} isfile={os.path.isfile(path)} isdir={os.path.isdir(path)}")
print("getsize:", os.path.getsize("_tree/a.txt"), os.path.getsize("_tree/C.cfg"))
print("scandir:", sorted((e.name, e.is_dir()) for e in os.scandir("_tree")))
walk = [(os.path.relpath(root, "_tree"), sorted(dirs), sorted(files)) for root, dirs, files in os.walk("_tree")]
print("walk:", sorted(walk))
try:
    os.listdir("_nope")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
st = os.stat("_tree/b.txt")
print("stat size:", st.st_size, "is regular:", __import__("stat").S_ISREG(st.st_mode))
print("getpid int:", isinstance(os.getpid(), int), os.getpid() > 0)
cpus = os.cpu_count()
print("cpu_count int or None:", cpus is None or (isinstance(cpus, int) and cpus >= 1))
print("fspath:", os.fspath("x"), os.fspath(b"y"))
class P:
    def __fspath__(self):
        return "_tree/a.txt"
print("PathLike accepted:", os.path.exists(P()), os.fspath(P()))
