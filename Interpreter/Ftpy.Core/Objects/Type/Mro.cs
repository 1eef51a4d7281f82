using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>C3 linearization (the method resolution order of PEP 253 / Python 2.3).</summary>
static class Mro
{
    public static List<PyType> Compute(PyType type, IReadOnlyList<PyType> bases)
    {
        for (int i = 0; i < bases.Count; i++)
            for (int j = i + 1; j < bases.Count; j++)
                if (ReferenceEquals(bases[i], bases[j]))
                    throw PyErr.TypeError($"duplicate base class {bases[i].ShortName}");
        var sequences = new List<List<PyType>>();
        foreach (var b in bases) sequences.Add(new List<PyType>(b.MroArray));
        sequences.Add(new List<PyType>(bases));
        var result = new List<PyType> { type };
        while (true)
        {
            sequences.RemoveAll(s => s.Count == 0);
            if (sequences.Count == 0) return result;
            PyType? candidate = null;
            foreach (var seq in sequences)
            {
                var head = seq[0];
                bool inTail = false;
                foreach (var other in sequences)
                {
                    for (int k = 1; k < other.Count; k++)
                        if (ReferenceEquals(other[k], head)) { inTail = true; break; }
                    if (inTail) break;
                }
                if (!inTail) { candidate = head; break; }
            }
            if (candidate is null)
            {
                var names = new List<string>();
                foreach (var seq in sequences)
                    if (!names.Contains(seq[0].ShortName)) names.Add(seq[0].ShortName);
                throw PyErr.TypeError("Cannot create a consistent method resolution order (MRO) for bases " + string.Join(", ", names));
            }
            result.Add(candidate);
            foreach (var seq in sequences)
                if (ReferenceEquals(seq[0], candidate)) seq.RemoveAt(0);
        }
    }
}
