# description: skip decorators, skipTest, expectedFailure and unexpected successes are reported in the TestResult as CPython does
# features: [unittest]
# min-version: 3.13
# expect: output

import io
import unittest

class T(unittest.TestCase):
    @unittest.skip("always skipped")
    def test_skip(self):
        raise AssertionError("never")
    @unittest.skipIf(True, "condition true")
    def test_skip_if(self):
        pass
    @unittest.skipUnless(False, "condition false")
    def test_skip_unless(self):
        pass
    @unittest.skipIf(False, "not skipped")
    def test_runs(self):
        pass
    def test_skip_inside(self):
        self.skipTest("decided at runtime")
    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 0)
    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_one(self):
        pass
    def test_two(self):
        pass

loader = unittest.TestLoader()
suite = unittest.TestSuite([loader.loadTestsFromTestCase(T), loader.loadTestsFromTestCase(Skipped)])
result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
print("testsRun:", result.testsRun)
for test, reason in result.skipped:
    print(f"skipped {test._testMethodName}: {reason}")
print("expectedFailures:", [t._testMethodName for t, _ in result.expectedFailures])
print("unexpectedSuccesses:", [t._testMethodName for t in result.unexpectedSuccesses])
print("failures/errors:", len(result.failures), len(result.errors))
print("wasSuccessful:", result.wasSuccessful())
print("skip attrs:", T.test_skip.__unittest_skip__, T.test_skip.__unittest_skip_why__)
