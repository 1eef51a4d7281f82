# description: for loops with else, loop variable after the loop, and mutation during iteration
# features: [control-flow, list]
# expect: output

def first_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return f"{n} prime"
    return f"{n} divisible by {d}"

print([first_divisor(n) for n in (7, 9, 13, 15)])

# loop variable keeps the last value; untouched by empty loop
for i in range(4):
    pass
print("after loop:", i)
i = "unchanged"
for i in []:
    pass
print("after empty loop:", i)

# for-else with empty iterable runs else
for x in ():
    print("never")
else:
    print("empty else ran")

# target can be any assignment target
d = {}
for d["k"] in "abc":
    pass
print("subscript target:", d)

class Obj:
    pass
o = Obj()
for o.attr in [1, 2]:
    pass
print("attribute target:", o.attr)

pairs = []
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    pairs.append(a + b + c)
print("nested unpack:", pairs)

# appending while iterating a list extends iteration
lst = [1, 2, 3]
seen = []
for v in lst:
    seen.append(v)
    if v < 3 and len(lst) < 6:
        lst.append(v * 10)
print("grown:", seen)

# removing while iterating skips elements
lst = [1, 2, 3, 4]
visited = []
for v in lst:
    visited.append(v)
    lst.remove(v)
print("shrunk visited:", visited, "left:", lst)

# reassigning the loop variable does not affect iteration
out = []
for k in range(3):
    out.append(k)
    k = 100
print("reassign:", out)

# iterating over a string, range with negative step
print("range:", [n for n in range(10, 0, -3)])
for ch in "hé":
    print("char:", ch, ord(ch))
