# description: simplefilter and filterwarnings actions (error, ignore, always, once, default) with message/category matching and filter precedence
# features: [warnings]
# expect: output

import warnings

def emit(msg="m", cat=UserWarning):
    warnings.warn(msg, cat)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        emit("fatal")
    except UserWarning as e:
        print("error action raised:", type(e).__name__, e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="noisy")
    emit("noisy message")
    emit("Noisy case differs")
    emit("keep me noisy")
    print("message regex anchored at start, case-insensitive:", [str(x.message) for x in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    emit("dep", DeprecationWarning)
    emit("pending", PendingDeprecationWarning)
    emit("user")
    print("category filter:", [x.category.__name__ for x in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.simplefilter("ignore", UserWarning)
    warnings.simplefilter("always", MyW := type("MyW", (UserWarning,), {}))
    emit("sub", MyW)
    emit("base")
    print("newest filter first:", [x.category.__name__ for x in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for _ in range(3):
        emit("repeated")
    emit("different")
    for _ in range(2):
        emit("repeated")
    print("once:", [str(x.message) for x in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for _ in range(3):
        emit("same location")
    emit("same location")
    print("default (per location):", len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("error", category=UserWarning, append=True)
    emit("appended filter loses to earlier always")
    print("append:", len(w))

with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.simplefilter("ignore")
    emit("silent")
    print("ignored without error")
