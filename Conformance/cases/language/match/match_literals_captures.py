# description: match statement with literal, capture, wildcard, or, guard, sequence and star patterns
# features: [syntax, control-flow]
# min-version: 3.10
# expect: output

def describe(value):
    match value:
        case 0 | 1:
            return "zero or one"
        case True:
            return "never reached for True (True == 1 matched above)"
        case None:
            return "None"
        case "hello":
            return "greeting"
        case int(n) if n < 0:
            return f"negative int {n}"
        case [] :
            return "empty sequence"
        case [x]:
            return f"one element {x!r}"
        case [first, *rest] if len(rest) > 2:
            return f"long sequence starting {first!r} with {len(rest)} more"
        case [a, b, *_]:
            return f"starts {a!r}, {b!r}"
        case str() as s:
            return f"other string {s!r}"
        case _:
            return f"something else: {type(value).__name__}"

for v in [0, 1, True, None, "hello", -5, [], (), [9], ("t",), [1, 2, 3, 4, 5], (1, 2), "bye", 3.5, {"k": 1}, "x"]:
    print(f"{v!r:18} -> {describe(v)}")

# strings are not sequences for patterns
match "ab":
    case [a, b]:
        print("string matched sequence")
    case _:
        print("string is not a sequence pattern")

# nested sequence patterns bind every capture on success
match (1, (2, 3)):
    case (a, (b, c)):
        print("nested:", a, b, c)

# value patterns use dotted names and compare with ==
class Color:
    RED = "red"
    GREEN = "green"
for c in ["green", "blue"]:
    match c:
        case Color.RED:
            print(c, "is red")
        case Color.GREEN:
            print(c, "is green")
        case other:
            print(c, "is other:", other)

# match is a soft keyword
match = "still a variable"
print(match)
