print("  start _circ.a")
import _circ.b
A_VALUE = "a"
def use_b():
    return _circ.b.B_VALUE
print("  end _circ.a")
