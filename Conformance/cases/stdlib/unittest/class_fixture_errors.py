# description: errors raised in setUpClass and setUpModule are reported as pseudo-tests and skip the affected tests
# features: [unittest]
# min-version: 3.11
# expect: output

import io
import unittest

class Broken(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup failed")
    def test_never(self):
        print("not run")

class Fine(unittest.TestCase):
    def test_runs(self):
        print("Fine.test_runs ran")

class TearDownFails(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise ValueError("class teardown failed")
    def test_ok(self):
        pass

class SkipClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("no database")
    def test_db(self):
        pass

loader = unittest.TestLoader()
suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in (Broken, Fine, TearDownFails, SkipClass))
result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
print("testsRun:", result.testsRun)
for test, tb in result.errors:
    print("ERROR:", str(test), "|", tb.strip().splitlines()[-1])
print("skipped:", [(str(t), r) for t, r in result.skipped])
print("wasSuccessful:", result.wasSuccessful())
