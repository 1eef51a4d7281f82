# description: an uncaught KeyError from a nested call after partial output
# features: [exceptions, dict]
# expect: exception KeyError

def lookup(table, names):
    out = []
    for n in names:
        out.append(table[n])
        print("found", n)
    return out

lookup({"a": 1, "b": 2}, ["a", "b", "c", "d"])
