# description: sys.getrecursionlimit/setrecursionlimit, RecursionError from deep Python recursion and recovery
# features: [builtins, sys, recursion]
# expect: output
import sys
orig = sys.getrecursionlimit()
print("default limit is int >= 1000:", isinstance(orig, int), orig >= 1000)
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e, "| is RuntimeError:", isinstance(e, RuntimeError))
sys.setrecursionlimit(200)
print("after set:", sys.getrecursionlimit())
count = 0
def count_depth():
    global count
    count += 1
    count_depth()
try:
    count_depth()
except RecursionError:
    print("limit 200 reached before 200 frames:", 100 < count < 200)
sys.setrecursionlimit(orig)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print("recovered, recursion to 500 works:", len(str(fact(500))))
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("set", bad, "! ValueError:", e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print("set float ! TypeError:", e)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion also raises RecursionError")
def catch_and_continue(n):
    try:
        return catch_and_continue(n + 1)
    except RecursionError:
        return n
print("caught deep inside returns a depth:", catch_and_continue(0) > 100)
