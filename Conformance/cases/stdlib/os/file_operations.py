# description: mkdir/makedirs/rename/replace/remove/rmdir in a temporary subfolder with the errors CPython raises, cleaned up afterwards
# features: [os, io]
# expect: output

import os, shutil

base = f"tmp-os-ops-{os.getpid()}"
try:
    os.mkdir(base)
    print("mkdir:", os.path.isdir(base))
    try:
        os.mkdir(base)
    except FileExistsError as e:
        print("FileExistsError:", e.strerror, e.filename == base)
    os.makedirs(os.path.join(base, "x", "y"))
    os.makedirs(os.path.join(base, "x", "y"), exist_ok=True)
    print("makedirs:", sorted(os.listdir(base)), os.listdir(os.path.join(base, "x")))
    f1 = os.path.join(base, "one.txt")
    with open(f1, "w") as f:
        f.write("data")
    f2 = os.path.join(base, "two.txt")
    os.rename(f1, f2)
    print("rename:", os.path.exists(f1), os.path.exists(f2))
    with open(f1, "w") as f:
        f.write("new")
    os.replace(f1, f2)
    with open(f2) as f:
        print("replace overwrote:", f.read(), sorted(os.listdir(base)))
    try:
        os.rmdir(base)
    except OSError as e:
        print("rmdir non-empty:", type(e).__name__, e.errno == 39 or e.errno == 66)
    os.remove(f2)
    try:
        os.remove(f2)
    except FileNotFoundError as e:
        print("remove missing:", e.strerror)
    try:
        os.remove(os.path.join(base, "x"))
    except (IsADirectoryError, PermissionError) as e:
        print("remove dir:", type(e).__name__)
    os.rmdir(os.path.join(base, "x", "y"))
    os.rmdir(os.path.join(base, "x"))
    print("left:", os.listdir(base))
    os.rmdir(base)
    print("rmdir:", os.path.exists(base))
finally:
    if os.path.exists(base):
        shutil.rmtree(base)
