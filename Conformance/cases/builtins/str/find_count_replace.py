# description: find/rfind/index/rindex/count/replace with start/end bounds, empty needles and counts
# features: [builtins, str]
# min-version: 3.13
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

s = "abracadabra"
show("find a", lambda: [s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("a", -3), s.find("a", 4, -4)])
show("rfind a", lambda: [s.rfind("a"), s.rfind("a", 0, -1), s.rfind("a", -100, 2), s.rfind("bra", 0, 8)])
show("find missing", lambda: [s.find("z"), s.find("abracadabraa"), s.find("a", 20)])
show("find empty", lambda: [s.find(""), s.find("", 5), s.find("", 11), s.find("", 12), s.rfind(""), s.rfind("", 3, 5)])
show("index", lambda: s.index("cad"))
show("index missing", lambda: s.index("z"))
show("rindex missing", lambda: s.rindex("a", 1, 3))
show("count", lambda: [s.count("a"), s.count("abra"), s.count("a", 3), s.count("a", 3, 7), s.count("aa")])
show("count empty", lambda: ["".count(""), "abc".count(""), "abc".count("", 1), "abc".count("", 4), "abc".count("", 2, 1)])
show("count overlapping", lambda: "aaaa".count("aa"))
show("find None bounds", lambda: s.find("a", None, None))
show("find bad bound", lambda: s.find("a", "1"))
show("replace", lambda: s.replace("a", "A"))
show("replace count", lambda: s.replace("a", "A", 2))
show("replace count 0", lambda: s.replace("a", "A", 0))
show("replace count -1", lambda: s.replace("a", "A", -1))
show("replace empty old", lambda: "abc".replace("", "-"))
show("replace empty old count", lambda: "abc".replace("", "-", 2))
show("replace empty string", lambda: "".replace("", "x"))
show("replace remove", lambda: s.replace("abra", ""))
show("replace grows", lambda: "aaa".replace("a", "aa"))
show("replace kw count", lambda: "xxx".replace("x", "y", count=1))
show("replace non-str", lambda: "abc".replace(1, "x"))
show("startswith tuple", lambda: [s.startswith(("x", "ab")), s.startswith("bra", 1), s.startswith("a", 1, 1),
                                  s.endswith(("ra", "z")), s.endswith("cad", 0, 7), s.startswith("")])
show("startswith list", lambda: s.startswith(["a"]))
show("__contains__ empty", lambda: ("" in "", "" in "abc", "abc" in "ab"))
