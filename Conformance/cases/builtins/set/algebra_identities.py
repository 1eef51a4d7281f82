# description: set algebra identities (De Morgan, distributivity, symmetric difference) over many generated sets
# features: [builtins, set]
# expect: output
universe = set(range(30))
sets = [set(range(i, 30, k)) for i in range(3) for k in (2, 3, 5, 7)] + [set(), universe]
ok = {"de morgan": True, "distributive": True, "symdiff": True, "absorption": True, "subset": True, "methods": True}
for a in sets:
    for b in sets:
        if universe - (a | b) != (universe - a) & (universe - b):
            ok["de morgan"] = False
        if a ^ b != (a - b) | (b - a):
            ok["symdiff"] = False
        if a | (a & b) != a or a & (a | b) != a:
            ok["absorption"] = False
        if (a <= b) != (a & b == a) or (a < b) != (a <= b and a != b):
            ok["subset"] = False
        if a.union(b) != a | b or a.intersection(list(b)) != a & b or a.difference(iter(b)) != a - b:
            ok["methods"] = False
        for c in sets[:6]:
            if a & (b | c) != (a & b) | (a & c):
                ok["distributive"] = False
for k, v in ok.items():
    print(k, v)
print("pairs checked:", len(sets) ** 2)
print("sample:", sorted(sets[1] ^ sets[2])[:8], sorted(sets[0] & sets[5]))
