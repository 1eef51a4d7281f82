# description: importing a package runs __init__ once, binds submodules as attributes and supports relative imports
# features: [imports]
# expect: output
import sys

print("first import:")
import _shapes
print("second import prints nothing:")
import _shapes
import _shapes as again
print("same module object:", again is _shapes, sys.modules["_shapes"] is _shapes, "loads:", _shapes.LOADS)
print("package attributes:", _shapes.VERSION, _shapes.Circle(3).diameter())
print("submodules bound as attributes:", hasattr(_shapes, "circle"), hasattr(_shapes, "square"), hasattr(_shapes, "_sub"))
print("square_module alias:", _shapes.square_module is _shapes.square)
print("package has __path__:", hasattr(_shapes, "__path__"), "module does not:", hasattr(_shapes.circle, "__path__"))
print("names:", _shapes.__name__, _shapes.circle.__name__, _shapes._sub.util.__name__)
print("__package__:", _shapes.__package__, _shapes.circle.__package__, _shapes._sub.util.__package__)

from _shapes.square import area, SIDE
print("from-import:", area(), SIDE, area(2))
from _shapes import square as sq
print("relative import inside package:", sq.same_circle())
from _shapes._sub import util
print("relative parent import at call time:", util.parent_package())

import _shapes._sub.util as u
print("dotted import with as binds the leaf:", u is util)
import _shapes._sub.util
print("dotted import binds the top package name:", _shapes._sub.util is util)

print("in sys.modules:", sorted(k for k in sys.modules if k.startswith("_shapes")))

# from-import of a missing name
try:
    from _shapes import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], "| name:", e.name)
# import of a missing module
try:
    import _shapes.missing_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    import _no_such_top_level
except ImportError as e:
    print("ImportError subclass:", type(e).__name__, e.name)
