# description: circular imports see partially initialised modules; from-import of a not-yet-defined name fails
# features: [imports]
# expect: output
import sys

import _circ.a
print("b saw during cycle:", _circ.b.early)
print("after completion:", _circ.a.use_b(), _circ.b.use_a())

try:
    import _circ.c
except ImportError as e:
    msg = str(e)
    print("ImportError:", msg.split(" (")[0])
    print("mentions circular import:", "circular import" in msg)
print("failed module removed from sys.modules:", "_circ.c" in sys.modules, "_circ.d" in sys.modules)
