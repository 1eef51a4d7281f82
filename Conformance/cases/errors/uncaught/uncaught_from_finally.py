# description: an exception raised in finally replaces the original and is the one reported
# features: [exceptions, control-flow]
# expect: exception OSError

def close_all():
    print("closing")
    raise OSError("close failed")

try:
    print("working")
    raise ValueError("work failed")
finally:
    close_all()
