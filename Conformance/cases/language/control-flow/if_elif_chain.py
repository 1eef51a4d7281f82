# description: if/elif/else picks the first true branch and evaluates conditions lazily
# features: [control-flow, bool]
# expect: output

calls = []

def cond(name, value):
    calls.append(name)
    return value

def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2:
        return "odd"
    else:
        return "even"

print("classify:", [classify(n) for n in (-3, 0, 7, 10)])

calls.clear()
if cond("a", 0):
    branch = "a"
elif cond("b", ""):
    branch = "b"
elif cond("c", [1]):
    branch = "c"
elif cond("d", True):
    branch = "d"
else:
    branch = "else"
print("branch:", branch, "evaluated:", calls)

calls.clear()
if cond("x", None):
    pass
elif cond("y", ()):
    pass
else:
    calls.append("else")
print("all false:", calls)

# nested if without else binds to the inner if
def nested(a, b):
    out = "none"
    if a:
        if b:
            out = "both"
        else:
            out = "a only"
    return out

print("nested:", nested(1, 1), nested(1, 0), nested(0, 1))

# truthiness of the condition uses __bool__ once
class Counted:
    n = 0
    def __bool__(self):
        Counted.n += 1
        return False

if Counted():
    pass
elif Counted():
    pass
print("bool calls:", Counted.n)

# conditions may be any expression, including walrus
data = [3, 1, 4]
if (n := len(data)) > 5:
    print("long")
elif n > 2:
    print("medium", n)
