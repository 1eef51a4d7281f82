# description: UnboundLocalError arises from every kind of local binding when the name is read before it is bound
# features: [exceptions, scoping]
# expect: output

counter = 10
items = ["global"]

def run(fn):
    try:
        print(fn.__name__, "->", fn())
    except UnboundLocalError as e:
        print(fn.__name__, "-> UnboundLocalError:", e)

def augmented():
    counter += 1
    return counter

def conditional_assignment(flag=False):
    if flag:
        value = 1
    return value

def loop_never_runs():
    for element in []:
        pass
    return element

def except_name_cleared():
    try:
        raise ValueError
    except ValueError as exc:
        pass
    return exc

def with_target_missing():
    class CM:
        def __enter__(self): raise RuntimeError("enter failed")
        def __exit__(self, *a): return False
    try:
        with CM() as handle:
            pass
    except RuntimeError:
        pass
    return handle

def import_later():
    result = sys.version_info.major
    import sys
    return result

def def_later():
    result = helper()
    def helper():
        return 1
    return result

def class_later():
    obj = Thing()
    class Thing: pass
    return obj

def deleted():
    items = [1]
    del items
    return items

def walrus_in_false_branch():
    if False and (found := 1):
        pass
    return found

def comprehension_does_not_bind():
    [leaked for leaked in range(3)]
    try:
        return leaked
    except NameError as e:
        return f"NameError (not Unbound): {type(e).__name__}"

def global_fixes_it():
    global counter
    counter += 1
    return counter

for fn in (augmented, conditional_assignment, loop_never_runs, except_name_cleared, with_target_missing,
           import_later, def_later, class_later, deleted, walrus_in_false_branch, comprehension_does_not_bind,
           global_fixes_it):
    run(fn)
