# description: os.environ get/set/delete, os.getenv defaults, type checks, and visibility of changes to a child process
# features: [os]
# expect: output

import os, subprocess, sys

key = "FTPY_CONFORMANCE_VAR"
print("absent:", os.environ.get(key), os.getenv(key, "dflt"), key in os.environ)
os.environ[key] = "value 1"
print("set:", os.environ[key], os.getenv(key))
child = subprocess.run([sys.executable, "-c", f"import os; print(os.environ.get({key!r}))"], capture_output=True, text=True)
print("child sees:", child.stdout.strip())
os.environ[key] = "changed"
print("changed:", os.environ[key])
del os.environ[key]
print("deleted:", key in os.environ, os.getenv(key))
try:
    os.environ[key]
except KeyError as e:
    print("KeyError:", e)
try:
    os.environ[key] = 5
except TypeError as e:
    print("TypeError:", e)
print("setdefault:", os.environ.setdefault(key, "sd"), os.environ.pop(key))
print("PYTHONHASHSEED from runner:", os.environ.get("PYTHONHASHSEED"))
import collections.abc
print("is MutableMapping:", isinstance(os.environ, collections.abc.MutableMapping), isinstance(dict(os.environ), dict))
print("keys are str:", all(isinstance(k, str) for k in os.environ))
