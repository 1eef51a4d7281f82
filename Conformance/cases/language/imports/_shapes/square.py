print("  load _shapes.square as", __name__)
from . import circle
from .circle import Circle as _C
SIDE = 4
def area(side=SIDE):
    return side * side
def same_circle():
    return _C is circle.Circle
