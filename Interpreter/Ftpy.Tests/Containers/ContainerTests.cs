using Xunit;

namespace Ftpy.Tests.Containers;

/// <summary>list, dict, set, range, slice and iterator behaviour whose expected values were
/// printed by CPython 3.13 (PYTHONHASHSEED=0) for the same programs.</summary>
public class ContainerTests
{
    static void Expect(string expected, string program) => Assert.Equal(expected, PythonRun.Output(program));

    [Fact]
    public void SetIterationOrderFollowsSetobjectProbing() => Expect(
        "[32, 0, 1, 8, 9, 16, 24]\n[1000000, 1099511627776, 2305843009213693951, 2305843009213693952, 7, -2, -5, -1]",
        """
        s = set()
        for x in [8, 16, 0, 24, 32, 1, 9]: s.add(x)
        print(list(s))
        s = set()
        for x in [-1, -2, -5, 7, 1000000, 2**40, 2**61-1, 2**61]: s.add(x)
        print(list(s))
        """);

    [Fact]
    public void SetDisplayOfConstantsIsBuiltLikeCPython() => Expect(
        "[32, 0, 1, 16, 8, 9, 24]\n['banana', 'fig', 'cherry', 'apple', 'date', 'elderberry']",
        """
        print(list({8, 16, 0, 24, 32, 1, 9}))
        print(list({'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig'}))
        """);

    [Fact]
    public void DeletedSlotsAreReusedAndPopFollowsTheFinger() => Expect(
        "[1, 2, 4, 5, 7] [8, 10, 11, 13, 14, 16, 17, 19, 20, 22]",
        """
        s = set(range(100))
        for i in range(0, 100, 3): s.discard(i)
        s.update(range(1000, 1020))
        print([s.pop() for _ in range(5)], list(s)[:10])
        """);

    [Fact]
    public void FrozensetHashIsCPythons() => Expect(
        "-272375401224217160 133146708735736 4411996150312757951 1679668661828516449",
        "print(hash(frozenset([1,2,3])), hash(frozenset()), hash(frozenset(range(100))), hash(frozenset(['a','b'])))");

    [Fact]
    public void SortMakesTimsortsComparisons() => Expect(
        "2095 [0, 0, 0, 1, 1, 1, 2, 2]",
        """
        n = 0
        class K:
            def __init__(self, v): self.v = v
            def __lt__(self, o):
                global n
                n += 1
                return self.v < o.v
        xs = [K((i * 7919) % 101) for i in range(300)]
        xs.sort()
        print(n, [k.v for k in xs[:8]])
        """);

    [Fact]
    public void SortWithNansOrdersAsCPython() => Expect(
        "[-1.0, 3.0, nan, 1.0, 2.0, nan, 0.5, 7.0, nan, 2.5]",
        "nan = float('nan')\nprint(sorted([3.0, nan, 1.0, 2.0, nan, 0.5, -1.0, 7.0, nan, 2.5]))");

    [Fact]
    public void SortDetectsMutationAndKeepsItemsOnErrors() => Expect(
        "ValueError list modified during sort\n[0, 1, 2, 3]\nValueError boom [3, 1, 2]",
        """
        l = [0, 1, 2, 3]
        try:
            l.sort(key=lambda x: l.append(9) or x)
        except ValueError as e:
            print(type(e).__name__, e)
        print(l)
        l = [3, 1, 2]
        def bad(x):
            if x == 1: raise ValueError("boom")
            return x
        try:
            l.sort(key=bad)
        except ValueError as e:
            print(type(e).__name__, e, l)
        """);

    [Fact]
    public void ReverseSortIsStable() => Expect(
        "[(2, 'b'), (2, 'd'), (1, 'a'), (1, 'c')]",
        "print(sorted([(1, 'a'), (2, 'b'), (1, 'c'), (2, 'd')], key=lambda p: p[0], reverse=True))");

    [Fact]
    public void ListRepeatAliasesItems() => Expect(
        "[[1], [1], [1]] True",
        "l = [[]] * 3\nl[0].append(1)\nprint(l, l[0] is l[2])");

    [Fact]
    public void SliceAssignmentForms() => Expect(
        "[1, 9, 9, 9, 4, 5] ['c', 2, 'b', 4, 'a'] [2, 4] [1, 1, 2, 3, 2, 3]\n! TypeError: must assign iterable to extended slice",
        """
        a = [1, 2, 3, 4, 5]; a[1:3] = [9] * 3
        b = [1, 2, 3, 4, 5]; b[::-2] = 'abc'
        c = [1, 2, 3, 4, 5]; del c[::-2]
        d = [1, 2, 3]; d[1:1] = d
        print(a, b, c, d)
        a[1:2] = 5
        """);

    [Fact]
    public void ListInsertAndPopUseSsizeConversion() => Expect(
        "! OverflowError: Python int too large to convert to C ssize_t",
        "[].insert(10**30, 1)");

    [Fact]
    public void TupleEqualityComparesItemsBeforeLength() => Expect(
        "False ['eq']",
        """
        log = []
        class E:
            def __eq__(self, o):
                log.append('eq')
                return True
        print((E(), 1) == (E(), 1, 2), log)
        """);

    [Fact]
    public void DictPopitemIsLifoAndMixedNumbersCollapse() => Expect(
        "(3, 3) {1: 'c'} {0: 'd'}",
        "print({1: 1, 2: 2, 3: 3}.popitem(), {1: 'a', 1.0: 'b', True: 'c'}, {0: 'a', 0.0: 'b', False: 'c', 0j: 'd'})");

    [Fact]
    public void DictViewSetOperationsPropagateErrors() => Expect(
        "! TypeError: unhashable type: 'list'",
        "{1: []}.items() & {(1, 2)}");

    [Fact]
    public void DictSubclassOverridingIterIsCopiedThroughKeys() => Expect(
        "{'k': 'v'} {'k': 'v'}",
        """
        class D(dict):
            def __iter__(self): return iter(['k'])
            def keys(self): return ['k']
            def __getitem__(self, k): return 'v'
        d = D(a=1)
        print(d.copy(), {**d})
        """);

    [Fact]
    public void RangeWithHugeBounds() => Expect(
        "longrange_iterator 100000000000000000000 99999999999999999999 (<built-in function iter>, (range(1, 10),), None)\n! OverflowError: Python int too large to convert to C ssize_t",
        """
        r = range(10**20)
        it = iter(range(10)); next(it)
        print(type(iter(r)).__name__, iter(r).__length_hint__(), r[-1], it.__reduce__())
        len(r)
        """);

    [Fact]
    public void SliceHashAndReadonlyMembers() => Expect(
        "-2340833382717974474\n! AttributeError: readonly attribute",
        "print(hash(slice(1, 2, 3)))\nslice(1).start = 2");

    [Fact]
    public void IteratorsPickleLikeCPython() => Expect(
        "(<built-in function iter>, ([1, 2, 3],), 1) (<built-in function iter>, ([],)) [3]",
        """
        it = iter([1, 2, 3]); next(it)
        done = iter([]); list(done)
        rest = iter([1, 2, 3]); rest.__setstate__(2)
        print(it.__reduce__(), done.__reduce__(), list(rest))
        """);

    [Fact]
    public void ZipStrictNamesTheShortArgument() => Expect(
        "! ValueError: zip() argument 3 is shorter than arguments 1-2",
        "list(zip([1, 2], [1, 2], [1], strict=True))");

    [Fact]
    public void UnknownKeywordSuggestsTheClosestName() => Expect(
        "! TypeError: sort() got an unexpected keyword argument 'revers'. Did you mean 'reverse'?",
        "[].sort(revers=True)");
}
