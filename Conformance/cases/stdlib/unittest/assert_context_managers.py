# description: assertRaises/assertRaisesRegex/assertWarns/assertLogs/assertNoLogs as context managers and callables expose results and fail with CPython's messages
# features: [unittest, warnings]
# min-version: 3.10
# expect: output

import logging
import unittest
import warnings

tc = unittest.TestCase()
with tc.assertRaises(ValueError) as cm:
    int("x")
print("exception:", type(cm.exception).__name__, cm.exception.args)
tc.assertRaises(ZeroDivisionError, lambda: 1 / 0)
print("callable form ok")
with tc.assertRaisesRegex(KeyError, "miss") as cm:
    {}["missing"]
print("regex matched:", cm.exception)
try:
    with tc.assertRaises(ValueError):
        pass
except AssertionError as e:
    print("AssertionError:", e)
try:
    with tc.assertRaisesRegex(ValueError, r"^\d+$"):
        raise ValueError("letters")
except AssertionError as e:
    print("AssertionError:", e)
try:
    with tc.assertRaises(ValueError):
        raise TypeError("wrong type propagates")
except TypeError as e:
    print("TypeError propagated:", e)
with tc.assertWarns(DeprecationWarning) as wcm:
    warnings.warn("old", DeprecationWarning)
print("warning:", wcm.warning, type(wcm.warning).__name__, wcm.filename.endswith("assert_context_managers.py"), wcm.lineno)
try:
    with tc.assertWarns(UserWarning):
        pass
except AssertionError as e:
    print("AssertionError:", e)
log = logging.getLogger("app.db")
with tc.assertLogs("app", level="INFO") as lcm:
    log.info("connected")
    log.warning("slow query %d ms", 250)
    log.debug("hidden")
print("output:", lcm.output)
print("records:", [r.getMessage() for r in lcm.records])
try:
    with tc.assertLogs("app", level="ERROR"):
        log.warning("not enough")
except AssertionError as e:
    print("AssertionError:", e)
with tc.assertNoLogs("app", level="ERROR"):
    log.info("fine")
try:
    with tc.assertNoLogs("app"):
        log.warning("oops")
except AssertionError as e:
    print("AssertionError:", e)
