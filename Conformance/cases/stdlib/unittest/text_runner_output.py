# description: TextTestRunner verbose output (status words, failure sections, tracebacks, summary) matches CPython 3.13, with the timing normalized
# features: [unittest, traceback]
# min-version: 3.13
# expect: output

import io
import os
import re
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

class Calc(unittest.TestCase):
    def test_add(self):
        "Addition works."
        self.assertEqual(1 + 1, 2)
    def test_fail(self):
        self.assertEqual(sum([1, 2]), 4, "sum is wrong")
    def test_error(self):
        {}["missing"]
    @unittest.skip("not today")
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

for verbosity in (1, 2):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity)
    result = runner.run(unittest.TestLoader().loadTestsFromTestCase(Calc))
    text = stream.getvalue().replace(HERE, "<dir>/")
    text = re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in <time>", text)
    print(f"===== verbosity {verbosity} =====")
    print(text, end="")
