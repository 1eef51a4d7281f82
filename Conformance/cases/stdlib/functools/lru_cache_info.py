# description: lru_cache counts hits and misses, evicts least recently used entries, and cache_clear resets statistics
# features: [functools]
# expect: output

from functools import lru_cache

calls = []

@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

print(sq(1), sq(2), sq(1))
print(sq.cache_info())
sq(3)  # evicts 2 (1 was used more recently)
print("after 3:", sq.cache_info())
sq(1)
sq(2)
print("calls:", calls)
info = sq.cache_info()
print("fields:", info.hits, info.misses, info.maxsize, info.currsize)
print("type name:", type(info).__name__)
print("parameters:", sq.cache_parameters())
sq.cache_clear()
print("cleared:", sq.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print("maxsize 0:", nocache.cache_info())

@lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1); neg(1)
print("negative maxsize:", neg.cache_info())

@lru_cache
def bare(x):
    return x + 1
bare(1); bare(1)
print("bare decorator:", bare.cache_info())
print("wrapped:", bare.__wrapped__(10), bare.__name__)
try:
    lru_cache("nope")
except TypeError as e:
    print("TypeError:", e)
