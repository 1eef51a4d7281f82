# description: random.seed with str, bytes and bytearray (version 2 hashing) and version=1 for str reproduce CPython's streams
# features: [random]
# expect: output

import random

random.seed("hello")
s = [repr(random.random()) for _ in range(3)]
print("str seed:", s)
random.seed(b"hello")
b = [repr(random.random()) for _ in range(3)]
print("bytes seed equal to str:", b == s)
random.seed(bytearray(b"hello"))
print("bytearray equal:", repr(random.random()) == s[0])
random.seed("héllo")
print("non-ascii str:", repr(random.random()))
random.seed("")
print("empty str:", repr(random.random()))
random.seed("hello", version=1)
print("version 1:", repr(random.random()))
random.seed("spam")
print("randint after str seed:", [random.randint(1, 100) for _ in range(6)])
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError:", " ".join(str(e).split()))
