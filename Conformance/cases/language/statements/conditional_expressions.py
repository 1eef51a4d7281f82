# description: conditional expressions evaluate only the chosen branch and nest right-associatively
# features: [syntax, operators]
# expect: output

log = []
def v(name, value):
    log.append(name)
    return value

r = v("a", 1) if v("cond", True) else v("b", 2)
print("true branch:", r, log)
log.clear()
r = v("a", 1) if v("cond", 0) else v("b", 2)
print("false branch:", r, log)

# right associative chaining
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print("chain:", [sign(n) for n in (-2, 0, 3)])

# precedence: lower than or/and, lambda body can be one
x = 0
print("precedence:", 1 if x else 2 or 3, (1 if x else 2) + 10, 1 + 1 if x else 2 + 2)
f = lambda n: "big" if n > 10 else "small"
print("lambda:", f(11), f(1))

# and/or return operands, not booleans
print("and/or values:", 0 or "default", "" or [] or None, 3 and 4, 0 and 1/0, [] or 0)
log.clear()
r = v("x", 0) and v("y", 1)
print("and short-circuit:", r, log)
log.clear()
r = v("x", 5) or v("y", 1)
print("or short-circuit:", r, log)

# not binds less tightly than comparison
print("not:", not 1 == 2, not (1 and 0), not None)

# conditional in comprehension vs filter
print("comp:", [n if n % 2 else -n for n in range(5)], [n for n in range(5) if n % 2])

# conditional expression as a function argument and in f-string
print("arg:", max(1, 5 if True else 9), f"{'yes' if 1 else 'no'}")

# condition truthiness uses __bool__ once
class B:
    calls = 0
    def __bool__(self):
        B.calls += 1
        return True
_ = "t" if B() else "f"
print("bool calls:", B.calls)
