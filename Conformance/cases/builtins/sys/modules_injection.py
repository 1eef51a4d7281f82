# description: imports consult sys.modules first: injected module objects are imported, removal forces lookup again
# features: [builtins, sys, imports]
# expect: output
import sys
class FakeModule:
    __name__ = "fake_injected_module"
    value = 42
    def greet(self):
        return "hello from fake"
fake = FakeModule()
sys.modules["fake_injected_module"] = fake
import fake_injected_module
print("import returns injected object:", fake_injected_module is fake, fake_injected_module.value)
from fake_injected_module import value, greet
print("from-import attributes:", value, greet())
sys.modules["fake_injected_module"] = None
try:
    import fake_injected_module as again
except ImportError as e:
    print("None entry blocks import ! ImportError:", type(e).__name__)
del sys.modules["fake_injected_module"]
try:
    import fake_injected_module as third
except ModuleNotFoundError as e:
    print("after removal ! ModuleNotFoundError:", e)
import math
saved = sys.modules.pop("math")
import math as math2
print("re-import after pop gives a module:", math2.__name__, math2.pi == saved.pi)
sys.modules["math"] = saved
print("restored:", __import__("math") is saved)
