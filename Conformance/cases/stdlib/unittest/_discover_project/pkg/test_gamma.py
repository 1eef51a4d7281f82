import unittest


class GammaTests(unittest.TestCase):
    def test_nested_package(self):
        self.assertIsNone(None)
