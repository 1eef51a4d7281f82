# description: discovery turns test modules that fail to compile or import into failing _FailedTest tests, a module raising SkipTest into a skip, and keeps running the others
# features: [unittest, imports, exceptions]
# min-version: 3.13
# expect: output

import io
import os
import unittest

PROJECT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_discover_broken")

loader = unittest.TestLoader()
suite = loader.discover(PROJECT)
print("tests found:", suite.countTestCases())
print("loader errors:", len(loader.errors))
for message in loader.errors:
    lines = message.strip().splitlines()
    print("  first:", lines[0])
    print("  last:", lines[-1])
result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
print("run:", result.testsRun, "errors:", len(result.errors), "skipped:", len(result.skipped))
for test, text in result.errors:
    print("ERROR:", test.id(), "|", text.strip().splitlines()[-1])
for test, reason in result.skipped:
    print("SKIP:", test.id(), "|", reason)
try:
    import _discover_broken_not_there
except ImportError as e:
    print("ImportError:", e)
import sys
sys.path.insert(0, PROJECT)
try:
    import test_syntax
except SyntaxError as e:
    print("SyntaxError caught:", e.msg, e.lineno, os.path.basename(e.filename))
print("module not left behind:", "test_syntax" in sys.modules)
