# description: TestLoader discovers test methods by prefix in sorted order, builds suites, and TestSuite counts and runs them
# features: [unittest]
# expect: output

import unittest

class Alpha(unittest.TestCase):
    def test_zeta(self): pass
    def test_alpha(self): pass
    def test_Mid(self): pass
    def helper(self): pass
    def check_custom(self): pass
    test_not_callable = 5

loader = unittest.TestLoader()
print("names:", loader.getTestCaseNames(Alpha))
suite = loader.loadTestsFromTestCase(Alpha)
print("count:", suite.countTestCases(), "ids:", [t.id() for t in suite])
custom = unittest.TestLoader()
custom.testMethodPrefix = "check"
print("custom prefix:", custom.getTestCaseNames(Alpha))
rev = unittest.TestLoader()
rev.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print("reverse sort:", rev.getTestCaseNames(Alpha))
nosort = unittest.TestLoader()
nosort.sortTestMethodsUsing = None
print("definition order:", nosort.getTestCaseNames(Alpha))
by_name = loader.loadTestsFromName("Alpha.test_alpha", module=__import__("__main__"))
print("from name:", [t.id() for t in by_name])
outer = unittest.TestSuite()
outer.addTest(Alpha("test_zeta"))
outer.addTests([Alpha("test_alpha"), unittest.TestSuite([Alpha("test_Mid")])])
print("nested suite count:", outer.countTestCases())
r = unittest.TestResult()
outer.run(r)
print("ran:", r.testsRun, r.wasSuccessful())
try:
    Alpha("no_such_method")
except ValueError as e:
    print("ValueError:", e)
try:
    loader.loadTestsFromName("Alpha.missing", module=__import__("__main__"))
except AttributeError as e:
    print("AttributeError:", e)
print("str/repr:", str(Alpha("test_zeta")), "|", repr(Alpha("test_zeta")))
print("k pattern:", (lambda l: (setattr(l, "testNamePatterns", ["*eta*"]), l.getTestCaseNames(Alpha))[1])(unittest.TestLoader()))
