# description: isinstance/issubclass with classes, nested tuples, unions, virtual hooks and their error messages
# features: [builtins, classes]
# min-version: 3.10
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

class A: pass
class B(A): pass
show("basic", lambda: (isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, A), issubclass(A, object)))
show("tuple", lambda: (isinstance(1, (str, int)), isinstance(1, ()), issubclass(bool, (str, (float, (int,))))))
show("union", lambda: (isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, str | int)))
show("bool/int", lambda: (isinstance(True, int), isinstance(1, bool), issubclass(bool, int)))
show("type is instance of type", lambda: (isinstance(int, type), isinstance(type, type), isinstance(type, object)))
show("isinstance(1, 1)", lambda: isinstance(1, 1))
show("isinstance(1, (int, 1))", lambda: isinstance(1, (int, 1)))
show("isinstance(1, (1, int))", lambda: isinstance(1, (1, int)))
show("issubclass(1, int)", lambda: issubclass(1, int))
show("issubclass(int, 1)", lambda: issubclass(int, 1))
show("issubclass instance", lambda: issubclass(A(), A))
show("isinstance list[int]", lambda: isinstance([], list[int]))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Virtual(metaclass=Meta):
    pass
show("__instancecheck__", lambda: (isinstance("magic", Virtual), isinstance(Virtual(), Virtual), isinstance(5, Virtual)))
show("__subclasscheck__", lambda: (issubclass(int, Virtual), issubclass(Virtual, Virtual)))
class FakeClass:
    __class__ = int
show("__class__ override", lambda: (isinstance(FakeClass(), int), type(FakeClass()) is int))
show("exact type short-circuit", lambda: isinstance(Virtual(), (Virtual,)))
show("None in tuple", lambda: isinstance(None, (type(None), int)))
show("deep nested tuple", lambda: isinstance(1, ((((((int,),),),),),)))
