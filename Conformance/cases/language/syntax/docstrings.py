# description: docstrings are the first statement string literal of modules, classes and functions, and nothing else
# features: [syntax, functions, classes]
# expect: output
"""Module docstring of the docstrings case."""

def documented():
    """Function docstring."""
    return 1

def not_first():
    x = 1
    "not a docstring"
    return x

def fstring_doc():
    f"""f-strings are never docstrings"""

def bytes_doc():
    b"bytes are not docstrings"

def concatenated():
    "implicitly " "concatenated"

class Documented:
    """Class docstring."""
    def method(self):
        'Method docstring with single quotes.'

class Undocumented:
    pass

lam = lambda: "lambda bodies are expressions"

print("module:", __doc__)
print("function:", documented.__doc__)
print("not first:", not_first.__doc__)
print("f-string:", fstring_doc.__doc__)
print("bytes:", bytes_doc.__doc__)
print("concatenated:", concatenated.__doc__)
print("class:", Documented.__doc__)
print("method:", Documented.method.__doc__, Documented().method.__doc__)
print("undocumented class:", Undocumented.__doc__)
print("lambda:", lam.__doc__)

# the docstring expression is evaluated as a constant and the body still runs
def only_doc():
    "Only a docstring."
print("only docstring returns:", only_doc())

# docstrings are writable
documented.__doc__ = "changed"
print("changed:", documented.__doc__)

# exec'd source: module docstring goes into __doc__ of the namespace
ns = {}
exec('"""exec docstring"""\nx = 1', ns)
print("exec namespace:", ns.get("__doc__"))
