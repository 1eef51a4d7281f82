# description: match statement mapping patterns with **rest and class patterns with positional (__match_args__) and keyword sub-patterns
# features: [syntax, control-flow, classes]
# min-version: 3.10
# expect: output

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={sorted(rest)}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty or untyped mapping"
        case _:
            return "not a mapping"

for e in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": [3, 4], "extra": 1},
          {"type": "key", "key": "a", "mod": "shift", "t": 1}, {"type": "scroll"}, {"other": 1}, {}, [1]]:
    print(f"{e!r:52} -> {handle(e)}")

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case int() | float() as num:
            return f"number {num}"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), 7, 2.5, "p"]:
    print(where(p))

# builtin types match their single positional sub-pattern against the whole value
match 42:
    case int(v):
        print("int(v) binds the value:", v)

# too many positional sub-patterns
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

# mapping patterns use get-like lookup and ignore extra keys; keys must be literals or values
d = {"a": 1, "b": 2}
match d:
    case {"a": 1}:
        print("extra keys ignored")
