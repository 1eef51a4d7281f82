# description: module and local names shadow builtins; deleting the shadow reveals the builtin again
# features: [scoping, builtins]
# expect: output

print("builtin len:", len("abc"))
len = lambda x: "shadowed"
print("module shadow:", len("abc"))
del len
print("after del:", len("abc"))

def local_shadow():
    list = "not a list"
    return list
print("local shadow:", local_shadow(), list("ab"))

# a function sees the global shadow created after its definition
def uses_max():
    return max(1, 2)
print("before shadow:", uses_max())
max = min
print("after global shadow:", uses_max())
del max
print("restored:", uses_max())

# shadowing in a class body affects only the body
class C:
    str = int
    converted = str("5")
print("class body shadow:", C.converted, type(C.converted).__name__, str(5) == "5")

# comprehension variable can shadow a builtin without leaking
squares = [range for range in (1, 2, 3)]
print("comprehension shadow:", squares, list(range(2)))

# assigning to a builtin name inside a function makes it local for the whole function
def broken():
    try:
        return print
    finally:
        pass
    print = None
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


# global declaration for a builtin name creates a module-level shadow
def make_global_shadow():
    global abs
    abs = lambda x: "global shadow"
make_global_shadow()
print("global shadow:", abs(-1))
del abs
print("builtin abs again:", abs(-1))
