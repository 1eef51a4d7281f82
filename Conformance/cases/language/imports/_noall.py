public = "public"
_private = "private"
def func():
    return "func"
import sys as imported_module
