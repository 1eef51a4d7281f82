# description: unbounded recursion raises RecursionError which can be caught, after which the program continues normally
# features: [exceptions, recursion]
# expect: output

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("caught:", type(e).__name__, "is RuntimeError:", isinstance(e, RuntimeError))

# the stack unwinds fully: normal calls work again, including moderately deep ones
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print("after recovery:", depth(500))

# recursion through __repr__, __getattr__ and mutual recursion
class Loop:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    Loop().a
except RecursionError:
    print("recursive __getattr__: RecursionError")

def ping(n): return pong(n)
def pong(n): return ping(n)
try:
    ping(0)
except RecursionError:
    print("mutual recursion: RecursionError")

# caught repeatedly without leaking stack
count = 0
for _ in range(5):
    try:
        forever(0)
    except RecursionError:
        count += 1
print("caught five times:", count)

# finally blocks run while unwinding
unwound = []
def guarded(n):
    try:
        return guarded(n + 1)
    finally:
        if n < 3:
            unwound.append(n)
try:
    guarded(0)
except RecursionError:
    print("finally ran for outer frames:", sorted(unwound))

# recursive data structure repr does not raise
lst = []
lst.append(lst)
print("self-referential list:", lst)
print("still works:", sum(range(10)))
