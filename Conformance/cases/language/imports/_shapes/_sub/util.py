print("  load _shapes._sub.util as", __name__, "package", __package__)
def double(x):
    return x * 2
def parent_package():
    from .. import square
    return square.__name__
