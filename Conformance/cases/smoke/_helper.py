# Support module for imports_helper.py; files starting with '_' are not cases.

GREETING = "from the helper"


def double(x):
    return 2 * x
