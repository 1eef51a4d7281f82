using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules.Math;

/// <summary>math's functions of many values: fsum, prod, sumprod, hypot, dist.</summary>
public static partial class MathModule
{
    static void AddSequenceFunctions(PyModule m)
    {
        m.AddFunction(new MethodDef("fsum", (PyObject self, PyObject seq) => F(MathFunctions.Fsum(Doubles(seq))), Doc("fsum")));
        m.AddFunction(new MethodDef("hypot", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            var coordinates = new double[a.Length];
            for (int i = 0; i < a.Length; i++) coordinates[i] = ToDouble(a[i]);
            return F(MathFunctions.Hypot(coordinates));
        }, Doc("hypot")));
        m.AddFunction(new MethodDef("dist", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("dist", a, 2, 2);
            return F(Dist(a[0], a[1]));
        }, Doc("dist")));
        m.AddFunction(new MethodDef("prod", (PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        {
            Span<PyObject?> v = new PyObject?[2];
            ArgParser.Parse("prod", args, kw, new[] { "iterable", "start" }, 1, v, posOnly: 1, kwOnlyStart: 1);
            return Prod(v[0]!, v[1] ?? PyInt.One);
        }, Doc("prod")));
        m.AddFunction(new MethodDef("sumprod", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("sumprod", a, 2, 2);
            return SumProd(a[0], a[1]);
        }, Doc("sumprod")));
    }

    /// <summary>The items of an iterable as floats, converted one at a time as they are consumed.</summary>
    static IEnumerable<double> Doubles(PyObject iterable)
    {
        var it = Py.GetIter(iterable);
        return Iterate(it);

        static IEnumerable<double> Iterate(PyObject it)
        {
            try
            {
                while (Py.IterNext(it) is { } item)
                {
                    double d;
                    try { d = ToDouble(item); }
                    finally { Py.Decref(item); }
                    yield return d;
                }
            }
            finally { Py.Decref(it); }
        }
    }

    /// <summary>math.dist: non-tuple points become tuples; coordinates convert in the order p[i], q[i].</summary>
    static double Dist(PyObject p, PyObject q)
    {
        var pt = p is PyTuple tp ? (PyTuple)Py.NewRef(tp) : PyTuple.Steal(Py.ToList(p).ToArray());
        try
        {
            var qt = q is PyTuple tq ? (PyTuple)Py.NewRef(tq) : PyTuple.Steal(Py.ToList(q).ToArray());
            try
            {
                if (pt.Count != qt.Count) throw PyErr.ValueError("both points must have the same number of dimensions");
                var pd = new double[pt.Count];
                var qd = new double[qt.Count];
                for (int i = 0; i < pd.Length; i++)
                {
                    pd[i] = ToDouble(pt.Items[i]);
                    qd[i] = ToDouble(qt.Items[i]);
                }
                return MathFunctions.Dist(pd, qd);
            }
            finally { Py.Decref(qt); }
        }
        finally { Py.Decref(pt); }
    }

    /// <summary>math.prod: start * item * item ... with the ordinary * operator.</summary>
    static PyObject Prod(PyObject iterable, PyObject start)
    {
        var it = Py.GetIter(iterable);
        PyObject result = Py.NewRef(start);
        try
        {
            while (Py.IterNext(it) is { } item)
            {
                PyObject product;
                try { product = Py.BinaryOp(result, item, BinaryOp.Multiply); }
                finally { Py.Decref(item); }
                Py.Decref(result);
                result = product;
            }
            return result;
        }
        catch
        {
            Py.Decref(result);
            throw;
        }
        finally { Py.Decref(it); }
    }

    /// <summary>
    /// math.sumprod as CPython computes it: a C long accumulator while both items are exact
    /// ints and nothing overflows, then an extended-precision accumulator while the items are
    /// floats (or a float and an exact int), then ordinary * and +. Each fast path, once left,
    /// is not taken again; its partial total is added to the generic total when it is left.
    /// </summary>
    static PyObject SumProd(PyObject p, PyObject q)
    {
        var pIt = Py.GetIter(p);
        PyObject? qIt = null;
        PyObject total = PyInt.Zero;
        try
        {
            qIt = Py.GetIter(q);
            bool intPath = true, intInUse = false, floatPath = true;
            long intTotal = 0;
            var floatTotal = new MathFunctions.SumProdAccumulator();
            while (true)
            {
                var pi = Py.IterNext(pIt);
                PyObject? qi;
                try { qi = Py.IterNext(qIt); }
                catch { Py.XDecref(pi); throw; }
                try
                {
                    if ((pi is null) != (qi is null)) throw PyErr.ValueError("Inputs are not the same length");
                    bool finished = pi is null;

                    if (intPath)
                    {
                        if (!finished && pi!.ob_type == PyInt.Type && qi!.ob_type == PyInt.Type
                            && !((PyInt)pi).IsBig && !((PyInt)qi).IsBig
                            && !MultiplyOverflows(((PyInt)pi).Small, ((PyInt)qi).Small, out long product)
                            && !AddOverflows(intTotal, product))
                        {
                            intTotal += product;
                            intInUse = true;
                            continue;
                        }
                        intPath = false;
                        if (intInUse)
                        {
                            AddToTotal(ref total, PyInt.From(intTotal));
                            intInUse = false;
                        }
                    }

                    if (floatPath)
                    {
                        if (!finished && FloatPair(pi!, qi!, out double x, out double y) && floatTotal.TryAdd(x, y)) continue;
                        floatPath = false;
                        if (floatTotal.InUse) AddToTotal(ref total, PyFloat.From(floatTotal.Result()));
                    }

                    if (finished) return total;
                    AddToTotal(ref total, Py.BinaryOp(pi!, qi!, BinaryOp.Multiply));
                }
                finally
                {
                    Py.XDecref(pi);
                    Py.XDecref(qi);
                }
            }
        }
        catch
        {
            Py.Decref(total);
            throw;
        }
        finally
        {
            Py.Decref(pIt);
            Py.XDecref(qIt);
        }
    }

    /// <summary>total = total + term, consuming the term.</summary>
    static void AddToTotal(ref PyObject total, PyObject term)
    {
        PyObject sum;
        try { sum = Py.BinaryOp(total, term, BinaryOp.Add); }
        finally { Py.Decref(term); }
        Py.Decref(total);
        total = sum;
    }

    /// <summary>sumprod's float path: two exact floats, or an exact float and an exact int or bool that converts.</summary>
    static bool FloatPair(PyObject p, PyObject q, out double x, out double y)
    {
        bool pf = p.ob_type == PyFloat.Type, qf = q.ob_type == PyFloat.Type;
        x = y = 0;
        if (pf && qf)
        {
            x = ((PyFloat)p).Value;
            y = ((PyFloat)q).Value;
            return true;
        }
        if (pf && IsExactIntOrBool(q) && TryIntToDouble((PyInt)q, out y))
        {
            x = ((PyFloat)p).Value;
            return true;
        }
        if (qf && IsExactIntOrBool(p) && TryIntToDouble((PyInt)p, out x))
        {
            y = ((PyFloat)q).Value;
            return true;
        }
        return false;
    }

    static bool IsExactIntOrBool(PyObject o) => o.ob_type == PyInt.Type || o.ob_type == PyBool.Type;

    static bool TryIntToDouble(PyInt i, out double d)
    {
        if (!i.IsBig)
        {
            d = i.Small;
            return true;
        }
        double m = Objects.Numbers.IntConvert.Frexp(i.Big, out long e);
        d = e > 1024 ? 0 : System.Math.ScaleB(m, (int)e);
        return e <= 1024;
    }

    static bool MultiplyOverflows(long a, long b, out long product)
    {
        long high = System.Math.BigMul(a, b, out long low);
        product = low;
        return (high != 0 || low < 0) && (high != -1 || low >= 0);
    }

    static bool AddOverflows(long total, long product) =>
        (total > 0 && product > long.MaxValue - total) || (total < 0 && product < long.MinValue - total);
}
