using Xunit;

namespace Ftpy.Tests.Objects;

/// <summary>Class creation, metaclasses, MRO, __slots__, __class__ and __bases__ assignment.
/// Expected outputs are CPython 3.13's.</summary>
public class TypeModelTests
{
    static void Check(string source, params string[] expected) => Assert.Equal(expected, PythonRunner.Lines(source));

    [Fact]
    public void ClassKeywordsReachInitSubclassThroughType() => Check("""
        class Base:
            def __init_subclass__(cls, /, tag=None, **kw):
                print(cls.__name__, tag)
        class A(Base, tag="t"): pass
        try:
            class B(object, flag=True): pass
        except TypeError as e:
            print(e)
        """, "A t", "B.__init_subclass__() takes no keyword arguments");

    [Fact]
    public void TypeCallWithThreeArgumentsUsesTheMostDerivedMetaclass() => Check("""
        class M(type): pass
        class A(metaclass=M): pass
        print(type(type("D", (A,), {})).__name__)
        try:
            type("X", (1,), {})
        except TypeError as e:
            print(e)
        try:
            type(1, x=1)
        except TypeError as e:
            print(e)
        try:
            type.__new__(type, 1)
        except TypeError as e:
            print(e)
        """, "M", "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        "type() takes no keyword arguments", "type.__new__() takes exactly 3 arguments (1 given)");

    [Fact]
    public void ReassigningBasesRecomputesSubclassMros() => Check("""
        class A: pass
        class X: pass
        class Q(A): pass
        class R(Q): pass
        Q.__bases__ = (X,)
        print([c.__name__ for c in R.__mro__], [c.__name__ for c in A.__subclasses__()])
        try:
            Q.__bases__ = ()
        except TypeError as e:
            print(e)
        """, "['R', 'Q', 'X', 'object'] []", "can only assign non-empty tuple to Q.__bases__, not ()");

    [Fact]
    public void SlotsLayoutsConflictAndVarSizedBasesRefuseSlots() => Check("""
        class SA: __slots__ = ("a",)
        class SB: __slots__ = ("b",)
        class SD: __slots__ = ()
        for bases in ((SA, SB), (SA, SD)):
            try:
                print(type("C", bases, {}).__name__)
            except TypeError as e:
                print(e)
        try:
            type("I", (int,), {"__slots__": ("a",)})
        except TypeError as e:
            print(e)
        s = SA()
        try:
            del s.a
        except AttributeError as e:
            print(repr(e))
        """, "multiple bases have instance lay-out conflict", "C", "nonempty __slots__ not supported for subtype of 'int'", "AttributeError('a')");

    [Fact]
    public void ClassAssignmentFollowsLayoutRules() => Check("""
        import sys
        class P: pass
        class Q: pass
        class S: __slots__ = ("a",)
        o = P()
        o.__class__ = Q
        print(type(o).__name__)
        for target, new in ((o, S), (1, bool), (o, int)):
            try:
                target.__class__ = new
            except TypeError as e:
                print(e)
        class MySub(type(sys)): pass
        m = type(sys)("m")
        m.__class__ = MySub
        print(type(m).__name__, repr(m))
        """, "Q", "__class__ assignment: 'S' object layout differs from 'Q'",
        "__class__ assignment only supported for mutable types or ModuleType subclasses",
        "__class__ assignment only supported for mutable types or ModuleType subclasses", "MySub <module 'm'>");

    [Fact]
    public void ObjectSetattrCannotBypassTypeSetattr() => Check("""
        for f in (lambda: object.__setattr__(int, "x", 1), lambda: object.__delattr__(int, "x"), lambda: object.__setattr__(1, "x", 1)):
            try:
                f()
            except (TypeError, AttributeError) as e:
                print(type(e).__name__, e)
        """, "TypeError can't apply this __setattr__ to type object", "TypeError can't apply this __delattr__ to type object",
        "AttributeError 'int' object has no attribute 'x' and no __dict__ for setting new attributes");

    [Fact]
    public void ObjectInitAndNewArgumentErrors() => Check("""
        class C: pass
        class L(list): pass
        for f in (lambda: object.__init__(C(), 1), lambda: C(1), lambda: object.__new__(int), lambda: object.__new__(L)):
            try:
                f()
            except TypeError as e:
                print(e)
        """, "C.__init__() takes exactly one argument (the instance to initialize)", "C() takes no arguments",
        "object.__new__(int) is not safe, use int.__new__()", "object.__new__(L) is not safe, use L.__new__()");

    [Fact]
    public void GetattrFallbackCatchesAttributeErrorFromProperty() => Check("""
        class F:
            @property
            def prop(self):
                raise AttributeError("inner")
            def __getattr__(self, name):
                return "fallback " + name
        print(F().prop)
        """, "fallback prop");

    [Fact]
    public void LenResultGoesThroughIndex() => Check("""
        class I:
            def __index__(self): return 3
        class L:
            def __len__(self): return I()
        class N:
            def __len__(self): return -1
        print(len(L()))
        try:
            len(N())
        except ValueError as e:
            print(e)
        class Q:
            def __setitem__(self, k, v): pass
        try:
            del Q()[1]
        except AttributeError as e:
            print(repr(e))
        """, "3", "__len__() should return >= 0", "AttributeError('__delitem__')");

    [Fact]
    public void ReadonlyMembersSayReadonlyAttribute() => Check("""
        def f(): pass
        for obj, name in ((staticmethod(f), "__func__"), (property(f), "fget"), (f, "__globals__")):
            try:
                setattr(obj, name, None)
            except AttributeError as e:
                print(e)
        print(property(f).__name__)
        """, "readonly attribute", "readonly attribute", "readonly attribute", "f");

    [Fact]
    public void ModuleReprAndBuiltinFunctionSelf() => Check("""
        import sys
        print(repr(type(sys)("m")), repr(sys), len.__self__.__name__, sys.exit.__self__ is sys)
        try:
            sys.intern(x=1)
        except TypeError as e:
            print(e)
        """, "<module 'm'> <module 'sys' (built-in)> builtins True", "sys.intern() takes no keyword arguments");

    [Fact]
    public void SuperChecksItsSecondArgument() => Check("""
        try:
            super(int, "s")
        except TypeError as e:
            print(e)
        """, "super(type, obj): obj (instance of str) is not an instance or subtype of type (int).");

    [Fact]
    public void InstancesOfStrAndIntSubclassesAreGcTrackedSoTheirCyclesAreCollected() => Check("""
        import gc, weakref
        class S(str): pass
        class I(int): __slots__ = ()
        print(gc.is_tracked(S("x")), gc.is_tracked(I(5)), gc.is_tracked("x"))
        S.member = S("x")
        I.member = I(7)
        rs, ri = weakref.ref(S), weakref.ref(I)
        del S, I
        gc.collect()
        print(rs() is None, ri() is None)
        """, "True True False", "True True");
}
