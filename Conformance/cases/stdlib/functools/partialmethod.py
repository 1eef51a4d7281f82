# description: functools.partialmethod binds arguments for methods, classmethods and works with descriptors
# features: [functools, descriptors]
# expect: output

from functools import partialmethod, partial

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state, note=""):
        self.alive = state
        return f"set {state} {note}".strip()
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="rip")

    @classmethod
    def make(cls, tag, extra):
        return f"{cls.__name__}:{tag}:{extra}"
    make_x = partialmethod(make, "x")

c = Cell()
print(c.set_alive())
print("alive:", c.alive)
print(c.set_dead())
print("alive:", c.alive)
print(c.set_alive(note="again"))
print("classmethod partial:", Cell.make_x("e"), c.make_x("f"))
print("class access type:", type(Cell.__dict__["set_alive"]).__name__)
bound = c.set_alive
print("bound func wraps set_state:", bound.func.__func__ is Cell.set_state, bound.func.__self__ is c)
