# description: from-import * honours __all__ (even private names) and otherwise skips underscore names
# features: [imports, scoping]
# expect: output

before = set(globals())
from _noall import *
added = sorted(set(globals()) - before - {"before"})
print("without __all__:", added)

before = set(globals())
from _star import *
added = sorted(set(globals()) - before - {"before", "added"})
print("with __all__:", added)
print("values:", exported, _private_but_listed)
try:
    not_exported
except NameError as e:
    print("NameError:", e)

# the module is still fully importable by name
import _star
print("module attribute:", _star.not_exported)

# import * only at module level
try:
    compile("def f():\n    from _star import *\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# __all__ naming a missing attribute fails at import *
import sys
bad = type(sys)("_bad_all")
bad.__all__ = ["ghost"]
sys.modules["_bad_all"] = bad
try:
    from _bad_all import *
except AttributeError as e:
    print("AttributeError:", e)
