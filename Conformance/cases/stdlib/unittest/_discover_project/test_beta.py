import unittest


class BetaTests(unittest.TestCase):
    def test_skipped(self):
        self.skipTest("beta is not ready")

    def test_passes(self):
        self.assertCountEqual([3, 1, 2], [1, 2, 3])


class NotATest:
    def test_ignored(self):
        raise AssertionError("not a TestCase, never collected")
