# Support package for the import cases.
import sys
print("  init _shapes, __name__ =", __name__, "__package__ =", __package__)
LOADS = getattr(sys, "_shapes_loads", 0) + 1
sys._shapes_loads = LOADS
from .circle import Circle
from . import square as square_module
VERSION = "1.0"
