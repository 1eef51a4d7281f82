# description: a failing TestCase assertion used outside a runner propagates as an uncaught AssertionError and ends the program
# features: [unittest, exceptions]
# expect: exception AssertionError

import unittest

class Checker(unittest.TestCase):
    def runTest(self):
        pass

c = Checker()
c.assertEqual([1, 2], [1, 2])
print("first assertion passed")
c.assertEqual(len("config"), 5, "config length mismatch")
print("not reached")
