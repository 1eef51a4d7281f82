# description: list slice assignment: growing/shrinking, extended slices, step -1, length mismatch errors, self-assignment
# features: [builtins, list, slicing]
# min-version: 3.13
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

def assign(lst, sl, val):
    lst[sl] = val
    return lst

show("replace middle grow", lambda: assign(list(range(6)), slice(1, 3), "abcd"))
show("replace middle shrink", lambda: assign(list(range(6)), slice(1, 5), [None]))
show("insert at 2", lambda: assign(list(range(4)), slice(2, 2), ["x", "y"]))
show("delete via []", lambda: assign(list(range(4)), slice(1, 3), []))
show("append via end slice", lambda: assign([1, 2], slice(100, 200), [3]))
show("prepend via start slice", lambda: assign([1, 2], slice(-100, 0), [0]))
show("reversed bounds inserts", lambda: assign(list(range(5)), slice(4, 1), ["ins"]))
show("whole replace", lambda: assign([1, 2, 3], slice(None), (9,)))
show("step 2", lambda: assign(list(range(8)), slice(None, None, 2), "ABCD"))
show("step -1", lambda: assign(list(range(4)), slice(None, None, -1), "wxyz"))
show("step -2", lambda: assign(list(range(6)), slice(5, None, -2), [50, 30, 10]))
show("step 3 mismatch", lambda: assign(list(range(8)), slice(None, None, 3), [1, 2]))
show("step 2 empty mismatch", lambda: assign(list(range(4)), slice(None, None, 2), []))
show("step 1 explicit behaves normal", lambda: assign(list(range(4)), slice(None, None, 1), []))
show("non-iterable", lambda: assign([1, 2], slice(0, 1), 5))
show("str is iterable", lambda: assign([1, 2], slice(0, 1), "hi"))
show("generator", lambda: assign([1, 2, 3], slice(1, 2), (x * 10 for x in range(3))))
show("empty ext slice ok", lambda: assign(list(range(3)), slice(5, 9, 2), []))
a = [1, 2, 3]
a[1:2] = a
print("self into slice:", a)
b = [1, 2, 3, 4]
b[::2] = b[1::2]
print("ext from self:", b)
c = list(range(5))
c[1:4] = c[3:0:-1]
print("reverse middle:", c)
show("index assign out of range", lambda: assign([1], 5, 0))
show("index assign negative", lambda: assign([1, 2], -1, "z"))
show("index assign too negative", lambda: assign([1, 2], -3, "z"))
show("step zero", lambda: assign([1, 2], slice(None, None, 0), []))
show("slice with None steps", lambda: list(range(10))[None:None:None])
show("slice huge bounds", lambda: list(range(5))[-10**30:10**30])
