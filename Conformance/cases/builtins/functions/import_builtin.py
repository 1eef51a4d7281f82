# description: __import__ returns modules from sys.modules; import statements bind the same objects; fromlist forms
# features: [builtins, imports, sys]
# expect: output
import sys
m = __import__("math")
import math
print("__import__ returns the module:", m is math, m.__name__, type(m).__name__)
print("cached in sys.modules:", sys.modules["math"] is math)
t = __import__("time", globals(), locals(), ["sleep"], 0)
print("fromlist returns module:", t.__name__, hasattr(t, "sleep"))
try:
    __import__("definitely_not_a_module_name")
except ModuleNotFoundError as e:
    print("missing ! ModuleNotFoundError:", e, e.name)
try:
    __import__("")
except ValueError as e:
    print("empty name ! ValueError:", e)
try:
    __import__(5)
except TypeError as e:
    print("non-str ! TypeError:", e)
import math as m2
from math import pi, floor as fl
print("aliases bind same objects:", m2 is math, pi == math.pi, fl is math.floor)
try:
    from math import nope
except ImportError as e:
    print("from-import missing ! ImportError:", str(e).split(" (")[0], "| name:", e.name)
print("module attributes:", math.__name__, sys.__name__, "__dict__" in dir(math) or hasattr(math, "__dict__"))
print("modules have __spec__ attr:", hasattr(math, "__spec__"))
