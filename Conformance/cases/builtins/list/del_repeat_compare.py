# description: del on list items/slices, list * n aliasing, lexicographic comparisons, membership by identity-or-equality
# features: [builtins, list, operators]
# expect: output
a = list(range(10))
del a[0]
del a[-1]
print("del ends:", a)
del a[::3]
print("del ::3:", a)
del a[1:3]
print("del 1:3:", a)
del a[10:20]
print("del beyond:", a)
del a[::-2]
print("del ::-2:", a)
try:
    del a[10]
except IndexError as e:
    print("del out of range ! IndexError:", e)
grid = [[0] * 3] * 3
grid[0][0] = 1
print("shared rows:", grid, grid[0] is grid[2])
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print("independent rows:", grid2)
print("repeat:", [1, 2] * 3, [1] * 0, [1] * -5, 2 * ["x"])
r = [[]] * 2
r[0].append("v")
print("repeat aliases:", r)
x = [1, 2]
x *= 2
print("*= in place:", x)
try:
    [1] * 2.0
except TypeError as e:
    print("* float ! TypeError:", e)
try:
    [1] * (2**70)
except (OverflowError, MemoryError) as e:
    print("* huge !", type(e).__name__)
print("compare:", [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, 2] == [1.0, 2.0])
print("compare nested:", [[1, 2], 3] < [[1, 3], 0], [1, [2]] == [1, [2]])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("compare mixed ! TypeError:", e)
print("mixed stops early:", [1, "a"] < [2, 2])
print("== different types:", [1] == (1,), [1] != (1,))
nan = float("nan")
print("in identity:", nan in [nan], [nan] == [nan], [nan] == [float("nan")])
class Eq:
    def __eq__(self, other):
        return True
print("in uses __eq__:", 5 in [Eq()], [Eq()].count(1), [Eq()].index("x"))
print("concat:", [1] + [2], end=" ")
try:
    [1] + (2,)
except TypeError as e:
    print("| list + tuple ! TypeError:", e)
y = [1]
y += (2, 3)
y += "ab"
print("+= accepts iterable:", y)
