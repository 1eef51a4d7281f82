# description: add_note/__notes__ and with_traceback; notes survive re-raise and must be strings
# features: [exceptions, tracebacks]
# min-version: 3.11
# expect: output

e = ValueError("base")
print("no notes attribute yet:", hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print("notes:", e.__notes__)
print("str unaffected:", str(e))

try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)

def inner():
    try:
        raise KeyError("k")
    except KeyError as err:
        err.add_note("added while handling")
        raise
try:
    inner()
except KeyError as err:
    print("notes after re-raise:", err.__notes__)

# __notes__ can be replaced with any list
e2 = RuntimeError()
e2.__notes__ = ["preset"]
e2.add_note("appended")
print("preset notes:", e2.__notes__)

# with_traceback returns the same exception with the given traceback
def make_tb():
    try:
        raise OSError("for traceback")
    except OSError as err:
        return err.__traceback__
tb = make_tb()
fresh = ValueError("fresh")
result = fresh.with_traceback(tb)
print("with_traceback returns self:", result is fresh, "tb set:", fresh.__traceback__ is tb)
print("tb frame name:", fresh.__traceback__.tb_frame.f_code.co_name)
print("with_traceback(None):", fresh.with_traceback(None).__traceback__)
try:
    fresh.with_traceback("bad")
except TypeError as err:
    print("TypeError:", err)

# raising an exception with an existing traceback extends it
def raiser():
    raise fresh
try:
    raiser()
except ValueError as err:
    names = []
    t = err.__traceback__
    while t:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print("traceback frames:", names)
