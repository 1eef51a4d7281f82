# description: the builtins module: names resolve through it, shadowing and restoring, adding new builtins at runtime
# features: [builtins, scoping, imports]
# expect: output
import builtins
print("len is builtins.len:", len is builtins.len, builtins.__name__)
print("common names present:", all(hasattr(builtins, n) for n in ["print", "len", "range", "Exception", "None", "True", "__import__", "open"]))
print("constants:", getattr(builtins, "True") is True, getattr(builtins, "None") is None, builtins.Ellipsis is ..., builtins.NotImplemented is NotImplemented)
def use_len():
    return len("abc")
original = builtins.len
builtins.len = lambda x: "patched"
print("patched builtin seen by functions:", use_len())
builtins.len = original
print("restored:", use_len())
builtins.brand_new_builtin = "available everywhere"
print("new builtin resolves as a bare name:", brand_new_builtin)
del builtins.brand_new_builtin
try:
    brand_new_builtin
except NameError as e:
    print("after deletion ! NameError:", e)
len = lambda x: "module-level shadow"
print("module global shadows builtin:", len("abc"), use_len())
del len
print("after del global:", len("abc"))
exc_names = sorted(n for n in dir(builtins) if n.endswith("Error") and isinstance(getattr(builtins, n), type))
print("number of *Error builtins >= 30:", len(exc_names) >= 30, "ValueError" in exc_names)
print("builtin functions are not Python functions:", type(builtins.len).__name__ != type(use_len).__name__)
