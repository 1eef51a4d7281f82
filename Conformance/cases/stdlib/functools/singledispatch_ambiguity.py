# description: singledispatch resolves implementations through ABC registration and raises RuntimeError on ambiguous ABC dispatch
# features: [functools, abc]
# expect: output

from functools import singledispatch
from collections.abc import Sized, Iterable, Container

@singledispatch
def kind(x):
    return "object"

@kind.register
def _(x: Sized):
    return "sized"

@kind.register
def _(x: Iterable):
    return "iterable"

class OnlyLen:
    def __len__(self):
        return 0
class OnlyIter:
    def __iter__(self):
        return iter(())
class Both:
    def __len__(self):
        return 0
    def __iter__(self):
        return iter(())

print("len only:", kind(OnlyLen()))
print("iter only:", kind(OnlyIter()))
try:
    kind(Both())
except RuntimeError as e:
    print("RuntimeError:", e)

@kind.register
def _(x: list):
    return "list"
print("concrete class wins:", kind([1]))

class Explicit(Sized, Iterable):
    def __len__(self):
        return 0
    def __iter__(self):
        return iter(())
print("explicit bases use MRO:", kind(Explicit()))
@kind.register
def _(x: Container):
    return "container"
print("set (Sized, Iterable, Container):", end=" ")
try:
    print(kind(set()))
except RuntimeError as e:
    print("RuntimeError:", e)
print("cache cleared on register:", kind(OnlyLen()))
