# description: filterwarnings matches by module regex and line number, and the 'module' action reports once per module
# features: [warnings]
# expect: output

import warnings

def warn_at_line():
    warnings.warn("line specific")

LINE = warn_at_line.__code__.co_firstlineno + 1

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", lineno=LINE)
    warn_at_line()
    warnings.warn("other line")
    print("lineno filter:", [str(x.message) for x in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("error", module=r"__ma")
    try:
        warnings.warn("module regex is matched at start")
    except UserWarning as e:
        print("module prefix regex matched:", e)
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.filterwarnings("error", module=r"main")
    warnings.warn("not anchored at start -> no match")
    print("non-prefix module regex:", len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("module")
    for i in range(3):
        warnings.warn("module once")
    warnings.warn("module once", DeprecationWarning)
    warnings.warn("another text")
    print("module action:", [(x.category.__name__, str(x.message)) for x in w])
print("filters restored:", isinstance(warnings.filters, list))
