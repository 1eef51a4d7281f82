# description: import statement forms: as-aliases, multiple names, parenthesised lists, __import__ and module attributes
# features: [imports, sys]
# expect: output
import sys

import _noall as alias, _star
print("aliases:", alias.public, _star.exported, "_noall" in dir())
from _noall import (
    public as pub,
    func,
)
print("parenthesised:", pub, func())
from _star import exported as e1, not_exported as e2
print("multiple as:", e1, e2)

# import inside a function binds a local name
def local_import():
    import _noall
    return "_noall" in locals()
print("local binding:", local_import())

# __import__ returns the top-level package for dotted names unless fromlist is given
top = __import__("_shapes.circle")
leaf = __import__("_shapes.circle", fromlist=["Circle"])
print("__import__:", top.__name__, leaf.__name__)

# modules are cached: mutation is visible to all importers
import _noall
_noall.public = "mutated"
from _noall import public
print("cached module state:", public)

# replacing an entry in sys.modules changes what import returns
fake = type(sys)("_fake")
fake.value = 123
sys.modules["_fake"] = fake
import _fake
print("sys.modules injection:", _fake.value)

# a None entry in sys.modules blocks the import
sys.modules["_blocked"] = None
try:
    import _blocked
except ImportError as e:
    print("ImportError:", e)

# module objects
print("module repr type:", type(_noall).__name__, _noall.__name__, _noall.__file__.endswith("_noall.py"))
print("dir has names:", [n for n in ("func", "public", "_private") if n in dir(_noall)])
del _noall.public
try:
    _noall.public
except AttributeError as e:
    print("AttributeError:", e)
