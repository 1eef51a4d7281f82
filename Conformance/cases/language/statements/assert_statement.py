# description: assert raises AssertionError with an optional lazily evaluated message; __debug__ is True
# features: [syntax, exceptions]
# expect: output

print("__debug__:", __debug__)
assert True
assert 1 == 1, "not evaluated"

try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args)

try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("with message:", e, e.args)

# the message is only evaluated on failure
calls = []
def msg():
    calls.append("called")
    return "lazy"
assert True, msg()
print("message not evaluated:", calls)
try:
    assert False, msg()
except AssertionError as e:
    print("evaluated on failure:", e, calls)

# non-string messages are kept as the argument
try:
    assert 0, {"code": 7}
except AssertionError as e:
    print("object message:", e.args[0]["code"], type(e.args[0]).__name__)

# message can itself raise
try:
    assert False, 1 / 0
except ZeroDivisionError as e:
    print("message raised:", type(e).__name__)

# a tuple is always true: assert (x, "msg") never fails
assert (False, "tuple is truthy")
print("tuple assertion passed")

# AssertionError is catchable as Exception and can be raised directly
try:
    raise AssertionError("manual")
except Exception as e:
    print("manual:", type(e).__name__, e)

# __debug__ cannot be assigned
try:
    compile("__debug__ = 1", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# assert uses truthiness (__bool__)
class Falsy:
    def __bool__(self): return False
try:
    assert Falsy(), "custom falsy"
except AssertionError as e:
    print("custom:", e)
