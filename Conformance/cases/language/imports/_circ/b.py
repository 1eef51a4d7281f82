print("  start _circ.b")
import _circ.a
try:
    early = _circ.a.A_VALUE
except AttributeError as e:
    early = "AttributeError (a is partially initialised)"
B_VALUE = "b"
def use_a():
    return _circ.a.A_VALUE
print("  end _circ.b")
