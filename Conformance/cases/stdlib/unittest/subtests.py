# description: subTest reports each failing parameter combination separately and continues the loop, with CPython's subtest descriptions
# features: [unittest]
# min-version: 3.11
# expect: output

import io
import unittest

class T(unittest.TestCase):
    def test_even(self):
        for i in range(6):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
    def test_nested(self):
        for a in (1, 2):
            with self.subTest("outer", a=a):
                for b in ("x",):
                    with self.subTest(b=b):
                        self.assertLess(a, 2)
    def test_error_in_subtest(self):
        with self.subTest(case="boom"):
            raise KeyError("k")
        print("  after failing subtest still runs")

result = unittest.TextTestRunner(stream=io.StringIO()).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print("testsRun:", result.testsRun)
for test, tb in result.failures:
    print("FAIL:", test, "|", tb.strip().splitlines()[-1])
for test, tb in result.errors:
    print("ERROR:", test, "|", tb.strip().splitlines()[-1])
print("subtest id:", result.failures[0][0].id())
print("wasSuccessful:", result.wasSuccessful())
