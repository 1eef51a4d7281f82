# description: functools.cache memoizes a recursive function so the call count is linear; cache_info reports maxsize None
# features: [functools, recursion]
# expect: output

from functools import cache

count = 0

@cache
def fib(n):
    global count
    count += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print("fib(80):", fib(80))
print("calls:", count)
print(fib.cache_info())
print("repeat:", fib(80), count)

@cache
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print("grid paths 16x16:", paths(16, 16))
print("currsize:", paths.cache_info().currsize)
fib.cache_clear()
count = 0
fib(10)
print("after clear calls:", count)
