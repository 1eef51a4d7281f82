using System.Text;
using Ftpy.Objects;
using Ftpy.Parsing;
using Ftpy.Runtime;
using ThreadState = Ftpy.Runtime.ThreadState;
using Xunit;

namespace Ftpy.Tests.Lifetimes;

/// <summary>Tests that count live objects must not share the process with tests running in
/// parallel (live-object counts are process-wide).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ObjectAccountingCollection
{
    public const string Name = "object accounting";
}

/// <summary>
/// The refleak hunt (CPython's regrtest -R method): every conformance case runs in one
/// interpreter, then again; after each run __main__ is cleared and a collection runs, and the
/// number of live objects (<see cref="ThreadState.LiveObjects"/>) must not grow on the second
/// run. A growth is confirmed by two more runs (a first-run-only cache is not a leak): the case
/// fails when every run after the first grew. Set FTPY_OBJECT_CENSUS=1 to have a failure list
/// the objects left behind.
/// </summary>
[Collection(ObjectAccountingCollection.Name)]
public class LeakTests
{
    /// <summary>Cases that cannot be leak-checked in-process, each with the reason.</summary>
    static readonly Dictionary<string, string> Skipped = new()
    {
        // Cases that start threads are the threading area's; their live counts are not stable.
        ["smoke/threads_append.py"] = "starts threads",
    };

    static readonly TimeSpan CaseTimeLimit = TimeSpan.FromSeconds(30);

    public static IEnumerable<object[]> Cases() =>
        ConformanceCase.All()
            .Where(c => !c.RelativePath.StartsWith("threading/", StringComparison.Ordinal))
            .Where(c => !Skipped.ContainsKey(c.RelativePath))
            .Select(c => new object[] { c.RelativePath });

    [Fact]
    public void SkipListNamesExistingCases()
    {
        var all = ConformanceCase.All().Select(c => c.RelativePath).ToHashSet();
        foreach (var k in Skipped.Keys) Assert.Contains(k, all);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void SecondRunDoesNotGrowLiveObjects(string relativePath)
    {
        var c = ConformanceCase.Load(ConformanceCase.CasesRoot, relativePath);
        string source = SourceDecoder.Decode(File.ReadAllBytes(c.FullPath), c.FileName);
        string report = InterpreterThread.Run(() => Check(c, source), CaseTimeLimit);
        Assert.True(report.Length == 0, report);
    }

    /// <summary>Runs the case up to four times; returns "" when a run after the first did not
    /// grow the live-object count, else a description of the growth.</summary>
    static string Check(ConformanceCase c, string source)
    {
        var runner = InProcessRunner.Create(c);
        try
        {
            runner.RunMain(source, c.FileName);
            string firstOutput = runner.Stdout;
            long before = ThreadState.LiveObjects;
            var deltas = new List<long>();
            string? leaked = null;
            long previousMark = -1;
            for (int run = 2; run <= 4; run++)
            {
                runner.ClearOutput();
                long mark = ObjectCensus.Enabled ? ObjectCensus.Mark() : 0;
                runner.RunMain(source, c.FileName);
                long after = ThreadState.LiveObjects;
                deltas.Add(after - before);
                if (after <= before) return "";
                // Objects a run allocated that outlived the run after it (a run's __main__
                // module is only replaced by the next one) are the leak.
                if (ObjectCensus.Enabled && run == 3) leaked = DescribeCensus(ObjectCensus.LiveBetween(previousMark, mark));
                previousMark = mark;
                before = after;
            }
            var sb = new StringBuilder();
            sb.Append($"{c.RelativePath}: live objects grew on every run after the first: +{string.Join(", +", deltas)}");
            if (leaked is not null) sb.Append(leaked);
            else sb.Append(" (run with FTPY_OBJECT_CENSUS=1 to list them)");
            sb.Append("\nstderr of the last run:\n").Append(Tail(runner.Stderr));
            _ = firstOutput;
            return sb.ToString();
        }
        finally
        {
            runner.Dispose();
        }
    }

    static string DescribeCensus(List<PyObject> leaked)
    {
        var sb = new StringBuilder();
        sb.Append("\nleft behind by the second run:");
        foreach (var group in leaked.GroupBy(o => o.ob_type.Name).OrderByDescending(g => g.Count()))
        {
            sb.Append($"\n  {group.Count()} x {group.Key}:");
            foreach (var o in group.Take(5)) sb.Append("\n      ").Append(SafeRepr(o)).Append($"  (refcount {o.RefCount})");
        }
        return sb.ToString();
    }

    static string SafeRepr(PyObject o)
    {
        // A tuple still being filled (or cleared by the collector) has null items: name the
        // item types instead of calling repr on them.
        if (o is PyTuple t && Array.IndexOf(t.Items, null) >= 0)
            return "(" + string.Join(", ", t.Items.Select(i => i is null ? "<null>" : $"<{i.ob_type.Name}>")) + ")";
        try
        {
            string r = Py.ReprString(o);
            return r.Length > 160 ? r[..160] + "..." : r;
        }
        catch (PyException e)
        {
            e.Release();
            return $"<{o.ob_type.Name} object: repr failed>";
        }
        catch (NullReferenceException)
        {
            // A container that holds a half-built or cleared object.
            return $"<{o.ob_type.Name} object: repr met a null item>";
        }
    }

    static string Tail(string s) => s.Length > 2000 ? "..." + s[^2000..] : s;
}
