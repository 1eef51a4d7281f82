using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>
/// The itertools module: lazy iterator building blocks implemented in C#, with CPython 3.13's
/// constructors, reprs and error messages. Each iterator owns references to what it walks and
/// drops them as soon as it is exhausted.
/// </summary>
public static partial class ItertoolsModule
{
    // A method rather than a static field: the type fields live in other parts of this partial
    // class, whose static initializers may run after this file's.
    static (PyType Type, Action<PyType> Setup)[] Types() => new (PyType, Action<PyType>)[]
    {
        (CountType, SetupCount), (CycleType, SetupCycle), (RepeatType, SetupRepeat),
        (AccumulateType, SetupAccumulate), (BatchedType, SetupBatched), (ChainType, SetupChain),
        (CompressType, SetupCompress), (DropWhileType, SetupDropWhile), (TakeWhileType, SetupTakeWhile),
        (FilterFalseType, SetupFilterFalse), (GroupByType, SetupGroupBy), (GrouperType, SetupGrouper),
        (ISliceType, SetupISlice), (PairwiseType, SetupPairwise), (StarMapType, SetupStarMap),
        (TeeDataType, SetupTeeData), (TeeType, SetupTee), (ZipLongestType, SetupZipLongest),
        (ProductType, SetupProduct), (PermutationsType, SetupPermutations), (CombinationsType, SetupCombinations),
        (CwrType, SetupCwr),
    };

    public static PyModule Create(InterpreterState interp)
    {
        var types = Types();
        foreach (var (t, setup) in types) TypeSystem.ReadyStatic(t, null, setup);
        var m = new PyModule("itertools");
        m.Dict.SetItem("__doc__", PyStr.From("Functional tools for creating and using iterators."));
        foreach (var (t, _) in types)
        {
            if (t == GrouperType || t == TeeDataType) continue;
            m.Add(t == TeeType ? "_tee" : t.ShortName, t);
        }
        m.Add("_grouper", GrouperType);
        m.Add("_tee_dataobject", TeeDataType);
        m.AddFunction(new MethodDef("tee", Tee));
        return m;
    }

    /// <summary>tp_iter returns the iterator itself; tp_iternext is <see cref="PyIteratorBase.Next"/>,
    /// where a StopIteration raised by a called function or an inner iterator ends the
    /// iteration (CPython's consumers treat a StopIteration out of tp_iternext as exhaustion).</summary>
    static void SetupIter(PyType t)
    {
        t.tp_iter = o => Py.NewRef(o);
        t.tp_iternext = o =>
        {
            try { return ((PyIteratorBase)o).Next(); }
            catch (PyException e) when (e.Matches(ExceptionTypes.StopIteration))
            {
                e.Release();
                return null;
            }
        };
    }

    /// <summary>Builtin types reject keywords only when called as themselves (subclasses may take them).</summary>
    static void NoKeywordsFor(PyType exact, PyType type, string name, PyTuple? kwnames)
    {
        if (ReferenceEquals(type, exact) || type.tp_init == exact.tp_init) ArgParser.NoKeywords(name, kwnames);
    }

    /// <summary>The name a repr starts with: the type's own name (a subclass's name for subclasses).</summary>
    static string ReprName(PyObject o) => o.ob_type.ShortName;

    static PyTuple TupleOf(PyObject[] items, int count)
    {
        var a = new PyObject[count];
        for (int i = 0; i < count; i++) a[i] = Py.NewRef(items[i]);
        return PyTuple.Steal(a);
    }

    /// <summary>Every item of an iterable as an owned array (the pools of the combinatoric iterators).</summary>
    static PyObject[] Pool(PyObject iterable)
    {
        var items = Py.ToList(iterable);
        return items.ToArray();
    }

    static void ReleaseAll(PyObject[]? items)
    {
        if (items is null) return;
        foreach (var x in items) Py.Decref(x);
    }
}
