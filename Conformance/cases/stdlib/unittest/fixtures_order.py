# description: module, class and test fixtures and addCleanup run in CPython's order, including when a test fails or setUp errors
# features: [unittest]
# expect: output

import io
import sys
import unittest

log = []

def setUpModule():
    log.append("setUpModule")

def tearDownModule():
    log.append("tearDownModule")

class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("A.setUpClass")
        cls.addClassCleanup(log.append, "A.classCleanup")
    @classmethod
    def tearDownClass(cls):
        log.append("A.tearDownClass")
    def setUp(self):
        log.append(f"  setUp {self._testMethodName}")
        self.addCleanup(log.append, f"  cleanup1 {self._testMethodName}")
        self.addCleanup(log.append, f"  cleanup2 {self._testMethodName}")
    def tearDown(self):
        log.append(f"  tearDown {self._testMethodName}")
    def test_b_fails(self):
        log.append("    run test_b_fails")
        self.assertEqual(1, 2)
    def test_a_passes(self):
        log.append("    run test_a_passes")

class B(unittest.TestCase):
    def setUp(self):
        log.append("  B.setUp raising")
        self.addCleanup(log.append, "  B.cleanup still runs")
        raise RuntimeError("setup failed")
    def tearDown(self):
        log.append("  B.tearDown (not reached)")
    def test_x(self):
        log.append("    B.test_x (not reached)")

suite = unittest.TestLoader().loadTestsFromModule(sys.modules[__name__])
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
print("\n".join(log))
print("run:", result.testsRun, "failures:", len(result.failures), "errors:", len(result.errors))
print("failed:", [t.id() for t, _ in result.failures], [t.id() for t, _ in result.errors])
print("error text ends:", result.errors[0][1].strip().splitlines()[-1])
print("wasSuccessful:", result.wasSuccessful())
