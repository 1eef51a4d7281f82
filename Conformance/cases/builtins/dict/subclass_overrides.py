# description: dict subclass overriding __iter__/keys/items: which builtins consult the overrides and which bypass them
# features: [builtins, dict, classes]
# expect: output
class Rev(dict):
    def __iter__(self):
        return reversed(list(dict.__iter__(self)))
    def keys(self):
        return ["only-from-keys"]
    def items(self):
        return [("from", "items")]
r = Rev(a=1, b=2, c=3)
print("list(d) uses __iter__:", list(r))
print("for-loop uses __iter__:", [k for k in r])
print("d.keys() override:", r.keys())
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)
show("dict(d) goes through keys():", lambda: dict(r))
show("{**d}:", lambda: {**r})
show("d.copy():", lambda: r.copy())
print("len/in ignore overrides:", len(r), "a" in r)
print("values() not overridden:", list(r.values()))
show("update(d) from subclass:", lambda: (lambda t: (t.update(r), t)[1])({}))
print("sorted(d):", sorted(r))
print("str.join over d:", "".join(r))
print("repr:", repr(r))
show("dict(d.items()) uses items override:", lambda: dict(r.items()))
print("== plain dict:", r == {"a": 1, "b": 2, "c": 3})
class Default(dict):
    def __getitem__(self, k):
        return dict.get(self, k, "dflt")
dd = Default(x=1)
print("[] override:", dd["x"], dd["missing"], "get unaffected:", dd.get("missing"))
print("format_map uses __getitem__:", "{x} {y}".format_map(dd))
print("%-format uses __getitem__:", "%(x)s %(z)s" % dd)
