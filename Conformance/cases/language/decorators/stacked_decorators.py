# description: stacked decorators apply bottom-up; decorator expressions evaluate top-down at definition time
# features: [decorators, functions, closures]
# expect: output

log = []

def tag(name):
    log.append(f"evaluate {name}")
    def deco(fn):
        log.append(f"apply {name} to {fn.__name__}")
        def wrapper(*a, **k):
            return f"{name}({fn(*a, **k)})"
        wrapper.__name__ = f"{name}_{fn.__name__}"
        return wrapper
    return deco

@tag("outer")
@tag("middle")
@tag("inner")
def base(x):
    return f"base {x}"

print("\n".join(log))
print("call:", base(1))
print("name:", base.__name__)

# decorator without arguments, preserving metadata manually
def simple(fn):
    def wrapper(*args):
        return fn(*args) * 2
    wrapper.__wrapped__ = fn
    wrapper.__doc__ = fn.__doc__
    return wrapper
@simple
def seven():
    "returns seven"
    return 7
print("simple:", seven(), seven.__doc__, seven.__wrapped__())

# arbitrary expressions as decorators (PEP 614)
decorators = {"double": simple}
@decorators["double"]
def three(): return 3
@(lambda fn: lambda: fn() + 100)
def one(): return 1
print("expression decorators:", three(), one())

# a decorator can return something that is not a function
def make_value(fn):
    return fn.__name__.upper()
@make_value
def hello(): pass
print(hello)

# decorators run once, at definition; the name is bound to the final result only
count = 0
def counting(fn):
    global count
    count += 1
    return fn
for _ in range(3):
    @counting
    def f(): pass
print("applied per definition:", count)

# decorator stateful wrapper counting calls
def counted(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print("fib(10):", fib(10), "calls through name lookup:", fib.calls)
