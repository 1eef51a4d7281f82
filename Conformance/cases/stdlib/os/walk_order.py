# description: os.walk topdown and bottom-up orders, in-place pruning of dirnames, and onerror reporting over a support folder
# features: [os]
# expect: output

import os

def rel(p):
    return os.path.relpath(p, "_tree")

print("topdown:")
for root, dirs, files in os.walk("_tree"):
    dirs.sort()
    print(" ", rel(root), dirs, sorted(files))
print("bottom-up:")
for root, dirs, files in os.walk("_tree", topdown=False):
    print(" ", rel(root), sorted(dirs), sorted(files))
print("pruned:")
for root, dirs, files in os.walk("_tree"):
    dirs[:] = [d for d in dirs if d != "deeper"]
    print(" ", rel(root), dirs)
errors = []
print("missing root:", list(os.walk("_no_such_dir", onerror=errors.append)), [type(e).__name__ for e in errors])
files = sorted(os.path.join(rel(r), f) for r, _, fs in os.walk("_tree") for f in fs)
print("all files:", files)
print("by extension:", sorted({os.path.splitext(f)[1] for f in files}))
