# description: sys.displayhook receives values from 'single'-mode code, skips None, and sets builtins._
# features: [builtins, sys, eval-exec]
# expect: output
import sys
import builtins
seen = []
def hook(value):
    seen.append(value)
sys.displayhook = hook
for src in ["1 + 1", "None", "'text'", "x = 5", "[1, 2]"]:
    exec(compile(src, "<single>", "single"), {})
print("custom hook saw:", seen)
sys.displayhook = sys.__displayhook__
exec(compile("40 + 2", "<single>", "single"), {})
print("builtins._ after default hook:", builtins._)
exec(compile("None", "<single>", "single"), {})
print("None does not overwrite _:", builtins._)
exec(compile("'s'", "<single>", "single"), {})
del sys.displayhook
try:
    exec(compile("3", "<single>", "single"), {})
except RuntimeError as e:
    print("no displayhook ! RuntimeError:", e)
sys.displayhook = sys.__displayhook__
