# description: a realistic test module run through unittest.main (verbosity 1 and 2, exit=False and exit=True) prints CPython's report: status letters, ERROR/FAIL blocks with cleaned tracebacks, subtests, skips, expected failures and the summary
# features: [unittest, traceback]
# min-version: 3.13
# expect: output

import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, count=1):
        if count <= 0:
            raise ValueError(f"count must be positive, got {count}")
        self.items[name] = self.items.get(name, 0) + count

    def remove(self, name):
        self.items[name] -= 1
        if not self.items[name]:
            del self.items[name]

    def report(self):
        return sorted(self.items.items())


class InventoryTests(unittest.TestCase):
    """Tests of the Inventory class."""

    @classmethod
    def setUpClass(cls):
        cls.shared = ["setUpClass ran"]

    def setUp(self):
        self.inv = Inventory()
        self.inv.add("apple", 3)

    def test_add_accumulates(self):
        """Adding twice sums the counts."""
        self.inv.add("apple", 2)
        self.assertEqual(self.inv.items["apple"], 5)

    def test_add_rejects_zero(self):
        with self.assertRaisesRegex(ValueError, "must be positive"):
            self.inv.add("pear", 0)

    def test_report_wrong_expectation(self):
        self.inv.add("banana")
        self.assertEqual(self.inv.report(), [("apple", 3), ("banana", 2)])

    def test_remove_missing_is_error(self):
        self.inv.remove("cherry")

    def test_dict_view(self):
        self.assertDictEqual(self.inv.items, {"apple": 4})

    def test_counts_subtests(self):
        for name, count in [("a", 1), ("b", -1), ("c", 2), ("d", 0)]:
            with self.subTest(name=name, count=count):
                self.inv.add(name, count)

    @unittest.skip("needs a warehouse")
    def test_warehouse(self):
        pass

    @unittest.skipUnless(sys.platform == "nonexistent", "only on the imaginary platform")
    def test_platform(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(self.inv.report(), [])

    @unittest.expectedFailure
    def test_fixed_bug(self):
        self.assertTrue(self.inv.items)

    def test_multiline_text(self):
        text = "\n".join(f"{k}: {v}" for k, v in self.inv.report()) + "\n"
        self.assertEqual(text, "apple: 3\npear: 1\n")


class HelperTests(unittest.TestCase):
    def test_truthy(self):
        self.assertTrue([0])

    def test_in(self):
        self.assertIn("kiwi", ["apple", "pear"], "fruit missing")


def normalize(text):
    text = text.replace(HERE, "<dir>/")
    return re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in <time>", text)


for verbosity in (1, 2):
    buf = io.StringIO()
    runner = unittest.TextTestRunner(stream=buf, verbosity=verbosity)
    prog = unittest.main(argv=["inventory_tests"], exit=False, testRunner=runner)
    print(f"===== verbosity {verbosity} =====")
    print(normalize(buf.getvalue()), end="")
    r = prog.result
    print("result:", r.testsRun, len(r.failures), len(r.errors), len(r.skipped),
          len(r.expectedFailures), len(r.unexpectedSuccesses), r.wasSuccessful())

buf = io.StringIO()
try:
    unittest.main(argv=["inventory_tests", "HelperTests.test_truthy"],
                  testRunner=unittest.TextTestRunner(stream=buf))
except SystemExit as e:
    print("exit code for a passing selection:", e.code)
print(normalize(buf.getvalue()), end="")
try:
    unittest.main(argv=["inventory_tests", "-q", "HelperTests"],
                  testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print("exit code for a failing selection:", e.code)
try:
    unittest.main(argv=["inventory_tests", "-k", "nothing_matches_this"],
                  testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print("exit code when no tests ran:", e.code)
