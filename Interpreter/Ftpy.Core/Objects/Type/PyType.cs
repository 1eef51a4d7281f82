using System.Runtime.CompilerServices;
using Ftpy.Runtime;

namespace Ftpy.Objects;

[Flags]
public enum TypeFlags : uint
{
    None = 0,
    HeapType = 1 << 0,
    BaseType = 1 << 1,
    Ready = 1 << 2,
    Abstract = 1 << 3,
    /// <summary>Attributes of the type itself cannot be set (builtin types).</summary>
    Immutable = 1 << 4,
    /// <summary>Instances have a __dict__.</summary>
    HasInstanceDict = 1 << 5,
    /// <summary>Instances support weak references.</summary>
    HasWeakrefs = 1 << 6,
    /// <summary>Functions and method descriptors: binding to an instance makes a bound method,
    /// so LOAD_ATTR may push the unbound callable and self instead.</summary>
    MethodDescriptor = 1 << 7,
    /// <summary>Calls to the type cannot create instances (e.g. NoneType's subclasses).</summary>
    DisallowInstantiation = 1 << 8,
    LongSubclass = 1 << 20,
    ListSubclass = 1 << 21,
    TupleSubclass = 1 << 22,
    BytesSubclass = 1 << 23,
    UnicodeSubclass = 1 << 24,
    DictSubclass = 1 << 25,
    BaseExcSubclass = 1 << 26,
    TypeSubclass = 1 << 27,
    FastSubclassMask = LongSubclass | ListSubclass | TupleSubclass | BytesSubclass | UnicodeSubclass | DictSubclass | BaseExcSubclass | TypeSubclass,
}

/// <summary>
/// A Python type: its name, bases, method resolution order, namespace and the slot table
/// that the interpreter dispatches through (CPython's PyTypeObject).
/// Invariants: <see cref="MroArray"/> starts with the type itself and mirrors <see cref="Mro"/>;
/// <see cref="VersionTag"/> changes whenever this type's or any base's namespace changes, so a
/// cache keyed on (VersionTag, name) is never stale; slots of heap types always agree with the
/// dunder methods found through the MRO.
/// </summary>
public sealed partial class PyType : PyObject
{
    /// <summary>The type of types (<c>type</c>).</summary>
    public static readonly PyType Type = new("type", TypeFlags.BaseType | TypeFlags.TypeSubclass | TypeFlags.HasWeakrefs);

    /// <summary>tp_name: "int", "collections.deque", or a heap type's __name__.</summary>
    public string Name;
    public PyStr? QualName;
    public PyType? Base;
    public PyTuple Bases = null!;
    public PyTuple Mro = null!;
    public PyType[] MroArray = Array.Empty<PyType>();
    public PyDict Dict = null!;
    public TypeFlags Flags;
    public uint VersionTag;
    readonly List<WeakReference<PyType>> _subclasses = new();
    /// <summary>The builtin type whose C# layout instances of this type use (the "solid base").</summary>
    public PyType SolidBase = null!;
    /// <summary>Names from __slots__, in slot-index order, for heap types (including inherited ones).</summary>
    public string[] SlotNames = Array.Empty<string>();
    /// <summary>Builds an empty instance of a heap type whose solid base is this builtin type.</summary>
    public Func<PyType, PyObject>? AllocInstance;
    /// <summary>Set while this type is a poisoned sentinel for freed objects of <see cref="PoisonOf"/>.</summary>
    public PyType? PoisonOf;
    PyType? _poisoned;
    /// <summary>Documentation for __doc__ of builtin types.</summary>
    public string? Doc;

    // ---- slots ----
    public UnaryFunc? tp_repr, tp_str;
    public HashFunc? tp_hash;
    public RichCompareFunc? tp_richcompare;
    public GetAttrFunc? tp_getattro;
    public SetAttrFunc? tp_setattro;
    public VectorcallFunc? tp_call;
    public UnaryFunc? tp_iter;
    public IterNextFunc? tp_iternext;
    public DescrGetFunc? tp_descr_get;
    public DescrSetFunc? tp_descr_set;
    public NewFunc? tp_new;
    public InitFunc? tp_init;
    public FinalizeFunc? tp_finalize;
    /// <summary>nb_add..nb_xor then nb_inplace_add..nb_inplace_xor, indexed by <see cref="BinaryOp"/>.</summary>
    public readonly BinaryFunc?[] nb_binary = new BinaryFunc?[26];
    public TernaryFunc? nb_power_ternary;
    public BinaryFunc? nb_divmod;
    public UnaryFunc? nb_negative, nb_positive, nb_absolute, nb_invert, nb_int, nb_float, nb_index;
    public BoolFunc? nb_bool;
    public LenFunc? sq_length, mp_length;
    public BinaryFunc? sq_concat, sq_inplace_concat;
    public SeqItemFunc? sq_item;
    public SeqItemFunc? sq_repeat, sq_inplace_repeat;
    public ContainsFunc? sq_contains;
    public BinaryFunc? mp_subscript;
    public AssSubscriptFunc? mp_ass_subscript;

    static uint s_nextVersion;

    /// <summary>A builtin type object; its namespace and slots are filled by <see cref="TypeSystem"/>.</summary>
    internal PyType(string name, TypeFlags flags = TypeFlags.BaseType) : base(null, immortal: true)
    {
        Name = name;
        Flags = flags | TypeFlags.Immutable;
        VersionTag = NextVersion();
    }

    /// <summary>A heap type created by a class statement or type(name, bases, dict).</summary>
    internal PyType(PyType metatype, string name) : base(metatype)
    {
        Name = name;
        Flags = TypeFlags.HeapType | TypeFlags.BaseType;
        VersionTag = NextVersion();
    }

    internal static uint NextVersion() => Interlocked.Increment(ref s_nextVersion);

    public bool IsHeapType => (Flags & TypeFlags.HeapType) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool HasFlag(TypeFlags f) => (Flags & f) != 0;

    /// <summary>The type's __name__: tp_name after its last dot for builtin types ("collections.deque"
    /// is "deque"); a heap type's name as given.</summary>
    public string ShortName
    {
        get
        {
            if (IsHeapType) return Name;
            int dot = Name.LastIndexOf('.');
            return dot < 0 ? Name : Name[(dot + 1)..];
        }
    }

    /// <summary>True when this type is <paramref name="other"/> or a subtype of it (PyType_IsSubtype).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsSubtype(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        var mro = MroArray;
        for (int i = 1; i < mro.Length; i++)
            if (ReferenceEquals(mro[i], other)) return true;
        return false;
    }

    /// <summary>Looks a name up along the MRO without invoking descriptors (_PyType_Lookup);
    /// returns a borrowed reference or null.</summary>
    public PyObject? Lookup(PyStr name) => TypeLookupCache.Lookup(this, name);

    public PyObject? Lookup(string name) => Lookup(PyStr.Intern(name));

    internal PyObject? LookupUncached(PyStr name)
    {
        foreach (var t in MroArray)
        {
            var v = t.Dict.GetItemBorrowed(name);
            if (v is not null) return v;
        }
        return null;
    }

    /// <summary>Invalidates caches for this type and every subclass (PyType_Modified).</summary>
    public void Modified()
    {
        VersionTag = NextVersion();
        foreach (var sub in Subclasses()) sub.Modified();
    }

    internal void AddSubclass(PyType sub)
    {
        lock (_subclasses) _subclasses.Add(new WeakReference<PyType>(sub));
    }

    internal void RemoveSubclass(PyType sub)
    {
        lock (_subclasses) _subclasses.RemoveAll(w => !w.TryGetTarget(out var t) || ReferenceEquals(t, sub));
    }

    public List<PyType> Subclasses()
    {
        var result = new List<PyType>();
        lock (_subclasses)
        {
            foreach (var w in _subclasses)
                if (w.TryGetTarget(out var t) && !t.IsFreed) result.Add(t);
        }
        return result;
    }

    /// <summary>The sentinel type freed objects of this type get: every slot is a fatal error.</summary>
    internal PyType Poisoned => _poisoned ??= MakePoisoned();

    PyType MakePoisoned()
    {
        var p = new PyType(Name, TypeFlags.None) { PoisonOf = this, ob_type = ob_type };
        p.Dict = Dict;
        p.MroArray = new[] { p };
        p.Mro = Mro;
        p.Bases = Bases;
        p.SolidBase = p;
        PoisonSlots.Fill(p, this);
        return p;
    }

    /// <summary>What "Exception ignored in:" names for a failing finalizer of <paramref name="o"/>.</summary>
    internal PyObject LookupForUnraisable(PyObject o) => Lookup("__del__") ?? o;

    public override string ToString() => $"<class '{Name}'>";
}
