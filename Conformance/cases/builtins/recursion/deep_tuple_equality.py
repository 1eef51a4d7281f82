# description: == / < on two distinct 100000-deep nested tuples and lists raise RecursionError; identity shortcut avoids it
# features: [builtins, tuple, recursion]
# expect: output
def nest(depth, make):
    x = make(())
    for _ in range(depth):
        x = make((x,))
    return x
a = nest(100000, tuple)
b = nest(100000, tuple)
for label, f in [("==", lambda: a == b), ("!=", lambda: a != b), ("<", lambda: a < b)]:
    try:
        f()
        print(label, "unexpectedly succeeded")
    except RecursionError:
        print(label, "! RecursionError")
print("same object compares equal without recursing:", a == a)
la = nest(100000, list)
lb = nest(100000, list)
try:
    la == lb
except RecursionError:
    print("nested lists == ! RecursionError")
print("contains with identity:", a in [a], la in [la])
shallow_a = nest(50, tuple)
shallow_b = nest(50, tuple)
print("shallow nesting compares fine:", shallow_a == shallow_b, hash(shallow_a) == hash(shallow_b))
