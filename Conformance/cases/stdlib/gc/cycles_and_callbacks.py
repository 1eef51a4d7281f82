# description: gc.collect finds reference cycles (with __del__ run once, weakref callbacks), gc.is_tracked follows CPython's rules, and gc.callbacks run for explicit collections and once at exit
# features: [gc, finalizers, weakref]
# expect: output
import gc
import weakref

events = []
gc.callbacks.append(lambda phase, info: events.append((phase, info["generation"])))


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del", self.name)


a, b = Node("a"), Node("b")
a.other, b.other = b, a
probe = weakref.ref(a, lambda r: print("weakref callback, dead:", r() is None))
del a, b
gc.collect()
print("referent gone:", probe() is None)
print("callbacks seen:", events)

print("tracked:", gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(Node("t")))

class Leaf:
    pass

x = Leaf()
x.self = x
del x
print("collected a self-cycle:", gc.collect() >= 1)
print("enabled:", gc.isenabled())

events.clear()
gc.callbacks.append(lambda phase, info: print("exit callback", phase))
print("end of program")
