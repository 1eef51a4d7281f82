# description: singledispatch dispatches on the first argument's type through the MRO with annotation, explicit and functional registration
# features: [functools, decorators]
# expect: output

from functools import singledispatch
from collections.abc import Sequence, Mapping

@singledispatch
def show(x):
    return f"object:{x!r}"

@show.register
def _(x: int):
    return f"int:{x}"

@show.register(float)
def _(x):
    return f"float:{x}"

def show_list(x):
    return f"list of {len(x)}"
show.register(list, show_list)

@show.register
def _(x: Sequence):
    return f"sequence:{type(x).__name__}"

@show.register
def _(x: Mapping):
    return f"mapping:{sorted(x)}"

class MyInt(int):
    pass

print(show(3))
print(show(True))
print(show(MyInt(4)))
print(show(2.5))
print(show([1, 2]))
print(show((1, 2)))
print(show("ab"))
print(show({"b": 1, "a": 2}))
print(show(None))
print("dispatch int:", show.dispatch(int).__name__)
print("dispatch bool is int impl:", show.dispatch(bool) is show.dispatch(int))
print("dispatch list:", show.dispatch(list) is show_list)
print("registry has object:", object in show.registry)
print("registry size:", len(show.registry))
try:
    show()
except TypeError as e:
    print("TypeError:", e)
try:
    @show.register
    def _(x):
        return x
except TypeError as e:
    print("TypeError:", str(e).split(":")[0])
